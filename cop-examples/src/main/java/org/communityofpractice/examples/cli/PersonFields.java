package org.communityofpractice.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A register entry from named fields — a sign-in sheet's columns, or {@code cop person add}'s and
 * {@code cop subject rectify}'s options — with each problem named by its field, never by its value.
 */
final class PersonFields {
  /** The fields, by the names a sign-in sheet's header uses. */
  static final List<String> NAMES =
      List.of(
          "id",
          "name",
          "email",
          "phone",
          "role",
          "place",
          "organisation",
          "perspectives",
          "sector",
          "joined");

  private PersonFields() {}

  /** A problem with one field: its name, and what it must be, to say in the command's language. */
  record Problem(String field, ToolText.Says message) {}

  /**
   * Builds the person from {@code fields} (absent or blank fields are left out), starting from
   * {@code base} when given; problems are added to {@code problems} and {@literal null} is
   * returned.
   */
  static Person person(
      PersonId id, Map<String, String> fields, Person base, List<Problem> problems) {
    Person.Builder b = Person.builder();
    if (base != null) {
      b.from(base);
    }
    b.id(id);
    int before = problems.size();
    String name = fields.get("name");
    if (present(name)) {
      b.name(name.strip());
    } else if (base == null) {
      problems.add(new Problem("name", ToolText.says("person.needed")));
    }
    String email = fields.get("email");
    String phone = fields.get("phone");
    if (present(email) || present(phone)) {
      String e =
          present(email)
              ? email.strip()
              : base == null ? null : base.contact().email().orElse(null);
      String p =
          present(phone)
              ? phone.strip()
              : base == null ? null : base.contact().phone().orElse(null);
      try {
        b.contact(ContactDetails.of(e, p));
      } catch (InvalidValueException x) {
        problems.add(new Problem(x.field(), ToolText.core(x::expectationIn)));
      }
    }
    text(fields, "role", b::role);
    text(fields, "place", b::place);
    text(fields, "organisation", b::organisation);
    String perspectives = fields.get("perspectives");
    if (present(perspectives)) {
      List<Perspective> all = new ArrayList<>();
      for (String p : perspectives.split("[;,]")) {
        Words.parse(Perspective.class, p)
            .ifPresentOrElse(
                all::add,
                () ->
                    problems.add(
                        new Problem(
                            "perspectives",
                            ToolText.says("person.perspectives", Words.all(Perspective.class)))));
      }
      b.perspectives(all);
    }
    String sector = fields.get("sector");
    if (present(sector)) {
      Words.parse(Sector.class, sector)
          .ifPresentOrElse(
              b::sector,
              () ->
                  problems.add(
                      new Problem(
                          "sector", ToolText.says("person.sector", Words.all(Sector.class)))));
    }
    String joined = fields.get("joined");
    if (present(joined)) {
      try {
        b.joined(LocalDate.parse(joined.strip()));
      } catch (DateTimeParseException e) {
        problems.add(new Problem("joined", ToolText.says("person.joined")));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      // never the value: it may be personal
      problems.add(new Problem(e.field(), ToolText.core(e::expectationIn)));
      return null;
    } catch (IllegalStateException e) {
      problems.add(new Problem("name", ToolText.says("person.needed")));
      return null;
    }
  }

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static void text(
      Map<String, String> fields, String name, java.util.function.Consumer<String> set) {
    String value = fields.get(name);
    if (present(value)) {
      set.accept(value.strip());
    }
  }
}
