package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.NODES;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.sorted;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.communityofpractice.core.validation.InvalidValueException;

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

  private static final String[] TOPIC = {
    "id", "title", "description", "neededPerspectives", "neededServices"
  };

  static Topic topic(JsonIn in) throws ArchiveFormatException {
    in.fields();
    TopicId id = null;
    String title = null;
    String description = null;
    List<Perspective> perspectives = null;
    List<String> services = null;
    for (int f; (f = in.nextField(TOPIC)) >= 0; ) {
      String field = TOPIC[f];
      switch (f) {
        case 0 -> id = topicId(in.value(field));
        case 1 -> title = in.value(field).string();
        case 2 -> description = in.value(field).string();
        case 3 -> perspectives = in.value(field).enumSet(Perspective.class);
        default -> services = in.value(field).stringSet();
      }
    }
    in.require(id, "id");
    in.require(title, "title");
    in.require(perspectives, "neededPerspectives");
    in.require(services, "neededServices");
    try {
      return Topic.builder()
          .id(id)
          .title(title)
          .description(Optional.ofNullable(description))
          .neededPerspectives(perspectives)
          .neededServices(services)
          .build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
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

  private static final String[] SERIES = {
    "id",
    "topic",
    "title",
    "introduction",
    "concluded",
    "decisionMakers",
    "followUps",
    "circulations"
  };

  static Series series(JsonIn in) throws ArchiveFormatException {
    in.fields();
    SeriesId id = null;
    TopicId topic = null;
    String title = null;
    String introduction = null;
    Boolean concluded = null;
    List<DecisionMaker> decisionMakers = List.of();
    List<FollowUp> followUps = List.of();
    List<CirculationRecord> circulations = List.of();
    for (int f; (f = in.nextField(SERIES)) >= 0; ) {
      String field = SERIES[f];
      switch (f) {
        case 0 -> id = seriesId(in.value(field));
        case 1 -> topic = topicRef(in.value(field));
        case 2 -> title = in.value(field).string();
        case 3 -> introduction = in.personalValue(field).string();
        case 4 -> concluded = in.value(field).bool();
        case 5 -> decisionMakers = decisionMakers(in.value(field));
        case 6 -> followUps = followUps(in.value(field));
        default -> circulations = circulations(in.value(field));
      }
    }
    in.require(id, "id");
    in.require(topic, "topic");
    in.require(title, "title");
    in.require(concluded, "concluded");
    try {
      return Series.builder()
          .circulations(circulations)
          .decisionMakers(decisionMakers)
          .followUps(followUps)
          .id(id)
          .topic(topic)
          .title(title)
          .introduction(Optional.ofNullable(introduction))
          .concluded(concluded)
          .build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static List<DecisionMaker> decisionMakers(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<DecisionMaker> decisionMakers = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(decisionMakers.size())) != null; ) {
      decisionMakers.add(decisionMaker(e));
    }
    return decisionMakers;
  }

  private static List<FollowUp> followUps(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<FollowUp> followUps = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(followUps.size())) != null; ) {
      followUps.add(followUp(e));
    }
    return followUps;
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

  private static final String[] ORGANISATION = {"organisation", "name", "address", "kind"};

  private static final String[] IN_REGISTER = {"person", "kind"};

  /** A decision maker is an organisation or a person; the (small) object is looked into first. */
  private static DecisionMaker decisionMaker(JsonIn value) throws ArchiveFormatException {
    if (value.isObject()) {
      JsonIn in = value.buffered();
      if (in.hasField("organisation")) {
        return organisation(in);
      }
      value = in;
    }
    value.fields();
    PersonId person = null;
    DecisionMaker.Kind kind = null;
    for (int f; (f = value.nextField(IN_REGISTER)) >= 0; ) {
      if (f == 0) {
        person = PeopleJson.personRef(value.value(IN_REGISTER[0]));
      } else {
        kind = value.value(IN_REGISTER[1]).enumOf(DecisionMaker.Kind.class);
      }
    }
    value.require(person, IN_REGISTER[0]);
    value.require(kind, IN_REGISTER[1]);
    try {
      return DecisionMaker.of(person, kind);
    } catch (InvalidValueException e) {
      throw value.invalid(e);
    }
  }

  /** A decision maker that is an organisation: its name and address are personal. */
  private static Organisation organisation(JsonIn in) throws ArchiveFormatException {
    in.fields();
    OrganisationId id = null;
    String name = null;
    String address = null;
    DecisionMaker.Kind kind = null;
    for (int f; (f = in.nextField(ORGANISATION)) >= 0; ) {
      String field = ORGANISATION[f];
      switch (f) {
        case 0 -> id = organisationId(in.value(field));
        case 1 -> name = in.personalValue(field).string();
        case 2 -> address = in.personalValue(field).string();
        default -> kind = in.value(field).enumOf(DecisionMaker.Kind.class);
      }
    }
    in.require(id, "organisation");
    in.require(name, "name");
    in.require(address, "address");
    in.require(kind, "kind");
    try {
      return Organisation.of(id, name, address, kind);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
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

  private static final String[] TO_ORGANISATION = {
    "organisation", "circulation", "distributedOn", "due", "done"
  };

  private static final String[] TO_DECISION_MAKER = {
    "decisionMaker", "circulation", "distributedOn", "due", "done"
  };

  /**
   * A follow-up goes to an organisation or to a decision maker; the (small) object is looked into
   * first.
   */
  private static FollowUp followUp(JsonIn value) throws ArchiveFormatException {
    boolean object = value.isObject();
    JsonIn in = object ? value.buffered() : value;
    boolean toOrganisation = object && in.hasField("organisation");
    String[] known = toOrganisation ? TO_ORGANISATION : TO_DECISION_MAKER;
    in.fields();
    RecipientId to = null;
    String circulation = null;
    LocalDate distributedOn = null;
    LocalDate due = null;
    LocalDate done = null;
    for (int f; (f = in.nextField(known)) >= 0; ) {
      JsonIn field = in.value(known[f]);
      switch (f) {
        case 0 ->
            to =
                toOrganisation
                    ? RecipientId.of(organisationId(field))
                    : RecipientId.of(PeopleJson.personRef(field));
        case 1 -> circulation = field.string();
        case 2 -> distributedOn = field.date();
        case 3 -> due = field.date();
        default -> done = field.date();
      }
    }
    in.require(to, known[0]);
    in.require(circulation, "circulation");
    in.require(distributedOn, "distributedOn");
    in.require(due, "due");
    try {
      return new FollowUp(to, circulation, distributedOn, due, Optional.ofNullable(done));
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
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
    in.elements();
    List<CirculationRecord> list = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(list.size())) != null; ) {
      list.add(circulation(e));
    }
    if (list.isEmpty()) {
      throw in.invalidValue("must hold at least one circulation, or be left out", "[]");
    }
    return list;
  }

  private static final String[] CIRCULATION = {"on", "circulation", "purpose", "recipients"};

  private static CirculationRecord circulation(JsonIn in) throws ArchiveFormatException {
    in.fields();
    LocalDate on = null;
    String circulation = null;
    ConsentPurpose purpose = null;
    Integer recipients = null;
    for (int f; (f = in.nextField(CIRCULATION)) >= 0; ) {
      JsonIn value = in.value(CIRCULATION[f]);
      switch (f) {
        case 0 -> on = value.date();
        case 1 -> circulation = value.string();
        case 2 -> purpose = value.enumOf(ConsentPurpose.class);
        default -> recipients = value.integer();
      }
    }
    in.require(on, "on");
    in.require(circulation, "circulation");
    in.require(purpose, "purpose");
    in.require(recipients, "recipients");
    try {
      return CirculationRecord.of(on, circulation, purpose, recipients);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  static OrganisationId organisationId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    try {
      return OrganisationId.of(value);
    } catch (InvalidValueException e) {
      throw in.invalidHere(e);
    }
  }

  static TopicId topicId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    try {
      return TopicId.of(value);
    } catch (InvalidValueException e) {
      throw in.invalidHere(e);
    }
  }

  static TopicId topicRef(JsonIn in) throws ArchiveFormatException {
    // every session names its topic: one id for each
    TopicId id = in.madeOnce(in.refs().topicIds, TopicId::of);
    in.refs().check(in.refs().topics, id, in);
    return id;
  }

  static SeriesId seriesId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    try {
      return SeriesId.of(value);
    } catch (InvalidValueException e) {
      throw in.invalidHere(e);
    }
  }

  static SeriesId seriesRef(JsonIn in) throws ArchiveFormatException {
    SeriesId id = seriesId(in);
    in.refs().check(in.refs().series, id, in);
    return id;
  }
}
