package org.communityofpractice.core.people;

import org.communityofpractice.core.internal.Checks;

/**
 * How everything outside the register refers to a person. An id carries no personal data: it is
 * safe in sessions, logs and messages.
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record PersonId(String value) implements Comparable<PersonId> {
  public PersonId {
    Checks.identifier(value, "personId");
  }

  /** The id with the given value; must not be {@literal null}. */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  // Written out although the record's would be the same: the record's go through a method handle,
  // which showed as a twentieth of composing a report, where ids are looked up all the time.
  @Override
  public boolean equals(Object o) {
    return o instanceof PersonId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
