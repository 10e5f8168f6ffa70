package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.NODES;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.sorted;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.communityofpractice.core.consent.ConsentPurpose;
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
    var id = o.required("id", TopicJson::topicId);
    var title = o.required("title", JsonIn::string);
    var description = o.optional("description", JsonIn::string);
    var perspectives = o.set("neededPerspectives", e -> e.enumOf(Perspective.class));
    var services = o.set("neededServices", JsonIn::string);
    o.read();
    return in.build(
        () ->
            Topic.builder()
                .id(id.get())
                .title(title.get())
                .description(description.get())
                .neededPerspectives(perspectives.get())
                .neededServices(services.get())
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
    JsonIn.Obj o =
        in.object(
            "id",
            "topic",
            "title",
            "introduction",
            "concluded",
            "decisionMakers",
            "followUps",
            "circulations");
    var id = o.required("id", TopicJson::seriesId);
    var topic = o.required("topic", TopicJson::topicRef);
    var title = o.required("title", JsonIn::string);
    var introduction = o.optionalPersonal("introduction", JsonIn::string);
    var concluded = o.required("concluded", JsonIn::bool);
    var decisionMakers = o.optional("decisionMakers", e -> e.list(TopicJson::decisionMaker));
    var followUps = o.optional("followUps", e -> e.list(TopicJson::followUp));
    var circulations = o.optional("circulations", TopicJson::circulations);
    o.read();
    return in.build(
        () ->
            Series.builder()
                .circulations(circulations.get().orElse(List.of()))
                .decisionMakers(decisionMakers.get().orElse(List.of()))
                .followUps(followUps.get().orElse(List.of()))
                .id(id.get())
                .topic(topic.get())
                .title(title.get())
                .introduction(introduction.get())
                .concluded(concluded.get())
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

  /** A decision maker is an organisation or a person; the (small) object is looked into first. */
  private static DecisionMaker decisionMaker(JsonIn value) throws ArchiveFormatException {
    if (value.isObject()) {
      JsonIn in = value.buffered();
      if (in.hasField("organisation")) {
        JsonIn.Obj o = in.object("organisation", "name", "address", "kind");
        var id = o.required("organisation", TopicJson::organisationId);
        var name = o.requiredPersonal("name", JsonIn::string);
        var address = o.requiredPersonal("address", JsonIn::string);
        var kind = o.required("kind", e -> e.enumOf(DecisionMaker.Kind.class));
        o.read();
        return in.build(() -> Organisation.of(id.get(), name.get(), address.get(), kind.get()));
      }
      value = in;
    }
    JsonIn.Obj o = value.object("person", "kind");
    var person = o.required("person", PeopleJson::personRef);
    var kind = o.required("kind", e -> e.enumOf(DecisionMaker.Kind.class));
    o.read();
    return value.build(() -> DecisionMaker.of(person.get(), kind.get()));
  }

  private static JsonNode followUp(FollowUp f) {
    ObjectNode o = object();
    RecipientId to = f.decisionMaker();
    o.set(
        to.kind() == RecipientId.Kind.PERSON ? "decisionMaker" : "organisation", text(to.value()));
    o.set("circulation", text(f.circulation()));
    o.set("distributedOn", JsonOut.date(f.distributedOn()));
    o.set("due", JsonOut.date(f.due()));
    optional(o, "done", f.done(), JsonOut::date);
    return o;
  }

  /**
   * A follow-up goes to an organisation or to a decision maker; the (small) object is looked into
   * first.
   */
  private static FollowUp followUp(JsonIn value) throws ArchiveFormatException {
    boolean object = value.isObject();
    JsonIn in = object ? value.buffered() : value;
    boolean toOrganisation = object && in.hasField("organisation");
    JsonIn.Obj o =
        toOrganisation
            ? in.object("organisation", "circulation", "distributedOn", "due", "done")
            : in.object("decisionMaker", "circulation", "distributedOn", "due", "done");
    var to =
        toOrganisation
            ? o.required("organisation", e -> RecipientId.of(TopicJson.organisationId(e)))
            : o.required("decisionMaker", e -> RecipientId.of(PeopleJson.personRef(e)));
    var circulation = o.required("circulation", JsonIn::string);
    var distributedOn = o.required("distributedOn", JsonIn::date);
    var due = o.required("due", JsonIn::date);
    var done = o.optional("done", JsonIn::date);
    o.read();
    return in.build(
        () ->
            new FollowUp(to.get(), circulation.get(), distributedOn.get(), due.get(), done.get()));
  }

  /**
   * A circulation of a session's or a series' report: when, its id, to which list, to how many;
   * never to whom.
   */
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
    var on = o.required("on", JsonIn::date);
    var circulation = o.required("circulation", JsonIn::string);
    var purpose = o.required("purpose", e -> e.enumOf(ConsentPurpose.class));
    var recipients = o.required("recipients", JsonIn::integer);
    o.read();
    return in.build(
        () -> CirculationRecord.of(on.get(), circulation.get(), purpose.get(), recipients.get()));
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
    // every session names its topic: one id for each
    TopicId id = in.madeOnce(in.refs().topicIds, TopicId::of);
    in.refs().check(in.refs().topics, id, in);
    return id;
  }

  static SeriesId seriesId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> SeriesId.of(value));
  }

  static SeriesId seriesRef(JsonIn in) throws ArchiveFormatException {
    SeriesId id = seriesId(in);
    in.refs().check(in.refs().series, id, in);
    return id;
  }
}
