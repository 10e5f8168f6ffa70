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
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.Topic;

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

  /**
   * Reads a community; a {@code schemaVersion} field is allowed (the archive checks it first). The
   * fields are read in the document's order, in one pass; an id named before it is defined is
   * checked once its kind is complete (see {@link Refs}). Sessions name the community's running
   * orders, so a document giving its sessions first has them buffered until the running orders are
   * read (cop writes the running orders first).
   */
  static Community community(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o =
        in.object(
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
            "sessions");
    Refs refs = in.refs();
    var id = o.required("id", CommunityJson::communityId);
    var name = o.required("name", JsonIn::string);
    var place = o.required("place", JsonIn::string);
    var focus = o.optional("focus", JsonIn::string);
    var stage = o.required("lifeCycleStage", e -> e.enumOf(LifeCycleStage.class));
    var history = o.optional("lifeCycleHistory", CommunityJson::lifeCycleHistory);
    var principles = o.list("principles", CommunityJson::principle);
    var register = o.required("register", PeopleJson::register);
    var consent = o.required("consent", ConsentJson::ledger);
    var consentRules = o.optional("consentRules", ConsentJson::rules);
    var coreGroup = o.set("coreGroup", PeopleJson::personRef);
    var resources = o.list("resources", CommunityJson::resource);
    var topics =
        o.list(
            "topics",
            e -> {
              Topic topic = TopicJson.topic(e);
              refs.topics.define(topic.id());
              return topic;
            });
    var legacy = o.list("legacy", CommunityJson::legacy);
    var series =
        o.list(
            "series",
            e -> {
              Series s = TopicJson.series(e);
              refs.series.define(s.id());
              return s;
            });
    var orders =
        o.list(
            "runningOrders",
            e -> {
              RunningOrder order = RunningOrderJson.runningOrder(e);
              refs.runningOrders.putIfAbsent(order.id(), order);
              return order;
            });
    var sessions =
        o.list(
                "sessions",
                e -> {
                  Session session = SessionJson.session(e);
                  // a small step may follow a later session: it is the model that says so, not a
                  // dangling id
                  refs.sessions.define(session.id());
                  session.actions().forEach(a -> refs.actions.define(a.id()));
                  return session;
                })
            .after(orders);
    o.read();
    refs.completeAll();
    return in.build(
        () ->
            Community.builder()
                .id(id.get())
                .name(name.get())
                .place(place.get())
                .focus(focus.get())
                .lifeCycleStage(stage.get())
                // the history the model gives a community without one, given here so it is built
                // once
                .lifeCycleHistory(
                    history.get().orElseGet(() -> List.of(LifeCycleEntry.undated(stage.get()))))
                .principles(principles.get())
                .coreGroup(coreGroup.get())
                .resources(resources.get())
                .legacy(legacy.get())
                .register(register.get())
                .consent(consent.get())
                .consentRules(consentRules.get().orElse(ConsentRules.none()))
                .topics(topics.get())
                .series(series.get())
                .runningOrders(orders.get())
                .sessions(sessions.get())
                .build());
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
    var title = o.required("title", JsonIn::string);
    var link = o.optional("link", JsonIn::uri);
    var note = o.optional("note", JsonIn::string);
    o.read();
    return in.build(() -> new Resource(title.get(), link.get(), note.get()));
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
    var text = o.required("text", JsonIn::string);
    var topic = o.optional("topic", TopicJson::topicRef);
    var recordedOn = o.optional("recordedOn", JsonIn::date);
    o.read();
    return in.build(() -> new LegacyOutcome(text.get(), topic.get(), recordedOn.get()));
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
    var stage = o.required("stage", e -> e.enumOf(LifeCycleStage.class));
    var enteredOn = o.optional("enteredOn", JsonIn::date);
    o.read();
    return in.build(() -> new LifeCycleEntry(stage.get(), enteredOn.get()));
  }
}
