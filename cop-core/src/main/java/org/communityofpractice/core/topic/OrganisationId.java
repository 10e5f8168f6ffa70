package org.communityofpractice.core.topic;

import org.communityofpractice.core.internal.Checks;

/**
 * Identifies an {@link Organisation} among the decision makers of a community's series, and in the
 * send log and the follow-ups.
 *
 * <pre>{@code
 * OrganisationId board = OrganisationId.of("safeguarding-adults-board");
 * }</pre>
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record OrganisationId(String value) implements Comparable<OrganisationId> {
  /**
   * Checks the id.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @throws NullPointerException if {@code value} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     1..64 letters, digits, '.', '_' or '-'
   */
  public OrganisationId {
    Checks.identifier(value, "organisationId");
  }

  /**
   * The organisation id with the given value.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @return the id, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  @Override
  public int compareTo(OrganisationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
