package org.communityofpractice.report.check;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.people.PersonId;

/**
 * Something in a report's free text that may identify someone: where it is and whom it concerns,
 * never what it says. {@link #toString()} shows the field, the kind and the person's id.
 *
 * @param field the path of the field in the report model, such as {@code conclusions[2]} or {@code
 *     sessions[0].bestHopes[1].text}
 * @param kind what was found
 * @param person whom it names, when the register holds them; empty for an address or number the
 *     register does not hold
 */
public record PublicationFinding(String field, Kind kind, Optional<PersonId> person) {
  /**
   * Checks every component.
   *
   * @param field the path of the field in the report model; never {@literal null}
   * @param kind what was found; never {@literal null}
   * @param person whom it names, or empty; never {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   */
  public PublicationFinding {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(person, "person");
  }

  /** What a finding is. */
  public enum Kind {
    /** The name of someone who has not consented to be named in reports. */
    NAME,
    /** An email address, anyone's. */
    EMAIL,
    /** A phone number, anyone's. */
    PHONE
  }

  /**
   * A short key for the finding, such as {@code conclusions[2]:NAME:p-7kx2qd9m4tbz}, to record a
   * decision by.
   *
   * @return the field, the kind and the person's id (or {@code -}), joined by {@code :}; never
   *     {@literal null}
   */
  public String key() {
    return field + ":" + kind + ":" + person.map(PersonId::value).orElse("-");
  }

  @Override
  public String toString() {
    return "PublicationFinding[" + key() + "]";
  }
}
