package org.communityofpractice.core.consent;

import org.communityofpractice.core.internal.Checks;

/**
 * The version of the privacy notice a person was shown when they decided, such as "2016-1".
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record NoticeVersion(String value) {
  public NoticeVersion {
    Checks.identifier(value, "notice");
  }

  public static NoticeVersion of(String value) {
    return new NoticeVersion(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
