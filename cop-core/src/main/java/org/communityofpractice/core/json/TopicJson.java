package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.NODES;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.sorted;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.topic.CirculationRecord;
import org.communityofpractice.core.topic.DecisionMaker;
import org.communityofpractice.core.topic.FollowUp;
import org.communityofpractice.core.topic.Organisation;
import org.communityofpractice.core.topic.OrganisationId;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/** Topics, with the perspectives they need, and series of sessions on them. */
final class TopicJson {
  private TopicJson() {}

  static JsonNode topic(Topic topic) {
    ObjectNode o = object();
    o.set("id", text(topic.id()));
    o.set("title", text(topic.title()));
    optional(o, "description", topic.description(), JsonOut::text);
    o.set("neededPerspectives", sorted(topic.neededPerspectives(), JsonOut::name));
    o.set("neededServices", sorted(topic.neededServices(), JsonOut::text));
    return o;
  }

  static Topic topic(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("id", "title", "description", "neededPerspectives", "neededServices");
    TopicId id = o.required("id", TopicJson::topicId);
    String title = o.required("title", JsonIn::string);
    var description = o.optional("description", JsonIn::string);
    var perspectives = o.set("neededPerspectives", e -> e.enumOf(Perspective.class));
    var services = o.set("neededServices", JsonIn::string);
    return in.build(() -> Topic.builder()
        .id(id)
        .title(title)
        .description(description)
        .neededPerspectives(perspectives)
        .neededServices(services)
        .build());
  }

  static JsonNode series(Series series) {
    ObjectNode o = object();
    o.set("id", text(series.id()));
    o.set("topic", text(series.topic()));
    o.set("title", text(series.title()));
    optional(o, "introduction", series.introduction(), JsonOut::text);
    o.set("concluded", NODES.booleanNode(series.concluded()));
    if (!series.decisionMakers().isEmpty()) {
      o.set("decisionMakers", JsonOut.array(series.decisionMakers(), TopicJson::decisionMaker));
    }
    if (!series.followUps().isEmpty()) {
      o.set("followUps", JsonOut.array(series.followUps(), TopicJson::followUp));
    }
    if (!series.circulations().isEmpty()) {
      o.set("circulations", JsonOut.array(series.circulations(), TopicJson::circulation));
    }
    return o;
  }

  static Series series(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("id", "topic", "title", "introduction", "concluded", "decisionMakers", "followUps",
        "circulations");
    SeriesId id = o.required("id", TopicJson::seriesId);
    TopicId topic = o.required("topic", TopicJson::topicRef);
    String title = o.required("title", JsonIn::string);
    var introduction = o.optionalPersonal("introduction", JsonIn::string);
    boolean concluded = o.required("concluded", JsonIn::bool);
    List<DecisionMaker> decisionMakers = o.optional("decisionMakers", e -> e.list(TopicJson::decisionMaker))
        .orElse(List.of());
    List<FollowUp> followUps = o.optional("followUps", e -> e.list(TopicJson::followUp)).orElse(List.of());
    List<CirculationRecord> circulations = o.optional("circulations", TopicJson::circulations).orElse(List.of());
    return in.build(() -> Series.builder()
        .circulations(circulations)
        .decisionMakers(decisionMakers)
        .followUps(followUps)
        .id(id)
        .topic(topic)
        .title(title)
        .introduction(introduction)
        .concluded(concluded)
        .build());
  }

  /**
   * A person in the register, {@code {"person", "kind"}} (the only form before organisations had
   * their own), or an organisation, {@code {"organisation", "name", "address", "kind"}}.
   */
  private static JsonNode decisionMaker(DecisionMaker d) {
    ObjectNode o = object();
    if (d instanceof Organisation org) {
      o.set("organisation", text(org.id()));
      o.set("name", text(org.name()));
      o.set("address", text(org.address()));
    } else {
      o.set("person", text(((DecisionMaker.InRegister) d).person()));
    }
    o.set("kind", JsonOut.name(d.kind()));
    return o;
  }

  private static DecisionMaker decisionMaker(JsonIn in) throws ArchiveFormatException {
    if (in.node().has("organisation")) {
      JsonIn.Obj o = in.object("organisation", "name", "address", "kind");
      OrganisationId id = o.required("organisation", TopicJson::organisationId);
      String name = o.requiredPersonal("name", JsonIn::string);
      String address = o.requiredPersonal("address", JsonIn::string);
      DecisionMaker.Kind kind = o.required("kind", e -> e.enumOf(DecisionMaker.Kind.class));
      return in.build(() -> Organisation.of(id, name, address, kind));
    }
    JsonIn.Obj o = in.object("person", "kind");
    PersonId person = o.required("person", PeopleJson::personRef);
    DecisionMaker.Kind kind = o.required("kind", e -> e.enumOf(DecisionMaker.Kind.class));
    return in.build(() -> DecisionMaker.of(person, kind));
  }

  /** Owed to a person, {@code "decisionMaker": <person id>}, or to an organisation, {@code "organisation": <id>}. */
  private static JsonNode followUp(FollowUp f) {
    ObjectNode o = object();
    RecipientId to = f.decisionMaker();
    o.set(to.kind() == RecipientId.Kind.PERSON ? "decisionMaker" : "organisation", text(to.value()));
    o.set("circulation", text(f.circulation()));
    o.set("distributedOn", JsonOut.date(f.distributedOn()));
    o.set("due", JsonOut.date(f.due()));
    optional(o, "done", f.done(), JsonOut::date);
    return o;
  }

  private static FollowUp followUp(JsonIn in) throws ArchiveFormatException {
    boolean toOrganisation = in.node().has("organisation");
    JsonIn.Obj o = toOrganisation
        ? in.object("organisation", "circulation", "distributedOn", "due", "done")
        : in.object("decisionMaker", "circulation", "distributedOn", "due", "done");
    RecipientId to = toOrganisation
        ? RecipientId.of(o.required("organisation", TopicJson::organisationId))
        : RecipientId.of(o.required("decisionMaker", PeopleJson::personRef));
    String circulation = o.required("circulation", JsonIn::string);
    LocalDate distributedOn = o.required("distributedOn", JsonIn::date);
    LocalDate due = o.required("due", JsonIn::date);
    var done = o.optional("done", JsonIn::date);
    return in.build(() -> new FollowUp(to, circulation, distributedOn, due, done));
  }

  /** A circulation of a session's or a series' report: when, its id, to which list, to how many; never to whom. */
  static JsonNode circulation(CirculationRecord c) {
    ObjectNode o = object();
    o.set("on", JsonOut.date(c.on()));
    o.set("circulation", text(c.circulation()));
    o.set("purpose", JsonOut.name(c.purpose()));
    o.put("recipients", c.recipients());
    return o;
  }

  /** The circulations of a session or a series: written only when there is one, so never empty. */
  static List<CirculationRecord> circulations(JsonIn in) throws ArchiveFormatException {
    List<CirculationRecord> list = in.list(TopicJson::circulation);
    if (list.isEmpty()) {
      throw in.invalidValue("must hold at least one circulation, or be left out", "[]");
    }
    return list;
  }

  private static CirculationRecord circulation(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("on", "circulation", "purpose", "recipients");
    LocalDate on = o.required("on", JsonIn::date);
    String circulation = o.required("circulation", JsonIn::string);
    ConsentPurpose purpose = o.required("purpose", e -> e.enumOf(ConsentPurpose.class));
    int recipients = o.required("recipients", JsonIn::integer);
    return in.build(() -> CirculationRecord.of(on, circulation, purpose, recipients));
  }

  static OrganisationId organisationId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> OrganisationId.of(value));
  }

  static TopicId topicId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> TopicId.of(value));
  }

  static TopicId topicRef(JsonIn in) throws ArchiveFormatException {
    TopicId id = topicId(in);
    if (!in.refs().knowsTopic(id)) {
      throw in.dangling("must name a topic of the community", id);
    }
    return id;
  }

  static SeriesId seriesId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> SeriesId.of(value));
  }

  static SeriesId seriesRef(JsonIn in) throws ArchiveFormatException {
    SeriesId id = seriesId(in);
    if (!in.refs().knowsSeries(id)) {
      throw in.dangling("must name a series of the community", id);
    }
    return id;
  }
}
