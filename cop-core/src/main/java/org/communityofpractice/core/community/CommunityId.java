package org.communityofpractice.core.community;

import org.communityofpractice.core.internal.Checks;

/**
 * Identifies a community, across a network of communities.
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record CommunityId(String value) implements Comparable<CommunityId> {
  /**
   * Checks the id.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @throws NullPointerException if {@code value} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier
   */
  public CommunityId {
    Checks.identifier(value, "communityId");
  }

  /**
   * The community id with the given value.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @return the id, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier
   */
  public static CommunityId of(String value) {
    return new CommunityId(value);
  }

  @Override
  public int compareTo(CommunityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  // written out rather than left to the record: a record's own equals is linked at its first call,
  // through machinery that costs milliseconds to start, and every reading of an archive compares
  // these (the same comparison, component by component, and the same hash)
  @Override
  public boolean equals(Object o) {
    return o instanceof CommunityId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
