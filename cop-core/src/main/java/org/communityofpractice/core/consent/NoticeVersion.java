package org.communityofpractice.core.consent;

import org.communityofpractice.core.internal.Checks;

/**
 * The version of the privacy notice a person was shown when they decided, such as "2016-1".
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record NoticeVersion(String value) {
  /**
   * Checks the version.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @throws NullPointerException if {@code value} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier
   */
  public NoticeVersion {
    Checks.identifier(value, "notice");
  }

  /**
   * The notice version with the given value.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-', such as "2016-1"; must not be {@literal
   *     null}
   * @return the version, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier
   */
  public static NoticeVersion of(String value) {
    return new NoticeVersion(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
