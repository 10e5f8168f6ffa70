package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.sorted;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.AuditEntry;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.Restriction;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.people.Tombstone;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;

/**
 * The register and the people in it. Everything about a person but their id is personal: no
 * error message shows it.
 */
final class PeopleJson {
  private PeopleJson() {}

  static JsonNode register(MemberRegister register) {
    ObjectNode o = object();
    o.set("people", array(register.people(), PeopleJson::person));
    o.set("tombstones", array(register.tombstones(), PeopleJson::tombstone));
    o.set("audit", array(register.audit(), PeopleJson::auditEntry));
    return o;
  }

  static MemberRegister register(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("people", "tombstones", "audit");
    var people = o.list("people", PeopleJson::person);
    var tombstones = o.list("tombstones", PeopleJson::tombstone);
    // what the rest of the community may name: people held and the opaque ids of people erased
    people.forEach(p -> in.refs().people.add(p.id()));
    tombstones.forEach(t -> in.refs().people.add(t.id()));
    var audit = o.list("audit", PeopleJson::auditEntry);
    return in.build(() -> MemberRegister.builder().people(people).tombstones(tombstones).audit(audit).build());
  }

  static JsonNode person(Person person) {
    ObjectNode o = object();
    o.set("id", text(person.id()));
    o.set("name", text(person.name()));
    o.set("contact", contact(person.contact()));
    optional(o, "role", person.role(), JsonOut::text);
    optional(o, "place", person.place(), JsonOut::text);
    optional(o, "organisation", person.organisation(), JsonOut::text);
    o.set("perspectives", sorted(person.perspectives(), JsonOut::name));
    optional(o, "sector", person.sector(), JsonOut::name);
    o.set("livedExperience", sorted(person.livedExperience(), JsonOut::name));
    optional(o, "joined", person.joined(), JsonOut::date);
    optional(o, "restriction", person.restriction(), PeopleJson::restriction);
    return o;
  }

  static Person person(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o =
        in.object(
            "id", "name", "contact", "role", "place", "organisation", "perspectives", "sector",
            "livedExperience", "joined", "restriction");
    PersonId id = o.required("id", PeopleJson::personId);
    String name = o.requiredPersonal("name", JsonIn::string);
    ContactDetails contact = o.requiredPersonal("contact", PeopleJson::contact);
    Optional<String> role = o.optionalPersonal("role", JsonIn::string);
    Optional<String> place = o.optionalPersonal("place", JsonIn::string);
    Optional<String> organisation = o.optionalPersonal("organisation", JsonIn::string);
    var perspectives = o.setPersonal("perspectives", e -> e.enumOf(Perspective.class));
    Optional<Sector> sector = o.optionalPersonal("sector", e -> e.enumOf(Sector.class));
    var lived = o.setPersonal("livedExperience", e -> e.enumOf(LivedExperience.class));
    var joined = o.optionalPersonal("joined", JsonIn::date);
    var restriction = o.optionalPersonal("restriction", PeopleJson::restriction);
    return in.personal().build(() -> Person.builder()
        .id(id)
        .name(name)
        .contact(contact)
        .role(role)
        .place(place)
        .organisation(organisation)
        .perspectives(perspectives)
        .sector(sector)
        .livedExperience(lived)
        .joined(joined)
        .restriction(restriction)
        .build());
  }

  static JsonNode contact(ContactDetails contact) {
    ObjectNode o = object();
    optional(o, "email", contact.email(), JsonOut::text);
    optional(o, "phone", contact.phone(), JsonOut::text);
    return o;
  }

  static ContactDetails contact(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.personal().object("email", "phone");
    Optional<String> email = o.optionalPersonal("email", JsonIn::string);
    Optional<String> phone = o.optionalPersonal("phone", JsonIn::string);
    return in.personal().build(() -> ContactDetails.of(email.orElse(null), phone.orElse(null)));
  }

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
    o.set("actor", ConsentJson.actor(t.actor()));
    o.set("ground", JsonOut.name(t.ground()));
    return o;
  }

  static Tombstone tombstone(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("id", "erasedAt", "actor", "ground");
    PersonId id = o.required("id", PeopleJson::personId);
    Instant erasedAt = o.required("erasedAt", JsonIn::instant);
    Actor actor = o.required("actor", ConsentJson::actor);
    ErasureGround ground = o.required("ground", e -> e.enumOf(ErasureGround.class));
    return in.build(() -> new Tombstone(id, erasedAt, actor, ground));
  }

  static JsonNode auditEntry(AuditEntry a) {
    ObjectNode o = object();
    o.set("at", JsonOut.instant(a.at()));
    o.set("person", text(a.person()));
    o.set("action", JsonOut.name(a.action()));
    o.set("fields", array(a.fields(), JsonOut::text));
    o.set("actor", ConsentJson.actor(a.actor()));
    return o;
  }

  static AuditEntry auditEntry(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("at", "person", "action", "fields", "actor");
    Instant at = o.required("at", JsonIn::instant);
    PersonId person = o.required("person", PeopleJson::personRef);
    AuditEntry.AuditAction action = o.required("action", e -> e.enumOf(AuditEntry.AuditAction.class));
    var fields = o.list("fields", JsonIn::string);
    Actor actor = o.required("actor", ConsentJson::actor);
    return in.build(() -> new AuditEntry(at, person, action, fields, actor));
  }

  /** A person's id where it is defined: in the register. */
  static PersonId personId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> PersonId.of(value));
  }

  /** A reference to a person, who must be held by the register (or be an erased person's opaque id). */
  static PersonId personRef(JsonIn in) throws ArchiveFormatException {
    PersonId id = personId(in);
    if (!in.refs().knowsPerson(id)) {
      throw in.dangling("must name a person held by the register", id);
    }
    return id;
  }
}
