package org.communityofpractice.core.topic;

import org.communityofpractice.core.internal.Checks;

/**
 * Identifies a {@link Topic} within its community.
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record TopicId(String value) implements Comparable<TopicId> {
  /**
   * Checks the id.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @throws NullPointerException if {@code value} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     1..64 letters, digits, '.', '_' or '-'
   */
  public TopicId {
    Checks.identifier(value, "topicId");
  }

  /**
   * The topic id with the given value.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @return the id, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier
   */
  public static TopicId of(String value) {
    return new TopicId(value);
  }

  // Written out, as PersonId's are: the record's go through a method handle, and the reader and the
  // model's checks look these ids up in sets for every session.
  @Override
  public boolean equals(Object o) {
    return o instanceof TopicId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
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
