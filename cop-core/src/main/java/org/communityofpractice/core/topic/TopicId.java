package org.communityofpractice.core.topic;

import org.communityofpractice.core.internal.Checks;

/**
 * Identifies a {@link Topic} within its community.
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record TopicId(String value) implements Comparable<TopicId> {
  public TopicId {
    Checks.identifier(value, "topicId");
  }

  public static TopicId of(String value) {
    return new TopicId(value);
  }

  @Override
  public int compareTo(TopicId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
