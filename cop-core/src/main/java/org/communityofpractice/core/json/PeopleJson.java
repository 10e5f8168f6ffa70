package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.sorted;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
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
    o.set("tombstones", array(register.tombstones(), ConsentJson::tombstone));
    o.set("audit", array(register.audit(), ConsentJson::audit));
    return o;
  }

  static MemberRegister register(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("people", "tombstones", "audit");
    var people = o.list("people", PeopleJson::person);
    people.forEach(p -> in.refs().people.add(p.id()));
    // a tombstone's actor may be a person erased later, whose tombstone comes after it
    for (JsonNode t : in.node().path("tombstones")) {
      if (t.path("id").isTextual()) {
        try {
          in.refs().people.add(PersonId.of(t.path("id").textValue()));
        } catch (IllegalArgumentException ignored) {
          // reported where the tombstone is read
        }
      }
    }
    var tombstones = o.list("tombstones", ConsentJson::tombstone);
    var audit = o.list("audit", ConsentJson::audit);
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
    optional(o, "restriction", person.restriction(), ConsentJson::restriction);
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
    var restriction = o.optional("restriction", ConsentJson::restriction);
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

  /** A person's id where it is defined: in the register. */
  static PersonId personId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> PersonId.of(value));
  }

  /** A reference to a person, who must be held by the register. */
  static PersonId personRef(JsonIn in) throws ArchiveFormatException {
    PersonId id = personId(in);
    if (!in.refs().knowsPerson(id)) {
      throw in.dangling("must name a person held by the register", id);
    }
    return id;
  }
}
