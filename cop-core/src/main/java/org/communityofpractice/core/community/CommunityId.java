package org.communityofpractice.core.community;

import org.communityofpractice.core.internal.Checks;

/**
 * Identifies a community, across a network of communities.
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record CommunityId(String value) implements Comparable<CommunityId> {
  public CommunityId {
    Checks.identifier(value, "communityId");
  }

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
}
