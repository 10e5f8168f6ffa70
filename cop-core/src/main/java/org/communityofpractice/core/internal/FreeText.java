package org.communityofpractice.core.internal;

import org.communityofpractice.core.validation.Shown;

/**
 * The one rule for free text, applied by the archive reader to every string it reads and by the
 * value types to every text they are built with, so the two never disagree; and the one way a value
 * is shown in a message.
 *
 * <p>Text may hold any character but these, which no one types on purpose and which make a report
 * or a terminal show something other than the text: the C0 controls except tab, line feed and
 * carriage return (so multi-line text and Windows line ends stay readable), DEL and the C1
 * controls, the bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069),
 * the noncharacters U+FFFE and U+FFFF, and a surrogate that is not half of a pair.
 */
public final class FreeText {
  /** How many characters of a value a message shows; cop's own choice, about one short line. */
  public static final int SHOWN_CHARACTERS = Shown.CHARACTERS;

  private FreeText() {}

  /** The index of the first character the rule forbids, or -1 when there is none. */
  public static int firstForbidden(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue; // printable ASCII, nearly every character of nearly every text
      }
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return i;
        }
      } else if ((c >= 0x7F && c <= 0x9F)
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')
          || c == '\uFFFE'
          || c == '\uFFFF') {
        return i;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return i;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** What the rule says about the character at {@code index}: {@code "U+0007 at index 3"}. */
  public static String describe(String text, int index) {
    return String.format("U+%04X at index %d", (int) text.charAt(index), index);
  }

  /** What a forbidden character breaks, as a message's expectation. */
  public static final String EXPECTATION =
      "must hold no control, bidirectional-override or unpaired surrogate characters";

  /**
   * Whether the text shows something: at least one character that is neither whitespace, a
   * separator, a control nor an invisible format character (a zero-width space, say).
   */
  public static boolean isVisible(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (!Character.isWhitespace(cp)
          && !Character.isSpaceChar(cp)
          && type != Character.CONTROL
          && type != Character.FORMAT
          && cp != '\u115F'
          && cp != '\u1160'
          && cp != '\u3164'
          && cp != '\uFFA0' // Hangul fillers
          && cp != '\u2800') { // the blank Braille pattern
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * A value as a message or a console shows it: every character that could move the cursor, change
   * the text's direction or hide itself written as {@code \\uXXXX} (a backslash as {@code \\\\}),
   * and no more than {@link #SHOWN_CHARACTERS} characters of it, then {@code …}.
   */
  public static String shown(String value) {
    return shown(value, SHOWN_CHARACTERS);
  }

  /** As {@link #shown(String)}, with another bound; {@code Integer.MAX_VALUE} shows it all. */
  public static String shown(String value, int maxCharacters) {
    return Shown.shown(value, maxCharacters);
  }
}
