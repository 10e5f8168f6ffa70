package org.communityofpractice.core.store;

import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The version of a community's stored archive: 1 for the first save, one more for each save after
 * it. {@link #NONE} stands for "no archive yet" when saving for the first time.
 *
 * @param value 0 for none, else the version
 */
public record ArchiveVersion(long value) implements Comparable<ArchiveVersion> {
  /** No archive stored yet. */
  public static final ArchiveVersion NONE = new ArchiveVersion(0);

  /**
   * Checks the record.
   *
   * @param value 0 for none, else the version; not negative
   * @throws InvalidValueException naming {@code version} when it is negative
   */
  public ArchiveVersion {
    if (value < 0) {
      throw InvalidValueException.of("version", "must not be negative", value);
    }
  }

  /**
   * The version with the given number.
   *
   * @param value 0 for none, else the version; not negative
   * @return the version, never {@literal null}
   * @throws InvalidValueException naming {@code version} when it is negative
   */
  public static ArchiveVersion of(long value) {
    return new ArchiveVersion(value);
  }

  /** {@return the version a save after this one gets, never {@literal null}} */
  public ArchiveVersion next() {
    return new ArchiveVersion(value + 1);
  }

  @Override
  public int compareTo(ArchiveVersion other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
