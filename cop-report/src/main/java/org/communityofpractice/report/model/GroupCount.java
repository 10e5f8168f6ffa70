package org.communityofpractice.report.model;

import java.util.Objects;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * How many of one group — a perspective or a sector — were represented.
 *
 * @param key the group's key, such as {@code "EXPERT_BY_EXPERIENCE"} or {@code "VOLUNTARY"}, or
 *     {@link #NOT_RECORDED} for people whose group is not recorded; a renderer shows the label
 *     {@code perspective.<key>} or {@code sector.<key>}
 * @param count how many, possibly suppressed
 */
public record GroupCount(String key, Count count) {
  /** The key of the cell of people whose group is not recorded (or may not be used). */
  public static final String NOT_RECORDED = "NOT_RECORDED";

  public GroupCount {
    Objects.requireNonNull(key, "key");
    if (!key.matches("[A-Z][A-Z0-9_]{0,63}")) {
      throw InvalidValueException.of("key", "must be an upper-case key such as EXPERT_BY_EXPERIENCE", key);
    }
    Objects.requireNonNull(count, "count");
  }

  public static GroupCount of(String key, Count count) {
    return new GroupCount(key, count);
  }
}
