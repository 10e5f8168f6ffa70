package org.communityofpractice.core.session;

import org.communityofpractice.core.internal.Checks;

/**
 * Identifies a {@link Session} within its community.
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record SessionId(String value) implements Comparable<SessionId> {
  /**
   * Checks the id.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @throws NullPointerException if {@code value} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier
   */
  public SessionId {
    Checks.identifier(value, "sessionId");
  }

  /**
   * The session id with the given value.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @return the id, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier
   */
  public static SessionId of(String value) {
    return new SessionId(value);
  }

  // Written out, as PersonId's are: the record's go through a method handle, and the reader and the
  // model's checks look these ids up in sets for every session.
  @Override
  public boolean equals(Object o) {
    return o instanceof SessionId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(SessionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
