package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.consent.ConsentBasis;
import org.communityofpractice.core.consent.ConsentDecision;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.AuditEntry;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Restriction;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.people.Tombstone;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The consent ledger and the register's rights records: restrictions, tombstones and the audit.
 * None of them holds personal data beyond person ids; the confirming wording of explicit consent is
 * the notice's text, but is treated as personal in errors all the same, since a recorder may have
 * written the person's own words.
 */
final class ConsentJson {
  private ConsentJson() {}

  // ---- the ledger ----

  static JsonNode ledger(ConsentLedger ledger) {
    ObjectNode o = object();
    o.set("events", array(ledger.events(), ConsentJson::event));
    return o;
  }

  static ConsentLedger ledger(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("events");
    List<ConsentEvent> events = o.list("events", ConsentJson::event);
    return in.build(() -> ConsentLedger.of(events));
  }

  static JsonNode event(ConsentEvent e) {
    ConsentTerms t = e.terms();
    ObjectNode o = object();
    o.set("decision", JsonOut.name(e.decision()));
    o.set("person", text(t.person()));
    o.set("purpose", JsonOut.name(t.purpose()));
    o.set("at", JsonOut.instant(t.at()));
    o.set("method", JsonOut.name(t.method()));
    o.set("notice", text(t.notice().value()));
    o.set("recordedBy", actor(t.recordedBy()));
    o.put("explicit", t.explicit());
    optional(o, "confirmingWording", t.confirmingWording(), JsonOut::text);
    o.set("basis", JsonOut.name(t.basis()));
    return o;
  }

  static ConsentEvent event(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object(
        "decision", "person", "purpose", "at", "method", "notice", "recordedBy", "explicit", "confirmingWording",
        "basis");
    ConsentDecision decision = o.required("decision", e -> e.enumOf(ConsentDecision.class));
    PersonId person = o.required("person", PeopleJson::personRef);
    ConsentPurpose purpose = o.required("purpose", e -> e.enumOf(ConsentPurpose.class));
    Instant at = o.required("at", JsonIn::instant);
    ConsentMethod method = o.required("method", e -> e.enumOf(ConsentMethod.class));
    NoticeVersion notice = o.required("notice", ConsentJson::notice);
    Actor recordedBy = o.required("recordedBy", ConsentJson::actor);
    boolean explicit = o.required("explicit", JsonIn::bool);
    Optional<String> wording = o.optionalPersonal("confirmingWording", JsonIn::string);
    ConsentBasis basis = o.required("basis", e -> e.enumOf(ConsentBasis.class));
    ConsentTerms terms = in.build(() -> ConsentTerms.builder()
        .person(person)
        .purpose(purpose)
        .at(at)
        .method(method)
        .notice(notice)
        .recordedBy(recordedBy)
        .explicit(explicit)
        .confirmingWording(wording)
        .basis(basis)
        .build());
    // the model nests the terms inside the event; the JSON keeps them flat
    return in.build(() -> {
      try {
        return new ConsentEvent(decision, terms);
      } catch (InvalidValueException e) {
        throw InvalidValueException.of(e.field().replaceFirst("^terms\\.", ""), e.expectation(), e.value());
      }
    });
  }

  static NoticeVersion notice(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> NoticeVersion.of(value));
  }

  // ---- who did it ----

  /** {@code {"person": "p-chair"}} or {@code {"role": "facilitator"}}. */
  static JsonNode actor(Actor actor) {
    ObjectNode o = object();
    optional(o, "person", actor.personId(), JsonOut::text);
    optional(o, "role", actor.role(), JsonOut::text);
    return o;
  }

  static Actor actor(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("person", "role");
    Optional<PersonId> person = o.optional("person", PeopleJson::personRef);
    Optional<String> role = o.optionalPersonal("role", JsonIn::string);
    if (person.isPresent() == role.isPresent()) {
      throw in.invalidValue("must hold exactly one of person and role", null);
    }
    return person.isPresent() ? Actor.person(person.get()) : in.personal().build(() -> Actor.role(role.get()));
  }

  // ---- the register's rights records ----

  static JsonNode restriction(Restriction r) {
    ObjectNode o = object();
    o.set("since", JsonOut.instant(r.since()));
    o.set("ground", JsonOut.name(r.ground()));
    return o;
  }

  static Restriction restriction(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("since", "ground");
    Instant since = o.required("since", JsonIn::instant);
    RestrictionGround ground = o.required("ground", e -> e.enumOf(RestrictionGround.class));
    return in.build(() -> Restriction.of(since, ground));
  }

  static JsonNode tombstone(Tombstone t) {
    ObjectNode o = object();
    o.set("id", text(t.id()));
    o.set("erasedAt", JsonOut.instant(t.erasedAt()));
    o.set("actor", actor(t.actor()));
    o.set("ground", JsonOut.name(t.ground()));
    return o;
  }

  /** A tombstone, whose id is defined here; its actor may name only people read before it. */
  static Tombstone tombstone(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("id", "erasedAt", "actor", "ground");
    PersonId id = o.required("id", PeopleJson::personId);
    Instant erasedAt = o.required("erasedAt", JsonIn::instant);
    Actor actor = o.required("actor", ConsentJson::actor);
    ErasureGround ground = o.required("ground", e -> e.enumOf(ErasureGround.class));
    return in.build(() -> new Tombstone(id, erasedAt, actor, ground));
  }

  static JsonNode audit(AuditEntry e) {
    ObjectNode o = object();
    o.set("at", JsonOut.instant(e.at()));
    o.set("person", text(e.person()));
    o.set("action", JsonOut.name(e.action()));
    o.set("fields", array(e.fields(), JsonOut::text));
    o.set("actor", actor(e.actor()));
    return o;
  }

  static AuditEntry audit(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("at", "person", "action", "fields", "actor");
    Instant at = o.required("at", JsonIn::instant);
    PersonId person = o.required("person", PeopleJson::personRef);
    AuditEntry.AuditAction action = o.required("action", e -> e.enumOf(AuditEntry.AuditAction.class));
    List<String> fields = o.list("fields", JsonIn::string);
    Actor actor = o.required("actor", ConsentJson::actor);
    return in.build(() -> new AuditEntry(at, person, action, fields, actor));
  }
}
