package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.sorted;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.people.AuditEntry;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Restriction;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.people.Tombstone;

/**
 * The register and the people in it. Everything about a person but their id is personal: no error
 * message shows it.
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
    // what the rest of the community may name: people held and the opaque ids of people erased
    var people = o.list("people", e -> defined(e, PeopleJson.person(e), Person::id));
    var tombstones = o.list("tombstones", e -> defined(e, PeopleJson.tombstone(e), Tombstone::id));
    var audit = o.list("audit", PeopleJson::auditEntry);
    o.read();
    in.refs().complete(in.refs().people);
    return in.build(
        () ->
            MemberRegister.builder()
                .people(people.get())
                .tombstones(tombstones.get())
                .audit(audit.get())
                .build());
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
            "id",
            "name",
            "contact",
            "role",
            "place",
            "organisation",
            "perspectives",
            "sector",
            "livedExperience",
            "joined",
            "restriction");
    var id = o.required("id", PeopleJson::personId);
    var name = o.requiredPersonal("name", JsonIn::string);
    var contact = o.requiredPersonal("contact", PeopleJson::contact);
    var role = o.optionalPersonal("role", JsonIn::string);
    var place = o.optionalPersonal("place", JsonIn::string);
    var organisation = o.optionalPersonal("organisation", JsonIn::string);
    var perspectives = o.setPersonal("perspectives", e -> e.enumOf(Perspective.class));
    var sector = o.optionalPersonal("sector", e -> e.enumOf(Sector.class));
    var lived = o.setPersonal("livedExperience", e -> e.enumOf(LivedExperience.class));
    var joined = o.optionalPersonal("joined", JsonIn::date);
    var restriction = o.optionalPersonal("restriction", PeopleJson::restriction);
    o.read();
    return in.personal()
        .build(
            () ->
                Person.builder()
                    .id(id.get())
                    .name(name.get())
                    .contact(contact.get())
                    .role(role.get())
                    .place(place.get())
                    .organisation(organisation.get())
                    .perspectives(perspectives.get())
                    .sector(sector.get())
                    .livedExperience(lived.get())
                    .joined(joined.get())
                    .restriction(restriction.get())
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
    var email = o.optionalPersonal("email", JsonIn::string);
    var phone = o.optionalPersonal("phone", JsonIn::string);
    o.read();
    return in.personal()
        .build(() -> ContactDetails.of(email.get().orElse(null), phone.get().orElse(null)));
  }

  static JsonNode restriction(Restriction r) {
    ObjectNode o = object();
    o.set("since", JsonOut.instant(r.since()));
    o.set("ground", JsonOut.name(r.ground()));
    return o;
  }

  static Restriction restriction(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("since", "ground");
    var since = o.required("since", JsonIn::instant);
    var ground = o.required("ground", e -> e.enumOf(RestrictionGround.class));
    o.read();
    return in.build(() -> Restriction.of(since.get(), ground.get()));
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
    var id = o.required("id", PeopleJson::personId);
    var erasedAt = o.required("erasedAt", JsonIn::instant);
    var actor = o.required("actor", ConsentJson::actor);
    var ground = o.required("ground", e -> e.enumOf(ErasureGround.class));
    o.read();
    return in.build(() -> new Tombstone(id.get(), erasedAt.get(), actor.get(), ground.get()));
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
    var at = o.required("at", JsonIn::instant);
    var person = o.required("person", PeopleJson::personRef);
    var action = o.required("action", e -> e.enumOf(AuditEntry.AuditAction.class));
    var fields = o.list("fields", JsonIn::string);
    var actor = o.required("actor", ConsentJson::actor);
    o.read();
    return in.build(
        () -> new AuditEntry(at.get(), person.get(), action.get(), fields.get(), actor.get()));
  }

  /** A person's id where it is defined: in the register. */
  private static <T> T defined(JsonIn in, T value, java.util.function.Function<T, PersonId> id) {
    in.refs().definePerson(id.apply(value));
    return value;
  }

  static PersonId personId(JsonIn in) throws ArchiveFormatException {
    return written(in).id;
  }

  private static Refs.WrittenPerson written(JsonIn in) throws ArchiveFormatException {
    return in.madeOnce(in.refs().persons, Refs::person);
  }

  /** An array of references to people, each as {@link #personRef} reads it. */
  static List<PersonId> personRefs(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<PersonId> people = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(people.size())) != null; ) {
      people.add(personRef(e));
    }
    return people;
  }

  /**
   * A reference to a person, who must be held by the register (or be an erased person's opaque id).
   */
  static PersonId personRef(JsonIn in) throws ArchiveFormatException {
    Refs.WrittenPerson person = written(in);
    in.refs().checkPerson(person, in);
    return person.id;
  }
}
