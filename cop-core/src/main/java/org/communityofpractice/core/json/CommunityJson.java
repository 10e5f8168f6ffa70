package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.sorted;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.Topic;

/**
 * A whole community. Parts are read in the order their ids are needed — the register before
 * anything naming a person, topics before series, the community's running orders before sessions —
 * so a reference to nothing is reported where it is written.
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

  /** Reads a community; a {@code schemaVersion} field is allowed (the archive checks it first). */
  static Community community(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o =
        in.object(
            SCHEMA_VERSION, "id", "name", "place", "focus", "lifeCycleStage", "lifeCycleHistory", "principles", "coreGroup",
            "resources", "legacy", "register", "consent", "consentRules", "topics", "series", "runningOrders",
            "sessions");
    CommunityId id = o.required("id", CommunityJson::communityId);
    String name = o.required("name", JsonIn::string);
    String place = o.required("place", JsonIn::string);
    var focus = o.optional("focus", JsonIn::string);
    LifeCycleStage stage = o.required("lifeCycleStage", e -> e.enumOf(LifeCycleStage.class));
    List<LifeCycleEntry> history =
        o.optional("lifeCycleHistory", CommunityJson::lifeCycleHistory).orElse(List.of());
    var principles = o.list("principles", CommunityJson::principle);
    MemberRegister register = o.required("register", PeopleJson::register);
    ConsentLedger consent = o.required("consent", ConsentJson::ledger);
    ConsentRules consentRules = o.optional("consentRules", ConsentJson::rules).orElse(ConsentRules.none());
    var coreGroup = o.set("coreGroup", PeopleJson::personRef);
    var resources = o.list("resources", CommunityJson::resource);
    List<Topic> topics = o.list("topics", TopicJson::topic);
    topics.forEach(t -> in.refs().topics.add(t.id()));
    var legacy = o.list("legacy", CommunityJson::legacy);
    List<Series> series = o.list("series", TopicJson::series);
    series.forEach(s -> in.refs().series.add(s.id()));
    List<RunningOrder> orders = o.list("runningOrders", RunningOrderJson::runningOrder);
    orders.forEach(r -> in.refs().runningOrders.putIfAbsent(r.id(), r));
    JsonIn sessionsIn = o.required("sessions");
    collectSessionIds(sessionsIn.node(), in.refs());
    var sessions = sessionsIn.list(SessionJson::session);
    return in.build(() -> Community.builder()
        .id(id)
        .name(name)
        .place(place)
        .focus(focus)
        .lifeCycleStage(stage)
        .lifeCycleHistory(history)
        .principles(principles)
        .coreGroup(coreGroup)
        .resources(resources)
        .legacy(legacy)
        .register(register)
        .consent(consent)
        .consentRules(consentRules)
        .topics(topics)
        .series(series)
        .runningOrders(orders)
        .sessions(sessions)
        .build());
  }

  /**
   * Notes every session and action id before sessions are read, so a small step naming a later
   * session is an invalid value (reported by the model) and one naming nothing is dangling. Ids
   * that are not even strings are skipped here and reported when their session is read.
   */
  private static void collectSessionIds(JsonNode sessions, Refs refs) {
    for (JsonNode session : sessions) {
      JsonNode id = session.path("id");
      if (id.isTextual()) {
        try {
          refs.sessions.add(SessionId.of(id.textValue()));
        } catch (IllegalArgumentException ignored) {
          // reported where the session is read
        }
      }
      for (JsonNode action : session.path("actions")) {
        JsonNode actionId = action.path("id");
        if (actionId.isTextual()) {
          try {
            refs.actions.add(ActionId.of(actionId.textValue()));
          } catch (IllegalArgumentException ignored) {
            // reported where the action is read
          }
        }
      }
    }
  }

  static CommunityId communityId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> CommunityId.of(value));
  }

  static Principle principle(JsonIn in) throws ArchiveFormatException {
    String text = in.string();
    return in.buildHere(() -> Principle.of(text));
  }

  static JsonNode resource(Resource r) {
    ObjectNode o = object();
    o.set("title", text(r.title()));
    optional(o, "link", r.link(), JsonOut::text);
    optional(o, "note", r.note(), JsonOut::text);
    return o;
  }

  static Resource resource(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("title", "link", "note");
    String title = o.required("title", JsonIn::string);
    var link = o.optional("link", JsonIn::uri);
    var note = o.optional("note", JsonIn::string);
    return in.build(() -> new Resource(title, link, note));
  }

  static JsonNode legacy(LegacyOutcome l) {
    ObjectNode o = object();
    o.set("text", text(l.text()));
    optional(o, "topic", l.topic(), JsonOut::text);
    optional(o, "recordedOn", l.recordedOn(), JsonOut::date);
    return o;
  }

  static LegacyOutcome legacy(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("text", "topic", "recordedOn");
    String text = o.required("text", JsonIn::string);
    var topic = o.optional("topic", TopicJson::topicRef);
    var recordedOn = o.optional("recordedOn", JsonIn::date);
    return in.build(() -> new LegacyOutcome(text, topic, recordedOn));
  }

  /** A history, when written, holds the current stage at least: an empty one says nothing true. */
  static List<LifeCycleEntry> lifeCycleHistory(JsonIn in) throws ArchiveFormatException {
    List<LifeCycleEntry> history = in.list(CommunityJson::lifeCycleEntry);
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

  static LifeCycleEntry lifeCycleEntry(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("stage", "enteredOn");
    LifeCycleStage stage = o.required("stage", e -> e.enumOf(LifeCycleStage.class));
    var enteredOn = o.optional("enteredOn", JsonIn::date);
    return in.build(() -> new LifeCycleEntry(stage, enteredOn));
  }
}
