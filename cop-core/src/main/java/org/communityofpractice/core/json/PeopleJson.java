package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.sorted;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.people.Actor;
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
import org.communityofpractice.core.validation.InvalidValueException;

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

  private static final String[] REGISTER = {"people", "tombstones", "audit"};

  static MemberRegister register(JsonIn in) throws ArchiveFormatException {
    in.fields();
    List<Person> people = null;
    List<Tombstone> tombstones = null;
    List<AuditEntry> audit = null;
    for (int f; (f = in.nextField(REGISTER)) >= 0; ) {
      String field = REGISTER[f];
      switch (f) {
        case 0 -> people = people(in.value(field));
        case 1 -> tombstones = tombstones(in.value(field));
        default -> audit = audit(in.value(field));
      }
    }
    in.require(people, "people");
    in.require(tombstones, "tombstones");
    in.require(audit, "audit");
    in.refs().complete(in.refs().people);
    try {
      return MemberRegister.builder().people(people).tombstones(tombstones).audit(audit).build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  /** The people held, each defined as read: the rest of the community may name them. */
  private static List<Person> people(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Person> people = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(people.size())) != null; ) {
      Person person = person(e);
      e.refs().definePerson(person.id());
      people.add(person);
    }
    return people;
  }

  /** The people erased, whose opaque ids the rest of the community may still name. */
  private static List<Tombstone> tombstones(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Tombstone> tombstones = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(tombstones.size())) != null; ) {
      Tombstone tombstone = tombstone(e);
      e.refs().definePerson(tombstone.id());
      tombstones.add(tombstone);
    }
    return tombstones;
  }

  private static List<AuditEntry> audit(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<AuditEntry> audit = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(audit.size())) != null; ) {
      audit.add(auditEntry(e));
    }
    return audit;
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

  private static final String[] PERSON = {
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
    "restriction"
  };

  /** A person: everything but their id is personal. */
  static Person person(JsonIn in) throws ArchiveFormatException {
    in.fields();
    PersonId id = null;
    String name = null;
    ContactDetails contact = null;
    String role = null;
    String place = null;
    String organisation = null;
    List<Perspective> perspectives = null;
    Sector sector = null;
    List<LivedExperience> lived = null;
    LocalDate joined = null;
    Restriction restriction = null;
    for (int f; (f = in.nextField(PERSON)) >= 0; ) {
      String field = PERSON[f];
      switch (f) {
        case 0 -> id = personId(in.value(field));
        case 1 -> name = in.personalValue(field).string();
        case 2 -> contact = contact(in.personalValue(field));
        case 3 -> role = in.personalValue(field).string();
        case 4 -> place = in.personalValue(field).string();
        case 5 -> organisation = in.personalValue(field).string();
        case 6 -> perspectives = in.personalValue(field).enumSet(Perspective.class);
        case 7 -> sector = in.personalValue(field).enumOf(Sector.class);
        case 8 -> lived = in.personalValue(field).enumSet(LivedExperience.class);
        case 9 -> joined = in.personalValue(field).date();
        default -> restriction = restriction(in.personalValue(field));
      }
    }
    in.require(id, "id");
    in.require(name, "name");
    in.require(contact, "contact");
    in.require(perspectives, "perspectives");
    in.require(lived, "livedExperience");
    try {
      return Person.builder()
          .id(id)
          .name(name)
          .contact(contact)
          .role(Optional.ofNullable(role))
          .place(Optional.ofNullable(place))
          .organisation(Optional.ofNullable(organisation))
          .perspectives(perspectives)
          .sector(Optional.ofNullable(sector))
          .livedExperience(lived)
          .joined(Optional.ofNullable(joined))
          .restriction(Optional.ofNullable(restriction))
          .build();
    } catch (InvalidValueException e) {
      throw in.personal().invalid(e);
    }
  }

  static JsonNode contact(ContactDetails contact) {
    ObjectNode o = object();
    optional(o, "email", contact.email(), JsonOut::text);
    optional(o, "phone", contact.phone(), JsonOut::text);
    return o;
  }

  private static final String[] CONTACT = {"email", "phone"};

  /** A person's contact details, personal wherever they are read. */
  static ContactDetails contact(JsonIn in) throws ArchiveFormatException {
    JsonIn personal = in.personal();
    personal.fields();
    String email = null;
    String phone = null;
    for (int f; (f = personal.nextField(CONTACT)) >= 0; ) {
      if (f == 0) {
        email = personal.personalValue(CONTACT[0]).string();
      } else {
        phone = personal.personalValue(CONTACT[1]).string();
      }
    }
    try {
      return ContactDetails.of(email, phone);
    } catch (InvalidValueException e) {
      throw personal.invalid(e);
    }
  }

  static JsonNode restriction(Restriction r) {
    ObjectNode o = object();
    o.set("since", JsonOut.instant(r.since()));
    o.set("ground", JsonOut.name(r.ground()));
    return o;
  }

  private static final String[] RESTRICTION = {"since", "ground"};

  static Restriction restriction(JsonIn in) throws ArchiveFormatException {
    in.fields();
    Instant since = null;
    RestrictionGround ground = null;
    for (int f; (f = in.nextField(RESTRICTION)) >= 0; ) {
      if (f == 0) {
        since = in.value(RESTRICTION[0]).instant();
      } else {
        ground = in.value(RESTRICTION[1]).enumOf(RestrictionGround.class);
      }
    }
    in.require(since, RESTRICTION[0]);
    in.require(ground, RESTRICTION[1]);
    try {
      return Restriction.of(since, ground);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  static JsonNode tombstone(Tombstone t) {
    ObjectNode o = object();
    o.set("id", text(t.id()));
    o.set("erasedAt", JsonOut.instant(t.erasedAt()));
    o.set("actor", ConsentJson.actor(t.actor()));
    o.set("ground", JsonOut.name(t.ground()));
    return o;
  }

  private static final String[] TOMBSTONE = {"id", "erasedAt", "actor", "ground"};

  static Tombstone tombstone(JsonIn in) throws ArchiveFormatException {
    in.fields();
    PersonId id = null;
    Instant erasedAt = null;
    Actor actor = null;
    ErasureGround ground = null;
    for (int f; (f = in.nextField(TOMBSTONE)) >= 0; ) {
      String field = TOMBSTONE[f];
      switch (f) {
        case 0 -> id = personId(in.value(field));
        case 1 -> erasedAt = in.value(field).instant();
        case 2 -> actor = ConsentJson.actor(in.value(field));
        default -> ground = in.value(field).enumOf(ErasureGround.class);
      }
    }
    in.require(id, "id");
    in.require(erasedAt, "erasedAt");
    in.require(actor, "actor");
    in.require(ground, "ground");
    try {
      return new Tombstone(id, erasedAt, actor, ground);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
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

  private static final String[] AUDIT_ENTRY = {"at", "person", "action", "fields", "actor"};

  static AuditEntry auditEntry(JsonIn in) throws ArchiveFormatException {
    in.fields();
    Instant at = null;
    PersonId person = null;
    AuditEntry.AuditAction action = null;
    List<String> fields = null;
    Actor actor = null;
    for (int f; (f = in.nextField(AUDIT_ENTRY)) >= 0; ) {
      String field = AUDIT_ENTRY[f];
      switch (f) {
        case 0 -> at = in.value(field).instant();
        case 1 -> person = personRef(in.value(field));
        case 2 -> action = in.value(field).enumOf(AuditEntry.AuditAction.class);
        case 3 -> fields = in.value(field).strings();
        default -> actor = ConsentJson.actor(in.value(field));
      }
    }
    in.require(at, "at");
    in.require(person, "person");
    in.require(action, "action");
    in.require(fields, "fields");
    in.require(actor, "actor");
    try {
      return new AuditEntry(at, person, action, fields, actor);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
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
   * An array of references to people standing for a set, each as {@link #personRef} reads it; a
   * repeated person is rejected.
   */
  static List<PersonId> personRefSet(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<PersonId> people = new ArrayList<>();
    Set<PersonId> seen = new HashSet<>();
    for (JsonIn e; (e = in.nextElement(people.size())) != null; ) {
      PersonId person = personRef(e);
      if (!seen.add(person)) {
        throw e.repeated();
      }
      people.add(person);
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
