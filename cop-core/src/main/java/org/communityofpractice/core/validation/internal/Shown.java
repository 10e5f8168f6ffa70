package org.communityofpractice.core.validation.internal;

/**
 * The one way a value is shown in a message or on a console: every character that could move the
 * cursor, change the text's direction or hide itself written as {@code \\uXXXX} (a backslash as
 * {@code \\\\}), and no more than a bound of characters, then {@code …}. Internal: used by the
 * validation exception and, through {@code FreeText}, by the reader and the checks.
 */
public final class Shown {
  /** How many characters of a value a message shows; cop's own choice, about one short line. */
  public static final int CHARACTERS = 64;

  private Shown() {}

  /**
   * The value as a message shows it.
   *
   * @param value the value; never {@literal null}
   * @param maxCharacters how many of its characters to show at most; {@code Integer.MAX_VALUE}
   *     shows them all
   * @return the value, neutralised and bounded; never {@literal null}
   */
  public static String shown(String value, int maxCharacters) {
    int end = Math.min(value.length(), maxCharacters);
    StringBuilder out = new StringBuilder(end + 8);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (isHidden(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        if (i + 1 < end) {
          char low = value.charAt(++i);
          // hidden or not is a code point's property: the tag characters (U+E0000 block) and
          // musical formatting (U+1D173..U+1D17A) hide themselves beyond the basic plane
          if (isHidden(Character.toCodePoint(c, low))) {
            out.append(String.format("\\u%04X\\u%04X", (int) c, (int) low));
          } else {
            out.append(c).append(low);
          }
        }
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return end < value.length() ? out.append('…').toString() : out.toString();
  }

  private static boolean isHidden(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || c == '\uFFFE'
        || c == '\uFFFF';
  }
}
