package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.communityofpractice.core.people.Perspective;
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
            "id",
            "topic",
            "series",
            "title",
            "startsAt",
            "venue",
            "facilitator",
            "coFacilitators",
            "recorders",
            "attendees",
            "chairsIntroduction",
            "runningOrder",
            "stagesRun",
            "bestHopes",
            "presentation",
            "contributions",
            "scaling",
            "actions",
            "smallSteps",
            "conclusions",
            "recommendations",
            "questions",
            "artefacts",
            "nextSession",
            "reportCirculatedOn",
            "circulations");
    var id = o.required("id", SessionJson::sessionId);
    var topic = o.required("topic", TopicJson::topicRef);
    var series = o.optional("series", TopicJson::seriesRef);
    var title = o.optional("title", JsonIn::string);
    var startsAt = o.required("startsAt", JsonIn::dateTime);
    var venue = o.required("venue", SessionJson::venue);
    var facilitator = o.required("facilitator", PeopleJson::personRef);
    var coFacilitators = o.list("coFacilitators", PeopleJson::personRef);
    var recorders = o.list("recorders", PeopleJson::personRef);
    var attendees = o.list("attendees", PeopleJson::personRef);
    var introduction = o.optionalPersonal("chairsIntroduction", JsonIn::string);
    var runningOrder = o.required("runningOrder", RunningOrderJson::runningOrderRef);
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
    var circulations = o.optional("circulations", TopicJson::circulations);
    o.read();
    return in.build(
        () ->
            Session.builder()
                .id(id.get())
                .topic(topic.get())
                .series(series.get())
                .title(title.get())
                .startsAt(startsAt.get())
                .venue(venue.get())
                .facilitator(facilitator.get())
                .coFacilitators(coFacilitators.get())
                .recorders(recorders.get())
                .attendees(attendees.get())
                .chairsIntroduction(introduction.get())
                .runningOrder(runningOrder.get())
                .stagesRun(stagesRun.get())
                .bestHopes(bestHopes.get())
                .presentation(presentation.get())
                .contributions(contributions.get())
                .scaling(scaling.get())
                .actions(actions.get())
                .smallSteps(smallSteps.get())
                .conclusions(conclusions.get())
                .recommendations(recommendations.get())
                .questions(questions.get())
                .artefacts(artefacts.get())
                .nextSession(next.get())
                .reportCirculatedOn(circulated.get())
                .circulations(circulations.get().orElse(List.of()))
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
    var name = o.required("name", JsonIn::string);
    var address = o.optional("address", JsonIn::string);
    o.read();
    return in.build(() -> new Venue(name.get(), address.get()));
  }

  static JsonNode bestHope(BestHope hope) {
    ObjectNode o = object();
    o.set("text", text(hope.text()));
    optional(o, "by", hope.by(), JsonOut::text);
    return o;
  }

  static BestHope bestHope(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("text", "by");
    var text = o.requiredPersonal("text", JsonIn::string);
    var by = o.optional("by", PeopleJson::personRef);
    o.read();
    return in.build(() -> new BestHope(text.get(), by.get()));
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
    var kind = o.required("kind", e -> e.enumOf(PresentationKind.class));
    var title = o.required("title", JsonIn::string);
    var presenter = o.optional("presenter", PeopleJson::personRef);
    var duration = o.required("duration", JsonIn::duration);
    var summary = o.optionalPersonal("summary", JsonIn::string);
    var perspective = o.optional("perspective", e -> e.enumOf(Perspective.class));
    o.read();
    return in.build(
        () ->
            Presentation.builder()
                .kind(kind.get())
                .title(title.get())
                .presenter(presenter.get())
                .duration(duration.get())
                .summary(summary.get())
                .perspective(perspective.get())
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
    var kind = o.required("kind", e -> e.enumOf(ContributionKind.class));
    var text = o.requiredPersonal("text", JsonIn::string);
    var by = o.optional("by", PeopleJson::personRef);
    var stage = o.optional("stage", RunningOrderJson::stageKey);
    o.read();
    return in.build(() -> new Contribution(kind.get(), text.get(), by.get(), stage.get()));
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
    var id = o.required("id", SessionJson::actionId);
    var text = o.requiredPersonal("text", JsonIn::string);
    var owners = o.list("owners", PeopleJson::personRef);
    var due = o.optional("due", JsonIn::date);
    var completed = o.optional("completedOn", JsonIn::date);
    o.read();
    return in.build(
        () ->
            Action.builder()
                .id(id.get())
                .text(text.get())
                .owners(owners.get())
                .due(due.get())
                .completedOn(completed.get())
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
    var text = o.requiredPersonal("text", JsonIn::string);
    var noticedBy = o.optional("noticedBy", PeopleJson::personRef);
    var action = o.optional("followsAction", SessionJson::actionRef);
    var session = o.optional("followsSession", SessionJson::sessionRef);
    o.read();
    return in.build(
        () ->
            SmallStep.builder()
                .text(text.get())
                .noticedBy(noticedBy.get())
                .followsAction(action.get())
                .followsSession(session.get())
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
    var image = o.required("image", JsonIn::string);
    var caption = o.requiredPersonal("caption", JsonIn::string);
    var altText = o.requiredPersonal("altText", JsonIn::string);
    // absent in archives written before artefacts recorded who they show: then they show no one
    var pictured = o.optional("pictured", p -> p.set(PeopleJson::personRef));
    o.read();
    return in.build(
        () ->
            new Artefact(
                image.get(), caption.get(), altText.get(), pictured.get().orElse(List.of())));
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
    var startsAt = o.required("startsAt", JsonIn::dateTime);
    var endsAt = o.optional("endsAt", JsonIn::dateTime);
    var venue = o.required("venue", SessionJson::venue);
    // the next session may take up a topic the community has not recorded yet
    var topic = o.optional("topic", TopicJson::topicId);
    o.read();
    return in.build(() -> new NextSession(startsAt.get(), endsAt.get(), venue.get(), topic.get()));
  }

  static SessionId sessionId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> SessionId.of(value));
  }

  static SessionId sessionRef(JsonIn in) throws ArchiveFormatException {
    SessionId id = sessionId(in);
    in.refs().check(in.refs().sessions, id, in);
    return id;
  }

  static ActionId actionId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> ActionId.of(value));
  }

  static ActionId actionRef(JsonIn in) throws ArchiveFormatException {
    ActionId id = actionId(in);
    in.refs().check(in.refs().actions, id, in);
    return id;
  }
}
