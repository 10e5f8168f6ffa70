package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.NODES;
import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.consent.ConsentBasis;
import org.communityofpractice.core.consent.ConsentDecision;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The consent ledger, event by event in the order recorded. A person's decisions are personal: no
 * error message shows what is inside an event's terms, only where it is.
 */
final class ConsentJson {
  private ConsentJson() {}

  static JsonNode ledger(ConsentLedger ledger) {
    ObjectNode o = object();
    o.set("events", array(ledger.events(), ConsentJson::event));
    return o;
  }

  private static final String[] LEDGER = {"events"};

  static ConsentLedger ledger(JsonIn in) throws ArchiveFormatException {
    in.fields();
    List<ConsentEvent> events = null;
    while (in.nextField(LEDGER) >= 0) {
      events = events(in.value(LEDGER[0]));
    }
    in.require(events, LEDGER[0]);
    try {
      return ConsentLedger.of(events);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static List<ConsentEvent> events(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<ConsentEvent> events = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(events.size())) != null; ) {
      events.add(event(e));
    }
    return events;
  }

  /** The community's consent rules, {@code {"expiresAfter": "P2Y", "currentNotice": "2017-1"}}. */
  static JsonNode rules(ConsentRules rules) {
    ObjectNode o = object();
    rules.expiresAfter().ifPresent(p -> o.set("expiresAfter", text(p.toString())));
    rules.currentNotice().ifPresent(n -> o.set("currentNotice", text(n.value())));
    return o;
  }

  private static final String[] RULES = {"expiresAfter", "currentNotice"};

  static ConsentRules rules(JsonIn in) throws ArchiveFormatException {
    in.fields();
    Period expiry = null;
    NoticeVersion notice = null;
    for (int f; (f = in.nextField(RULES)) >= 0; ) {
      if (f == 0) {
        expiry = period(in.value(RULES[0]));
      } else {
        notice = notice(in.value(RULES[1]));
      }
    }
    try {
      return new ConsentRules(Optional.ofNullable(expiry), Optional.ofNullable(notice));
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static Period period(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    try {
      return Period.parse(value);
    } catch (DateTimeParseException e) {
      throw in.invalidHere(
          InvalidValueException.of(
              "expiresAfter", "must be an ISO-8601 period such as P2Y", value));
    }
  }

  static JsonNode event(ConsentEvent event) {
    ObjectNode o = object();
    o.set("decision", JsonOut.name(event.decision()));
    o.set("terms", terms(event.terms()));
    return o;
  }

  private static final String[] EVENT = {"decision", "terms"};

  /** A consent decision: its terms are personal. */
  static ConsentEvent event(JsonIn in) throws ArchiveFormatException {
    in.fields();
    ConsentDecision decision = null;
    ConsentTerms terms = null;
    for (int f; (f = in.nextField(EVENT)) >= 0; ) {
      if (f == 0) {
        decision = in.value(EVENT[0]).enumOf(ConsentDecision.class);
      } else {
        terms = terms(in.personalValue(EVENT[1]));
      }
    }
    in.require(decision, EVENT[0]);
    in.require(terms, EVENT[1]);
    try {
      return new ConsentEvent(decision, terms);
    } catch (InvalidValueException e) {
      throw in.personal().invalid(e);
    }
  }

  static JsonNode terms(ConsentTerms t) {
    ObjectNode o = object();
    o.set("person", text(t.person()));
    o.set("purpose", JsonOut.name(t.purpose()));
    o.set("at", JsonOut.instant(t.at()));
    o.set("method", JsonOut.name(t.method()));
    o.set("notice", text(t.notice()));
    o.set("recordedBy", actor(t.recordedBy()));
    o.set("explicit", NODES.booleanNode(t.explicit()));
    optional(o, "confirmingWording", t.confirmingWording(), JsonOut::text);
    o.set("basis", JsonOut.name(t.basis()));
    return o;
  }

  private static final String[] TERMS = {
    "person",
    "purpose",
    "at",
    "method",
    "notice",
    "recordedBy",
    "explicit",
    "confirmingWording",
    "basis"
  };

  /** A decision's terms, personal wherever they are read. */
  static ConsentTerms terms(JsonIn in) throws ArchiveFormatException {
    JsonIn personal = in.personal();
    personal.fields();
    PersonId person = null;
    ConsentPurpose purpose = null;
    Instant at = null;
    ConsentMethod method = null;
    NoticeVersion notice = null;
    Actor recordedBy = null;
    Boolean explicit = null;
    String wording = null;
    ConsentBasis basis = null;
    for (int f; (f = personal.nextField(TERMS)) >= 0; ) {
      JsonIn value = personal.value(TERMS[f]);
      switch (f) {
        case 0 -> person = PeopleJson.personRef(value);
        case 1 -> purpose = value.enumOf(ConsentPurpose.class);
        case 2 -> at = value.instant();
        case 3 -> method = value.enumOf(ConsentMethod.class);
        case 4 -> notice = notice(value);
        case 5 -> recordedBy = recorder(value);
        case 6 -> explicit = value.bool();
        case 7 -> wording = value.string();
        default -> basis = value.enumOf(ConsentBasis.class);
      }
    }
    personal.require(person, "person");
    personal.require(purpose, "purpose");
    personal.require(at, "at");
    personal.require(method, "method");
    personal.require(notice, "notice");
    personal.require(recordedBy, "recordedBy");
    personal.require(explicit, "explicit");
    personal.require(basis, "basis");
    try {
      return ConsentTerms.builder()
          .person(person)
          .purpose(purpose)
          .at(at)
          .method(method)
          .notice(notice)
          .recordedBy(recordedBy)
          .explicit(explicit)
          .confirmingWording(Optional.ofNullable(wording))
          .basis(basis)
          .build();
    } catch (InvalidValueException e) {
      throw personal.invalid(e);
    }
  }

  static NoticeVersion notice(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    try {
      return NoticeVersion.of(value);
    } catch (InvalidValueException e) {
      throw in.invalidHere(e);
    }
  }

  /**
   * A member by id, {@code {"person": "p-sxgzkzw8zqr2"}}, or a role, {@code {"role":
   * "facilitator"}}.
   */
  static JsonNode actor(Actor actor) {
    ObjectNode o = object();
    optional(o, "person", actor.personId(), JsonOut::text);
    optional(o, "role", actor.role(), JsonOut::text);
    return o;
  }

  /**
   * An actor whose member id is not checked against the register (erasures keep naming erased
   * actors).
   */
  static Actor actor(JsonIn in) throws ArchiveFormatException {
    return actor(in, false);
  }

  /** The recorder of a consent decision: a member must be held or tombstoned. */
  static Actor recorder(JsonIn in) throws ArchiveFormatException {
    return actor(in, true);
  }

  private static final String[] ACTOR = {"person", "role"};

  /** An actor, its member id checked against the register or not. */
  private static Actor actor(JsonIn in, boolean checked) throws ArchiveFormatException {
    in.fields();
    PersonId id = null;
    String role = null;
    for (int f; (f = in.nextField(ACTOR)) >= 0; ) {
      if (f == 0) {
        JsonIn value = in.value(ACTOR[0]);
        id = checked ? PeopleJson.personRef(value) : PeopleJson.personId(value);
      } else {
        role = in.value(ACTOR[1]).string();
      }
    }
    if (id == null && role == null) {
      throw ArchiveFormatException.at(
          ArchiveFormatException.Kind.MISSING_FIELD,
          in.path(),
          "must hold a person or a role",
          "neither",
          false);
    }
    if (id != null && role != null) {
      throw in.invalidValue("must hold a person or a role, not both", "both");
    }
    if (id != null) {
      return Actor.person(id);
    }
    try {
      return Actor.role(role);
    } catch (InvalidValueException e) {
      // the model names the field from the holder of the actor: "actor.role"
      throw ArchiveFormatException.invalidAt(JsonIn.field(in.path(), "role"), e, in.isPersonal());
    }
  }
}
