package org.communityofpractice.core.internal;

/**
 * What cop takes as an email address: one {@code @} with something before it, and after it a host
 * with a dot that has something on both sides; no whitespace anywhere; at most {@link #MAX_LENGTH}
 * characters. Checked by hand in one pass rather than by a regular expression, whose backtracking
 * took seconds on an address of dots.
 */
public final class EmailAddresses {
  /**
   * The longest address taken: the 254 characters an SMTP path leaves for one (RFC 5321, 4.5.3.1).
   */
  public static final int MAX_LENGTH = 254;

  private EmailAddresses() {}

  /** Whether the text is an email address as described above; linear in its length, and bounded. */
  public static boolean isPlausible(String text) {
    int length = text.length();
    if (length > MAX_LENGTH) {
      return false;
    }
    int at = -1;
    int lastInnerDot = -1;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return false;
      }
      if (c == '@') {
        if (at >= 0) {
          return false;
        }
        at = i;
      } else if (c == '.' && at >= 0 && i > at + 1 && i < length - 1) {
        lastInnerDot = i;
      }
    }
    return at > 0 && lastInnerDot > at;
  }
}
