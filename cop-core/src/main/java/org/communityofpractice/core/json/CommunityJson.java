package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.sorted;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.community.LegacyOutcome;
import org.communityofpractice.core.community.LifeCycleEntry;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.community.Principle;
import org.communityofpractice.core.community.Resource;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A whole community, read in the document's order; a reference to nothing is reported where it is
 * written, once the ids of its kind are all read (see {@link Refs}).
 */
final class CommunityJson {
  static final String SCHEMA_VERSION = "schemaVersion";

  private CommunityJson() {}

  /** The community's fields, after the schema version the archive writes first. */
  static void community(Community c, ObjectNode o) {
    o.set("id", text(c.id()));
    o.set("name", text(c.name()));
    o.set("place", text(c.place()));
    optional(o, "focus", c.focus(), JsonOut::text);
    o.set("lifeCycleStage", JsonOut.name(c.lifeCycleStage()));
    if (!c.lifeCycleHistory().equals(List.of(LifeCycleEntry.undated(c.lifeCycleStage())))) {
      // a history saying no more than the stage is left out, as archives wrote it before histories
      o.set("lifeCycleHistory", array(c.lifeCycleHistory(), CommunityJson::lifeCycleEntry));
    }
    o.set("principles", array(c.principles(), p -> text(p.text())));
    o.set("coreGroup", sorted(c.coreGroup(), JsonOut::text));
    o.set("resources", array(c.resources(), CommunityJson::resource));
    o.set("legacy", array(c.legacy(), CommunityJson::legacy));
    o.set("register", PeopleJson.register(c.register()));
    o.set("consent", ConsentJson.ledger(c.consent()));
    if (!c.consentRules().equals(ConsentRules.none())) {
      o.set("consentRules", ConsentJson.rules(c.consentRules()));
    }
    o.set("topics", array(c.topics(), TopicJson::topic));
    o.set("series", array(c.series(), TopicJson::series));
    o.set("runningOrders", array(c.runningOrders(), RunningOrderJson::runningOrder));
    o.set("sessions", array(c.sessions(), SessionJson::session));
  }

  static JsonNode community(Community c) {
    ObjectNode o = object();
    community(c, o);
    return o;
  }

  /** A community's fields, the schema version first, as cop writes them. */
  private static final String[] COMMUNITY = {
    SCHEMA_VERSION,
    "id",
    "name",
    "place",
    "focus",
    "lifeCycleStage",
    "lifeCycleHistory",
    "principles",
    "coreGroup",
    "resources",
    "legacy",
    "register",
    "consent",
    "consentRules",
    "topics",
    "series",
    "runningOrders",
    "sessions"
  };

  /**
   * Reads a community; a {@code schemaVersion} field is allowed (the archive checks it first). The
   * fields are read in the document's order, in one pass; an id named before it is defined is
   * checked once its kind is complete (see {@link Refs}). Sessions name the community's running
   * orders, so a document giving its sessions first has them buffered until the running orders are
   * read (cop writes the running orders first), and read once every required field is known to be
   * there.
   */
  static Community community(JsonIn in) throws ArchiveFormatException {
    in.fields();
    Refs refs = in.refs();
    CommunityId id = null;
    String name = null;
    String place = null;
    String focus = null;
    LifeCycleStage stage = null;
    List<LifeCycleEntry> history = null;
    List<Principle> principles = null;
    List<PersonId> coreGroup = null;
    List<Resource> resources = null;
    List<LegacyOutcome> legacy = null;
    MemberRegister register = null;
    ConsentLedger consent = null;
    ConsentRules consentRules = null;
    List<Topic> topics = null;
    List<Series> series = null;
    List<RunningOrder> orders = null;
    List<Session> sessions = null;
    JsonIn sessionsFirst = null;
    for (int f; (f = in.nextField(COMMUNITY)) >= 0; ) {
      String field = COMMUNITY[f];
      switch (f) {
        case 0 -> in.skip();
        case 1 -> id = communityId(in.value(field));
        case 2 -> name = in.value(field).string();
        case 3 -> place = in.value(field).string();
        case 4 -> focus = in.value(field).string();
        case 5 -> stage = in.value(field).enumOf(LifeCycleStage.class);
        case 6 -> history = lifeCycleHistory(in.value(field));
        case 7 -> principles = principles(in.value(field));
        case 8 -> coreGroup = PeopleJson.personRefSet(in.value(field));
        case 9 -> resources = resources(in.value(field));
        case 10 -> legacy = legacyOutcomes(in.value(field));
        case 11 -> register = PeopleJson.register(in.value(field));
        case 12 -> consent = ConsentJson.ledger(in.value(field));
        case 13 -> consentRules = ConsentJson.rules(in.value(field));
        case 14 -> topics = topics(in.value(field));
        case 15 -> series = series(in.value(field));
        case 16 -> orders = runningOrders(in.value(field));
        default -> {
          if (orders == null) {
            sessionsFirst = in.value(field).buffered();
          } else {
            sessions = sessions(in.value(field));
          }
        }
      }
    }
    in.require(id, "id");
    in.require(name, "name");
    in.require(place, "place");
    in.require(stage, "lifeCycleStage");
    in.require(principles, "principles");
    in.require(register, "register");
    in.require(consent, "consent");
    in.require(coreGroup, "coreGroup");
    in.require(resources, "resources");
    in.require(topics, "topics");
    in.require(legacy, "legacy");
    in.require(series, "series");
    in.require(orders, "runningOrders");
    if (sessionsFirst != null) {
      sessions = sessions(sessionsFirst);
    }
    in.require(sessions, "sessions");
    refs.completeAll();
    try {
      return Community.builder()
          .id(id)
          .name(name)
          .place(place)
          .focus(Optional.ofNullable(focus))
          .lifeCycleStage(stage)
          // the history the model gives a community without one, given here so it is built once
          .lifeCycleHistory(history != null ? history : List.of(LifeCycleEntry.undated(stage)))
          .principles(principles)
          .coreGroup(coreGroup)
          .resources(resources)
          .legacy(legacy)
          .register(register)
          .consent(consent)
          .consentRules(consentRules != null ? consentRules : ConsentRules.none())
          .topics(topics)
          .series(series)
          .runningOrders(orders)
          .sessions(sessions)
          .build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static List<Principle> principles(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Principle> principles = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(principles.size())) != null; ) {
      principles.add(principle(e));
    }
    return principles;
  }

  private static List<Resource> resources(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Resource> resources = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(resources.size())) != null; ) {
      resources.add(resource(e));
    }
    return resources;
  }

  private static List<LegacyOutcome> legacyOutcomes(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<LegacyOutcome> legacy = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(legacy.size())) != null; ) {
      legacy.add(legacy(e));
    }
    return legacy;
  }

  /** The community's topics, each defined as it is read, so later references find it. */
  private static List<Topic> topics(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Topic> topics = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(topics.size())) != null; ) {
      Topic topic = TopicJson.topic(e);
      in.refs().topics.define(topic.id());
      topics.add(topic);
    }
    return topics;
  }

  /** The community's series, each defined as it is read. */
  private static List<Series> series(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Series> series = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(series.size())) != null; ) {
      Series s = TopicJson.series(e);
      in.refs().series.define(s.id());
      series.add(s);
    }
    return series;
  }

  /** The community's running orders, each kept for the sessions that name it. */
  private static List<RunningOrder> runningOrders(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<RunningOrder> orders = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(orders.size())) != null; ) {
      RunningOrder order = RunningOrderJson.runningOrder(e);
      in.refs().runningOrders.putIfAbsent(order.id(), order);
      orders.add(order);
    }
    return orders;
  }

  /** The community's sessions, each defined as it is read, with the actions agreed at it. */
  private static List<Session> sessions(JsonIn in) throws ArchiveFormatException {
    in.elements();
    Refs refs = in.refs();
    List<Session> sessions = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(sessions.size())) != null; ) {
      Session session = SessionJson.session(e);
      // a small step may follow a later session: it is the model that says so, not a dangling id
      refs.sessions.define(session.id());
      for (Action action : session.actions()) {
        refs.actions.define(action.id());
      }
      sessions.add(session);
    }
    return sessions;
  }

  static CommunityId communityId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    try {
      return CommunityId.of(value);
    } catch (InvalidValueException e) {
      throw in.invalidHere(e);
    }
  }

  static Principle principle(JsonIn in) throws ArchiveFormatException {
    String text = in.string();
    try {
      return Principle.of(text);
    } catch (InvalidValueException e) {
      throw in.invalidHere(e);
    }
  }

  static JsonNode resource(Resource r) {
    ObjectNode o = object();
    o.set("title", text(r.title()));
    optional(o, "link", r.link(), JsonOut::text);
    optional(o, "note", r.note(), JsonOut::text);
    return o;
  }

  private static final String[] RESOURCE = {"title", "link", "note"};

  static Resource resource(JsonIn in) throws ArchiveFormatException {
    in.fields();
    String title = null;
    URI link = null;
    String note = null;
    for (int f; (f = in.nextField(RESOURCE)) >= 0; ) {
      String field = RESOURCE[f];
      switch (f) {
        case 0 -> title = in.value(field).string();
        case 1 -> link = in.value(field).uri();
        default -> note = in.value(field).string();
      }
    }
    in.require(title, "title");
    try {
      return new Resource(title, Optional.ofNullable(link), Optional.ofNullable(note));
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  static JsonNode legacy(LegacyOutcome l) {
    ObjectNode o = object();
    o.set("text", text(l.text()));
    optional(o, "topic", l.topic(), JsonOut::text);
    optional(o, "recordedOn", l.recordedOn(), JsonOut::date);
    return o;
  }

  private static final String[] LEGACY = {"text", "topic", "recordedOn"};

  static LegacyOutcome legacy(JsonIn in) throws ArchiveFormatException {
    in.fields();
    String text = null;
    TopicId topic = null;
    LocalDate recordedOn = null;
    for (int f; (f = in.nextField(LEGACY)) >= 0; ) {
      String field = LEGACY[f];
      switch (f) {
        case 0 -> text = in.value(field).string();
        case 1 -> topic = TopicJson.topicRef(in.value(field));
        default -> recordedOn = in.value(field).date();
      }
    }
    in.require(text, "text");
    try {
      return new LegacyOutcome(text, Optional.ofNullable(topic), Optional.ofNullable(recordedOn));
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  /** A history, when written, holds the current stage at least: an empty one says nothing true. */
  static List<LifeCycleEntry> lifeCycleHistory(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<LifeCycleEntry> history = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(history.size())) != null; ) {
      history.add(lifeCycleEntry(e));
    }
    if (history.isEmpty()) {
      throw in.invalidValue("must hold at least one entry, the current stage", "[]");
    }
    return history;
  }

  static JsonNode lifeCycleEntry(LifeCycleEntry e) {
    ObjectNode o = object();
    o.set("stage", JsonOut.name(e.stage()));
    optional(o, "enteredOn", e.enteredOn(), JsonOut::date);
    return o;
  }

  private static final String[] LIFE_CYCLE_ENTRY = {"stage", "enteredOn"};

  static LifeCycleEntry lifeCycleEntry(JsonIn in) throws ArchiveFormatException {
    in.fields();
    LifeCycleStage stage = null;
    LocalDate enteredOn = null;
    for (int f; (f = in.nextField(LIFE_CYCLE_ENTRY)) >= 0; ) {
      if (f == 0) {
        stage = in.value(LIFE_CYCLE_ENTRY[0]).enumOf(LifeCycleStage.class);
      } else {
        enteredOn = in.value(LIFE_CYCLE_ENTRY[1]).date();
      }
    }
    in.require(stage, LIFE_CYCLE_ENTRY[0]);
    try {
      return new LifeCycleEntry(stage, Optional.ofNullable(enteredOn));
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }
}
