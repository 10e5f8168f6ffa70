package org.communityofpractice.report.model;

import java.util.Objects;
import org.communityofpractice.core.privacy.Count;
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

  /**
   * Checks every component.
   *
   * @param key the group's key, such as {@code "EXPERT_BY_EXPERIENCE"} or {@code "VOLUNTARY"}, or
   *     {@link #NOT_RECORDED} for people whose group is not recorded; a renderer shows the label
   *     {@code perspective.<key>} or {@code sector.<key>}; never {@literal null}
   * @param count how many, possibly suppressed; never {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public GroupCount {
    Objects.requireNonNull(key, "key");
    if (!isKey(key)) {
      throw InvalidValueException.of(
          "key", "must be an upper-case key such as EXPERT_BY_EXPERIENCE", key);
    }
    Objects.requireNonNull(count, "count");
  }

  /**
   * An upper-case key: a letter, then up to 63 letters, digits or '_'. Checked by hand: a report
   * makes one for every group, and a matcher each cost a tenth of composing it.
   */
  private static boolean isKey(String key) {
    if (key.isEmpty() || key.length() > 64 || key.charAt(0) < 'A' || key.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      char ch = key.charAt(i);
      if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many of one group.
   *
   * @param key the group's upper-case key, such as {@code "EXPERT_BY_EXPERIENCE"}, or {@link
   *     #NOT_RECORDED}; never {@literal null}
   * @param count how many, possibly suppressed; never {@literal null}
   * @return the group's count; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code key} is not an
   *     upper-case key (a letter, then up to 63 letters, digits or '_')
   */
  public static GroupCount of(String key, Count count) {
    return new GroupCount(key, count);
  }
}
