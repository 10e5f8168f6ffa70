package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.ScalingRound;
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
import org.communityofpractice.core.session.SessionHeader;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.CirculationRecord;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.TopicId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Sessions and everything recorded in them. What people said (best hopes, contributions, ideas,
 * actions, small steps, conclusions…) is personal: no error message shows it.
 */
final class SessionJson {
  private SessionJson() {}

  static JsonNode session(Session s) {
    ObjectNode o = object();
    header(o, s);
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

  /**
   * A session's header as an object of its own (a plan in a journal); in a session its fields come
   * first, beside the session's own.
   */
  static JsonNode header(SessionHeader h) {
    ObjectNode o = object();
    header(o, h);
    return o;
  }

  /** Writes a header's fields into {@code o}, in the order of {@link #HEADER}. */
  private static void header(ObjectNode o, SessionHeader h) {
    o.set("id", text(h.id()));
    o.set("topic", text(h.topic()));
    optional(o, "series", h.series(), JsonOut::text);
    optional(o, "title", h.title(), JsonOut::text);
    o.set("startsAt", JsonOut.dateTime(h.startsAt()));
    o.set("venue", venue(h.venue()));
    o.set("facilitator", text(h.facilitator()));
    o.set("coFacilitators", array(h.coFacilitators(), JsonOut::text));
    o.set("recorders", array(h.recorders(), JsonOut::text));
  }

  /** A header's fields, in the order cop writes them. */
  private static final String[] HEADER = {
    "id",
    "topic",
    "series",
    "title",
    "startsAt",
    "venue",
    "facilitator",
    "coFacilitators",
    "recorders"
  };

  /** A header read field by field, as its own object or among a session's fields. */
  private static final class HeaderFields {
    SessionId id;
    TopicId topic;
    SeriesId series;
    String title;
    ZonedDateTime startsAt;
    Venue venue;
    PersonId facilitator;
    List<PersonId> coFacilitators;
    List<PersonId> recorders;

    /** Reads the field {@code HEADER[f]}. */
    void read(int f, JsonIn in) throws ArchiveFormatException {
      String field = HEADER[f];
      switch (f) {
        case 0 -> id = sessionId(in.value(field));
        case 1 -> topic = TopicJson.topicRef(in.value(field));
        case 2 -> series = TopicJson.seriesRef(in.value(field));
        case 3 -> title = in.value(field).string();
        case 4 -> startsAt = in.value(field).dateTime();
        case 5 -> venue = venue(in.value(field));
        case 6 -> facilitator = PeopleJson.personRef(in.value(field));
        case 7 -> coFacilitators = PeopleJson.personRefs(in.value(field));
        default -> recorders = PeopleJson.personRefs(in.value(field));
      }
    }

    /** Names the first required field missing, in the order cop writes them. */
    void require(JsonIn in) throws ArchiveFormatException {
      in.require(id, "id");
      in.require(topic, "topic");
      in.require(startsAt, "startsAt");
      in.require(venue, "venue");
      in.require(facilitator, "facilitator");
      in.require(coFacilitators, "coFacilitators");
      in.require(recorders, "recorders");
    }

    /**
     * The header, once {@link #require} passed.
     *
     * @throws InvalidValueException naming the field when the facts do not make a header
     */
    SessionHeader build() {
      return SessionHeader.builder()
          .id(id)
          .topic(topic)
          .series(Optional.ofNullable(series))
          .title(Optional.ofNullable(title))
          .startsAt(startsAt)
          .venue(venue)
          .facilitator(facilitator)
          .coFacilitators(coFacilitators)
          .recorders(recorders)
          .build();
    }
  }

  static SessionHeader header(JsonIn in) throws ArchiveFormatException {
    in.fields();
    HeaderFields header = new HeaderFields();
    for (int f; (f = in.nextField(HEADER)) >= 0; ) {
      header.read(f, in);
    }
    header.require(in);
    try {
      return header.build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  /** A session's fields, in the order cop writes them: its header's, then its own. */
  private static final String[] SESSION =
      Stream.concat(
              Arrays.stream(HEADER),
              Stream.of(
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
                  "circulations"))
          .toArray(String[]::new);

  /**
   * A session, read field by field; the first required field missing, in the order cop writes them,
   * is reported once the others are read.
   */
  static Session session(JsonIn in) throws ArchiveFormatException {
    in.fields();
    HeaderFields header = new HeaderFields();
    List<PersonId> attendees = null;
    String introduction = null;
    RunningOrder runningOrder = null;
    List<StageKey> stagesRun = null;
    List<BestHope> bestHopes = null;
    Presentation presentation = null;
    List<Contribution> contributions = null;
    List<ScalingRound> scaling = null;
    List<Action> actions = null;
    List<SmallStep> smallSteps = null;
    List<String> conclusions = null;
    List<String> recommendations = null;
    List<String> questions = null;
    List<Artefact> artefacts = null;
    NextSession next = null;
    LocalDate circulated = null;
    List<CirculationRecord> circulations = List.of();
    for (int f; (f = in.nextField(SESSION)) >= 0; ) {
      String field = SESSION[f];
      if (f < HEADER.length) {
        header.read(f, in);
        continue;
      }
      switch (f - HEADER.length) {
        case 0 -> attendees = PeopleJson.personRefs(in.value(field));
        case 1 -> introduction = in.personalValue(field).string();
        case 2 -> runningOrder = RunningOrderJson.runningOrderRef(in.value(field));
        case 3 -> stagesRun = RunningOrderJson.stageKeys(in.value(field));
        case 4 -> bestHopes = bestHopes(in.value(field));
        case 5 -> presentation = presentation(in.value(field));
        case 6 -> contributions = contributions(in.value(field));
        case 7 -> scaling = ScalingJson.rounds(in.value(field));
        case 8 -> actions = actions(in.value(field));
        case 9 -> smallSteps = smallSteps(in.value(field));
        case 10 -> conclusions = in.personalValue(field).strings();
        case 11 -> recommendations = in.personalValue(field).strings();
        case 12 -> questions = in.personalValue(field).strings();
        case 13 -> artefacts = artefacts(in.value(field));
        case 14 -> next = nextSession(in.value(field));
        case 15 -> circulated = in.value(field).date();
        default -> circulations = TopicJson.circulations(in.value(field));
      }
    }
    header.require(in);
    in.require(attendees, "attendees");
    in.require(runningOrder, "runningOrder");
    in.require(stagesRun, "stagesRun");
    in.require(bestHopes, "bestHopes");
    in.require(contributions, "contributions");
    in.require(scaling, "scaling");
    in.require(actions, "actions");
    in.require(smallSteps, "smallSteps");
    in.require(conclusions, "conclusions");
    in.require(recommendations, "recommendations");
    in.require(questions, "questions");
    in.require(artefacts, "artefacts");
    try {
      return Session.builder()
          .from(header.build())
          .attendees(attendees)
          .chairsIntroduction(Optional.ofNullable(introduction))
          .runningOrder(runningOrder)
          .stagesRun(stagesRun)
          .bestHopes(bestHopes)
          .presentation(Optional.ofNullable(presentation))
          .contributions(contributions)
          .scaling(scaling)
          .actions(actions)
          .smallSteps(smallSteps)
          .conclusions(conclusions)
          .recommendations(recommendations)
          .questions(questions)
          .artefacts(artefacts)
          .nextSession(Optional.ofNullable(next))
          .reportCirculatedOn(Optional.ofNullable(circulated))
          .circulations(circulations)
          .build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  static JsonNode venue(Venue venue) {
    ObjectNode o = object();
    o.set("name", text(venue.name()));
    optional(o, "address", venue.address(), JsonOut::text);
    return o;
  }

  private static final String[] VENUE = {"name", "address"};

  static Venue venue(JsonIn in) throws ArchiveFormatException {
    in.fields();
    String name = null;
    String address = null;
    for (int f; (f = in.nextField(VENUE)) >= 0; ) {
      if (f == 0) {
        name = in.value(VENUE[0]).string();
      } else {
        address = in.value(VENUE[1]).string();
      }
    }
    in.require(name, VENUE[0]);
    try {
      return new Venue(name, Optional.ofNullable(address));
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  static JsonNode bestHope(BestHope hope) {
    ObjectNode o = object();
    o.set("text", text(hope.text()));
    optional(o, "by", hope.by(), JsonOut::text);
    return o;
  }

  private static final String[] BEST_HOPE = {"text", "by"};

  static BestHope bestHope(JsonIn in) throws ArchiveFormatException {
    in.fields();
    String text = null;
    PersonId by = null;
    for (int f; (f = in.nextField(BEST_HOPE)) >= 0; ) {
      if (f == 0) {
        text = in.personalValue(BEST_HOPE[0]).string();
      } else {
        by = PeopleJson.personRef(in.value(BEST_HOPE[1]));
      }
    }
    in.require(text, BEST_HOPE[0]);
    try {
      return new BestHope(text, Optional.ofNullable(by));
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static List<BestHope> bestHopes(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<BestHope> hopes = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(hopes.size())) != null; ) {
      hopes.add(bestHope(e));
    }
    return hopes;
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

  private static final String[] PRESENTATION = {
    "kind", "title", "presenter", "duration", "summary", "perspective"
  };

  static Presentation presentation(JsonIn in) throws ArchiveFormatException {
    in.fields();
    PresentationKind kind = null;
    String title = null;
    PersonId presenter = null;
    Duration duration = null;
    String summary = null;
    Perspective perspective = null;
    for (int f; (f = in.nextField(PRESENTATION)) >= 0; ) {
      String field = PRESENTATION[f];
      switch (f) {
        case 0 -> kind = in.value(field).enumOf(PresentationKind.class);
        case 1 -> title = in.value(field).string();
        case 2 -> presenter = PeopleJson.personRef(in.value(field));
        case 3 -> duration = in.value(field).duration();
        case 4 -> summary = in.personalValue(field).string();
        default -> perspective = in.value(field).enumOf(Perspective.class);
      }
    }
    in.require(kind, "kind");
    in.require(title, "title");
    in.require(duration, "duration");
    try {
      return Presentation.builder()
          .kind(kind)
          .title(title)
          .presenter(Optional.ofNullable(presenter))
          .duration(duration)
          .summary(Optional.ofNullable(summary))
          .perspective(Optional.ofNullable(perspective))
          .build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  static JsonNode contribution(Contribution c) {
    ObjectNode o = object();
    o.set("kind", JsonOut.name(c.kind()));
    o.set("text", text(c.text()));
    optional(o, "by", c.by(), JsonOut::text);
    optional(o, "stage", c.stage(), JsonOut::text);
    return o;
  }

  private static final String[] CONTRIBUTION = {"kind", "text", "by", "stage"};

  static Contribution contribution(JsonIn in) throws ArchiveFormatException {
    in.fields();
    ContributionKind kind = null;
    String text = null;
    PersonId by = null;
    StageKey stage = null;
    for (int f; (f = in.nextField(CONTRIBUTION)) >= 0; ) {
      String field = CONTRIBUTION[f];
      switch (f) {
        case 0 -> kind = in.value(field).enumOf(ContributionKind.class);
        case 1 -> text = in.personalValue(field).string();
        case 2 -> by = PeopleJson.personRef(in.value(field));
        default -> stage = RunningOrderJson.stageKey(in.value(field));
      }
    }
    in.require(kind, "kind");
    in.require(text, "text");
    try {
      return new Contribution(kind, text, Optional.ofNullable(by), Optional.ofNullable(stage));
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static List<Contribution> contributions(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Contribution> contributions = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(contributions.size())) != null; ) {
      contributions.add(contribution(e));
    }
    return contributions;
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

  private static final String[] ACTION = {"id", "text", "owners", "due", "completedOn"};

  static Action action(JsonIn in) throws ArchiveFormatException {
    in.fields();
    ActionId id = null;
    String text = null;
    List<PersonId> owners = null;
    LocalDate due = null;
    LocalDate completed = null;
    for (int f; (f = in.nextField(ACTION)) >= 0; ) {
      String field = ACTION[f];
      switch (f) {
        case 0 -> id = actionId(in.value(field));
        case 1 -> text = in.personalValue(field).string();
        case 2 -> owners = PeopleJson.personRefs(in.value(field));
        case 3 -> due = in.value(field).date();
        default -> completed = in.value(field).date();
      }
    }
    in.require(id, "id");
    in.require(text, "text");
    in.require(owners, "owners");
    try {
      return Action.builder()
          .id(id)
          .text(text)
          .owners(owners)
          .due(Optional.ofNullable(due))
          .completedOn(Optional.ofNullable(completed))
          .build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static List<Action> actions(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Action> actions = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(actions.size())) != null; ) {
      actions.add(action(e));
    }
    return actions;
  }

  static JsonNode smallStep(SmallStep step) {
    ObjectNode o = object();
    o.set("text", text(step.text()));
    optional(o, "noticedBy", step.noticedBy(), JsonOut::text);
    optional(o, "followsAction", step.followsAction(), JsonOut::text);
    optional(o, "followsSession", step.followsSession(), JsonOut::text);
    return o;
  }

  private static final String[] SMALL_STEP = {
    "text", "noticedBy", "followsAction", "followsSession"
  };

  static SmallStep smallStep(JsonIn in) throws ArchiveFormatException {
    in.fields();
    String text = null;
    PersonId noticedBy = null;
    ActionId action = null;
    SessionId session = null;
    for (int f; (f = in.nextField(SMALL_STEP)) >= 0; ) {
      String field = SMALL_STEP[f];
      switch (f) {
        case 0 -> text = in.personalValue(field).string();
        case 1 -> noticedBy = PeopleJson.personRef(in.value(field));
        case 2 -> action = actionRef(in.value(field));
        default -> session = sessionRef(in.value(field));
      }
    }
    in.require(text, "text");
    try {
      return SmallStep.builder()
          .text(text)
          .noticedBy(Optional.ofNullable(noticedBy))
          .followsAction(Optional.ofNullable(action))
          .followsSession(Optional.ofNullable(session))
          .build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static List<SmallStep> smallSteps(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<SmallStep> steps = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(steps.size())) != null; ) {
      steps.add(smallStep(e));
    }
    return steps;
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

  private static final String[] ARTEFACT = {"image", "caption", "altText", "pictured"};

  static Artefact artefact(JsonIn in) throws ArchiveFormatException {
    in.fields();
    String image = null;
    String caption = null;
    String altText = null;
    // absent in archives written before artefacts recorded who they show: then they show no one
    List<PersonId> pictured = List.of();
    for (int f; (f = in.nextField(ARTEFACT)) >= 0; ) {
      String field = ARTEFACT[f];
      switch (f) {
        case 0 -> image = in.value(field).string();
        case 1 -> caption = in.personalValue(field).string();
        case 2 -> altText = in.personalValue(field).string();
        default -> pictured = PeopleJson.personRefSet(in.value(field));
      }
    }
    in.require(image, "image");
    in.require(caption, "caption");
    in.require(altText, "altText");
    try {
      return new Artefact(image, caption, altText, pictured);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static List<Artefact> artefacts(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Artefact> artefacts = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(artefacts.size())) != null; ) {
      artefacts.add(artefact(e));
    }
    return artefacts;
  }

  static JsonNode nextSession(NextSession next) {
    ObjectNode o = object();
    o.set("startsAt", JsonOut.dateTime(next.startsAt()));
    optional(o, "endsAt", next.endsAt(), JsonOut::dateTime);
    o.set("venue", venue(next.venue()));
    optional(o, "topic", next.topic(), JsonOut::text);
    return o;
  }

  private static final String[] NEXT_SESSION = {"startsAt", "endsAt", "venue", "topic"};

  static NextSession nextSession(JsonIn in) throws ArchiveFormatException {
    in.fields();
    ZonedDateTime startsAt = null;
    ZonedDateTime endsAt = null;
    Venue venue = null;
    // the next session may take up a topic the community has not recorded yet: an id, no reference
    TopicId topic = null;
    for (int f; (f = in.nextField(NEXT_SESSION)) >= 0; ) {
      String field = NEXT_SESSION[f];
      switch (f) {
        case 0 -> startsAt = in.value(field).dateTime();
        case 1 -> endsAt = in.value(field).dateTime();
        case 2 -> venue = venue(in.value(field));
        default -> topic = TopicJson.topicId(in.value(field));
      }
    }
    in.require(startsAt, "startsAt");
    in.require(venue, "venue");
    try {
      return new NextSession(
          startsAt, Optional.ofNullable(endsAt), venue, Optional.ofNullable(topic));
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  static SessionId sessionId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    try {
      return SessionId.of(value);
    } catch (InvalidValueException e) {
      throw in.invalidHere(e);
    }
  }

  static SessionId sessionRef(JsonIn in) throws ArchiveFormatException {
    SessionId id = sessionId(in);
    in.refs().check(in.refs().sessions, id, in);
    return id;
  }

  static ActionId actionId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    try {
      return ActionId.of(value);
    } catch (InvalidValueException e) {
      throw in.invalidHere(e);
    }
  }

  static ActionId actionRef(JsonIn in) throws ArchiveFormatException {
    ActionId id = actionId(in);
    in.refs().check(in.refs().actions, id, in);
    return id;
  }
}
