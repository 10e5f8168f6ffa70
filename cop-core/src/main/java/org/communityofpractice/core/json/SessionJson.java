package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.TopicId;

/**
 * Sessions and everything recorded in them. What people said (best hopes, contributions, ideas,
 * actions, small steps, conclusions…) is personal: no error message shows it.
 */
final class SessionJson {
  private SessionJson() {}

  static JsonNode session(Session s) {
    ObjectNode o = object();
    o.set("id", text(s.id()));
    o.set("topic", text(s.topic()));
    optional(o, "series", s.series(), JsonOut::text);
    optional(o, "title", s.title(), JsonOut::text);
    o.set("startsAt", JsonOut.dateTime(s.startsAt()));
    o.set("venue", venue(s.venue()));
    o.set("facilitator", text(s.facilitator()));
    o.set("coFacilitators", array(s.coFacilitators(), JsonOut::text));
    o.set("recorders", array(s.recorders(), JsonOut::text));
    o.set("attendees", array(s.attendees(), JsonOut::text));
    optional(o, "chairsIntroduction", s.chairsIntroduction(), JsonOut::text);
    o.set("runningOrder", text(s.runningOrder().id()));
    o.set("stagesRun", array(s.stagesRun(), JsonOut::text));
    o.set("bestHopes", array(s.bestHopes(), SessionJson::bestHope));
    optional(o, "presentation", s.presentation(), SessionJson::presentation);
    o.set("contributions", array(s.contributions(), SessionJson::contribution));
    o.set("scaling", array(s.scaling(), ScalingJson::round));
    o.set("actions", array(s.actions(), SessionJson::action));
    o.set("smallSteps", array(s.smallSteps(), SessionJson::smallStep));
    o.set("conclusions", array(s.conclusions(), JsonOut::text));
    o.set("recommendations", array(s.recommendations(), JsonOut::text));
    o.set("questions", array(s.questions(), JsonOut::text));
    o.set("artefacts", array(s.artefacts(), SessionJson::artefact));
    optional(o, "nextSession", s.nextSession(), SessionJson::nextSession);
    optional(o, "reportCirculatedOn", s.reportCirculatedOn(), JsonOut::date);
    if (!s.circulations().isEmpty()) {
      o.set("circulations", array(s.circulations(), TopicJson::circulation));
    }
    return o;
  }

  static Session session(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o =
        in.object(
            "id", "topic", "series", "title", "startsAt", "venue", "facilitator", "coFacilitators",
            "recorders", "attendees", "chairsIntroduction", "runningOrder", "stagesRun", "bestHopes",
            "presentation", "contributions", "scaling", "actions", "smallSteps", "conclusions",
            "recommendations", "questions", "artefacts", "nextSession", "reportCirculatedOn",
            "circulations");
    SessionId id = o.required("id", SessionJson::sessionId);
    TopicId topic = o.required("topic", TopicJson::topicRef);
    var series = o.optional("series", TopicJson::seriesRef);
    var title = o.optional("title", JsonIn::string);
    ZonedDateTime startsAt = o.required("startsAt", JsonIn::dateTime);
    Venue venue = o.required("venue", SessionJson::venue);
    PersonId facilitator = o.required("facilitator", PeopleJson::personRef);
    var coFacilitators = o.list("coFacilitators", PeopleJson::personRef);
    var recorders = o.list("recorders", PeopleJson::personRef);
    var attendees = o.list("attendees", PeopleJson::personRef);
    var introduction = o.optionalPersonal("chairsIntroduction", JsonIn::string);
    RunningOrder runningOrder = o.required("runningOrder", RunningOrderJson::runningOrderRef);
    var stagesRun = o.list("stagesRun", RunningOrderJson::stageKey);
    var bestHopes = o.list("bestHopes", SessionJson::bestHope);
    var presentation = o.optional("presentation", SessionJson::presentation);
    var contributions = o.list("contributions", SessionJson::contribution);
    var scaling = o.list("scaling", ScalingJson::round);
    var actions = o.list("actions", SessionJson::action);
    var smallSteps = o.list("smallSteps", SessionJson::smallStep);
    var conclusions = o.listPersonal("conclusions", JsonIn::string);
    var recommendations = o.listPersonal("recommendations", JsonIn::string);
    var questions = o.listPersonal("questions", JsonIn::string);
    var artefacts = o.list("artefacts", SessionJson::artefact);
    var next = o.optional("nextSession", SessionJson::nextSession);
    var circulated = o.optional("reportCirculatedOn", JsonIn::date);
    var circulations = o.optional("circulations", TopicJson::circulations).orElse(List.of());
    return in.build(() -> Session.builder()
        .id(id)
        .topic(topic)
        .series(series)
        .title(title)
        .startsAt(startsAt)
        .venue(venue)
        .facilitator(facilitator)
        .coFacilitators(coFacilitators)
        .recorders(recorders)
        .attendees(attendees)
        .chairsIntroduction(introduction)
        .runningOrder(runningOrder)
        .stagesRun(stagesRun)
        .bestHopes(bestHopes)
        .presentation(presentation)
        .contributions(contributions)
        .scaling(scaling)
        .actions(actions)
        .smallSteps(smallSteps)
        .conclusions(conclusions)
        .recommendations(recommendations)
        .questions(questions)
        .artefacts(artefacts)
        .nextSession(next)
        .reportCirculatedOn(circulated)
        .circulations(circulations)
        .build());
  }

  static JsonNode venue(Venue venue) {
    ObjectNode o = object();
    o.set("name", text(venue.name()));
    optional(o, "address", venue.address(), JsonOut::text);
    return o;
  }

  static Venue venue(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("name", "address");
    String name = o.required("name", JsonIn::string);
    var address = o.optional("address", JsonIn::string);
    return in.build(() -> new Venue(name, address));
  }

  static JsonNode bestHope(BestHope hope) {
    ObjectNode o = object();
    o.set("text", text(hope.text()));
    optional(o, "by", hope.by(), JsonOut::text);
    return o;
  }

  static BestHope bestHope(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("text", "by");
    String text = o.requiredPersonal("text", JsonIn::string);
    var by = o.optional("by", PeopleJson::personRef);
    return in.build(() -> new BestHope(text, by));
  }

  static JsonNode presentation(Presentation p) {
    ObjectNode o = object();
    o.set("kind", JsonOut.name(p.kind()));
    o.set("title", text(p.title()));
    optional(o, "presenter", p.presenter(), JsonOut::text);
    o.set("duration", JsonOut.duration(p.duration()));
    optional(o, "summary", p.summary(), JsonOut::text);
    optional(o, "perspective", p.perspective(), JsonOut::name);
    return o;
  }

  static Presentation presentation(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("kind", "title", "presenter", "duration", "summary", "perspective");
    PresentationKind kind = o.required("kind", e -> e.enumOf(PresentationKind.class));
    String title = o.required("title", JsonIn::string);
    var presenter = o.optional("presenter", PeopleJson::personRef);
    Duration duration = o.required("duration", JsonIn::duration);
    var summary = o.optionalPersonal("summary", JsonIn::string);
    var perspective = o.optional("perspective", e -> e.enumOf(Perspective.class));
    return in.build(() -> Presentation.builder()
        .kind(kind)
        .title(title)
        .presenter(presenter)
        .duration(duration)
        .summary(summary)
        .perspective(perspective)
        .build());
  }

  static JsonNode contribution(Contribution c) {
    ObjectNode o = object();
    o.set("kind", JsonOut.name(c.kind()));
    o.set("text", text(c.text()));
    optional(o, "by", c.by(), JsonOut::text);
    optional(o, "stage", c.stage(), JsonOut::text);
    return o;
  }

  static Contribution contribution(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("kind", "text", "by", "stage");
    ContributionKind kind = o.required("kind", e -> e.enumOf(ContributionKind.class));
    String text = o.requiredPersonal("text", JsonIn::string);
    var by = o.optional("by", PeopleJson::personRef);
    var stage = o.optional("stage", RunningOrderJson::stageKey);
    return in.build(() -> new Contribution(kind, text, by, stage));
  }

  static JsonNode action(Action a) {
    ObjectNode o = object();
    o.set("id", text(a.id()));
    o.set("text", text(a.text()));
    o.set("owners", array(a.owners(), JsonOut::text));
    optional(o, "due", a.due(), JsonOut::date);
    optional(o, "completedOn", a.completedOn(), JsonOut::date);
    return o;
  }

  static Action action(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("id", "text", "owners", "due", "completedOn");
    ActionId id = o.required("id", SessionJson::actionId);
    String text = o.requiredPersonal("text", JsonIn::string);
    var owners = o.list("owners", PeopleJson::personRef);
    var due = o.optional("due", JsonIn::date);
    var completed = o.optional("completedOn", JsonIn::date);
    return in.build(() -> Action.builder()
        .id(id)
        .text(text)
        .owners(owners)
        .due(due)
        .completedOn(completed)
        .build());
  }

  static JsonNode smallStep(SmallStep step) {
    ObjectNode o = object();
    o.set("text", text(step.text()));
    optional(o, "noticedBy", step.noticedBy(), JsonOut::text);
    optional(o, "followsAction", step.followsAction(), JsonOut::text);
    optional(o, "followsSession", step.followsSession(), JsonOut::text);
    return o;
  }

  static SmallStep smallStep(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("text", "noticedBy", "followsAction", "followsSession");
    String text = o.requiredPersonal("text", JsonIn::string);
    var noticedBy = o.optional("noticedBy", PeopleJson::personRef);
    var action = o.optional("followsAction", SessionJson::actionRef);
    var session = o.optional("followsSession", SessionJson::sessionRef);
    return in.build(() -> SmallStep.builder()
        .text(text)
        .noticedBy(noticedBy)
        .followsAction(action)
        .followsSession(session)
        .build());
  }

  static JsonNode artefact(Artefact a) {
    ObjectNode o = object();
    o.set("image", text(a.image()));
    o.set("caption", text(a.caption()));
    o.set("altText", text(a.altText()));
    if (!a.pictured().isEmpty()) {
      o.set("pictured", array(a.pictured(), JsonOut::text));
    }
    return o;
  }

  static Artefact artefact(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("image", "caption", "altText", "pictured");
    String image = o.required("image", JsonIn::string);
    String caption = o.requiredPersonal("caption", JsonIn::string);
    String altText = o.requiredPersonal("altText", JsonIn::string);
    // absent in archives written before artefacts recorded who they show: then they show no one
    List<PersonId> pictured = o.optional("pictured", p -> p.set(PeopleJson::personRef)).orElse(List.of());
    return in.build(() -> new Artefact(image, caption, altText, pictured));
  }

  static JsonNode nextSession(NextSession next) {
    ObjectNode o = object();
    o.set("startsAt", JsonOut.dateTime(next.startsAt()));
    optional(o, "endsAt", next.endsAt(), JsonOut::dateTime);
    o.set("venue", venue(next.venue()));
    optional(o, "topic", next.topic(), JsonOut::text);
    return o;
  }

  static NextSession nextSession(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("startsAt", "endsAt", "venue", "topic");
    ZonedDateTime startsAt = o.required("startsAt", JsonIn::dateTime);
    var endsAt = o.optional("endsAt", JsonIn::dateTime);
    Venue venue = o.required("venue", SessionJson::venue);
    // the next session may take up a topic the community has not recorded yet
    var topic = o.optional("topic", TopicJson::topicId);
    return in.build(() -> new NextSession(startsAt, endsAt, venue, topic));
  }

  static SessionId sessionId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> SessionId.of(value));
  }

  static SessionId sessionRef(JsonIn in) throws ArchiveFormatException {
    SessionId id = sessionId(in);
    if (!in.refs().knowsSession(id)) {
      throw in.dangling("must name a session of the community", id);
    }
    return id;
  }

  static ActionId actionId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> ActionId.of(value));
  }

  static ActionId actionRef(JsonIn in) throws ArchiveFormatException {
    ActionId id = actionId(in);
    if (!in.refs().knowsAction(id)) {
      throw in.dangling("must name an action agreed at a session of the community", id);
    }
    return id;
  }
}
