package org.communityofpractice.core.validation;

/**
 * How a value from an archive, a form or an argument is shown in a message, a log line or on a
 * terminal, so that it cannot drive what shows it: the one rule of which characters {@linkplain
 * #hides hide themselves} or move the cursor, and the bounded, neutralised form that cop's own
 * messages use. A community's archive holds text that people typed or pasted; a right-to-left
 * override (U+202E) or an escape (U+001B) in a name must reach a reader as its {@code \\uXXXX}
 * form, not as a reordered line or a cleared screen. A tool of your own that writes such values to
 * a console uses the same rule.
 *
 * <pre>{@code
 * String pasted = "Sam" + (char) 0x202E + "exe.txt"; // a right-to-left override
 * System.out.println(Shown.hides(0x202E)); // prints: true
 * System.out.println(Shown.shown(pasted, Shown.CHARACTERS).equals("Sam\\u202Eexe.txt")); // prints: true
 * }</pre>
 */
public final class Shown {
  /** How many characters of a value a message shows; cop's own choice, about one short line. */
  public static final int CHARACTERS = 64;

  private Shown() {}

  /**
   * The value as a message shows it: every character that {@linkplain #hides hides itself} written
   * as {@code \\uXXXX} (both halves of a pair beyond the basic plane), a backslash as {@code \\\\}
   * so the escapes cannot be forged, and no more than {@code maxCharacters} characters, then {@code
   * …}.
   *
   * @param value the value; never {@literal null}
   * @param maxCharacters how many of its characters to show at most; {@code Integer.MAX_VALUE}
   *     shows them all
   * @return the value, neutralised and bounded; never {@literal null}
   * @throws NullPointerException if {@code value} is {@literal null}
   */
  public static String shown(String value, int maxCharacters) {
    int end = Math.min(value.length(), maxCharacters);
    StringBuilder out = new StringBuilder(end + 8);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        if (i + 1 < end) {
          char low = value.charAt(++i);
          if (hides(Character.toCodePoint(c, low))) {
            out.append(escaped(c)).append(escaped(low));
          } else {
            out.append(c).append(low);
          }
        }
      } else if (hides(c)) {
        out.append(escaped(c));
      } else {
        out.append(c);
      }
    }
    return end < value.length() ? out.append('…').toString() : out.toString();
  }

  /**
   * Whether a code point must not reach a reader as it is: a control character (line feed and tab
   * included: a caller that keeps its own line ends lets those through itself), an invisible format
   * character (the bidirectional overrides and isolates, the zero-width characters, the tag
   * characters of U+E0000 and the musical formatting of U+1D173 to U+1D17A among them), a line or
   * paragraph separator, half of a surrogate pair on its own, or one of the non-characters U+FFFE
   * and U+FFFF. Which characters those are is a property of the code point, so a character beyond
   * the basic plane is asked about whole.
   *
   * @param codePoint a Unicode code point, or a lone UTF-16 code unit
   * @return {@code true} if it is written as an escape
   */
  public static boolean hides(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || codePoint == '\uFFFE'
        || codePoint == '\uFFFF';
  }

  /**
   * A UTF-16 code unit as {@code \\uXXXX}.
   *
   * @param c the code unit
   * @return its escape; never {@literal null}
   */
  public static String escaped(char c) {
    char[] out = {'\\', 'u', HEX[c >> 12], HEX[(c >> 8) & 0xF], HEX[(c >> 4) & 0xF], HEX[c & 0xF]};
    return new String(out);
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
