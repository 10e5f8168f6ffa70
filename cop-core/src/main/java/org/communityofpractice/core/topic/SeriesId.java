package org.communityofpractice.core.topic;

import org.communityofpractice.core.internal.Checks;

/**
 * Identifies a {@link Series} within its community.
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record SeriesId(String value) implements Comparable<SeriesId> {
  public SeriesId {
    Checks.identifier(value, "seriesId");
  }

  public static SeriesId of(String value) {
    return new SeriesId(value);
  }

  @Override
  public int compareTo(SeriesId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
