package org.communityofpractice.core.people;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Who did something to the record — recorded a consent, rectified an entry, erased a person: a
 * member by id, or a role such as "facilitator" or "data protection lead". Neither carries personal
 * data: a role is checked to hold no digits or '@', so it cannot be an email address or a phone
 * number (it remains the caller's job not to put a name there).
 *
 * <pre>{@code
 * Actor chair = Actor.person(PersonId.of("p-sxgzkzw8zqr2"));
 * Actor lead = Actor.role("data protection lead");
 * }</pre>
 */
public final class Actor {
  private static final Pattern ROLE = Pattern.compile("[\\p{L} .,'&/()-]{1,64}");

  private final PersonId person;
  private final String role;

  private Actor(PersonId person, String role) {
    this.person = person;
    this.role = role;
  }

  /**
   * A member of the community, by id.
   *
   * @param person the member's id; must not be {@literal null}
   * @return the actor, never {@literal null}
   */
  public static Actor person(PersonId person) {
    return new Actor(Objects.requireNonNull(person, "person"), null);
  }

  /**
   * A role: 1..64 letters, spaces and {@code . , ' & / ( ) -}; no digits and no '@'.
   *
   * @param role the role, such as "data protection lead"; must not be {@literal null}
   * @return the actor, never {@literal null}
   * @throws InvalidValueException naming {@code actor.role} when the role does not fit
   */
  public static Actor role(String role) {
    Objects.requireNonNull(role, "role");
    if (role.isBlank() || !ROLE.matcher(role).matches()) {
      // a role that fails may be a name, email or phone put in the wrong place: never show it
      throw InvalidValueException.ofPersonal(
          "actor.role",
          "must be 1..64 letters, spaces or . , ' & / ( ) -, not blank (no digits, no '@')");
    }
    return new Actor(null, role);
  }

  /** {@return the member, or empty when the actor is a role} */
  public Optional<PersonId> personId() {
    return Optional.ofNullable(person);
  }

  /** {@return the role, or empty when the actor is a member} */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /**
   * The same actor with the member {@code from} replaced by {@code to}; a role is kept.
   *
   * @param from the id being replaced, such as an erased person's; must not be {@literal null}
   * @param to the id that replaces it, such as a tombstone's; must not be {@literal null}
   * @return the actor for {@code to} when this actor was {@code from}, else this actor; never
   *     {@literal null}
   */
  public Actor replacing(PersonId from, PersonId to) {
    return from.equals(person) ? person(to) : this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Actor other
        && Objects.equals(person, other.person)
        && Objects.equals(role, other.role);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, role);
  }

  @Override
  public String toString() {
    return person != null ? "Actor{person=" + person + "}" : "Actor{role=" + role + "}";
  }
}
