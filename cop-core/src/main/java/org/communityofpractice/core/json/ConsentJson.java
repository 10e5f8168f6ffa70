package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.NODES;
import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  static ConsentLedger ledger(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("events");
    var events = o.list("events", ConsentJson::event);
    o.read();
    return in.build(() -> ConsentLedger.of(events.get()));
  }

  /** The community's consent rules, {@code {"expiresAfter": "P2Y", "currentNotice": "2017-1"}}. */
  static JsonNode rules(ConsentRules rules) {
    ObjectNode o = object();
    rules.expiresAfter().ifPresent(p -> o.set("expiresAfter", text(p.toString())));
    rules.currentNotice().ifPresent(n -> o.set("currentNotice", text(n.value())));
    return o;
  }

  static ConsentRules rules(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("expiresAfter", "currentNotice");
    var expiry = o.optional("expiresAfter", ConsentJson::period);
    var notice = o.optional("currentNotice", ConsentJson::notice);
    o.read();
    return in.build(() -> new ConsentRules(expiry.get(), notice.get()));
  }

  private static java.time.Period period(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(
        () -> {
          try {
            return java.time.Period.parse(value);
          } catch (java.time.format.DateTimeParseException e) {
            throw org.communityofpractice.core.validation.InvalidValueException.of(
                "expiresAfter", "must be an ISO-8601 period such as P2Y", value);
          }
        });
  }

  static JsonNode event(ConsentEvent event) {
    ObjectNode o = object();
    o.set("decision", JsonOut.name(event.decision()));
    o.set("terms", terms(event.terms()));
    return o;
  }

  static ConsentEvent event(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("decision", "terms");
    var decision = o.required("decision", e -> e.enumOf(ConsentDecision.class));
    var terms = o.requiredPersonal("terms", ConsentJson::terms);
    o.read();
    return in.personal().build(() -> new ConsentEvent(decision.get(), terms.get()));
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

  static ConsentTerms terms(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o =
        in.personal()
            .object(
                "person",
                "purpose",
                "at",
                "method",
                "notice",
                "recordedBy",
                "explicit",
                "confirmingWording",
                "basis");
    var person = o.required("person", PeopleJson::personRef);
    var purpose = o.required("purpose", e -> e.enumOf(ConsentPurpose.class));
    var at = o.required("at", JsonIn::instant);
    var method = o.required("method", e -> e.enumOf(ConsentMethod.class));
    var notice = o.required("notice", ConsentJson::notice);
    var recordedBy = o.required("recordedBy", ConsentJson::recorder);
    var explicit = o.required("explicit", JsonIn::bool);
    var wording = o.optional("confirmingWording", JsonIn::string);
    var basis = o.required("basis", e -> e.enumOf(ConsentBasis.class));
    o.read();
    return in.personal()
        .build(
            () ->
                ConsentTerms.builder()
                    .person(person.get())
                    .purpose(purpose.get())
                    .at(at.get())
                    .method(method.get())
                    .notice(notice.get())
                    .recordedBy(recordedBy.get())
                    .explicit(explicit.get())
                    .confirmingWording(wording.get())
                    .basis(basis.get())
                    .build());
  }

  static NoticeVersion notice(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> NoticeVersion.of(value));
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
    return actor(in, PeopleJson::personId);
  }

  /** The recorder of a consent decision: a member must be held or tombstoned. */
  static Actor recorder(JsonIn in) throws ArchiveFormatException {
    return actor(in, PeopleJson::personRef);
  }

  private static Actor actor(
      JsonIn in, Decoder<org.communityofpractice.core.people.PersonId> person)
      throws ArchiveFormatException {
    JsonIn.Obj o = in.object("person", "role");
    var id = o.optional("person", person);
    var role = o.optional("role", JsonIn::string);
    o.read();
    if (id.get().isEmpty() && role.get().isEmpty()) {
      throw ArchiveFormatException.at(
          ArchiveFormatException.Kind.MISSING_FIELD,
          in.path(),
          "must hold a person or a role",
          "neither",
          false);
    }
    if (id.get().isPresent() && role.get().isPresent()) {
      throw in.invalidValue("must hold a person or a role, not both", "both");
    }
    if (id.get().isPresent()) {
      return Actor.person(id.get().get());
    }
    try {
      return Actor.role(role.get().get());
    } catch (org.communityofpractice.core.validation.InvalidValueException e) {
      // the model names the field from the holder of the actor: "actor.role"
      throw ArchiveFormatException.invalidAt(JsonIn.field(in.path(), "role"), e, in.isPersonal());
    }
  }
}
