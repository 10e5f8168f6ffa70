package org.communityofpractice.report.internal;

/**
 * Makes recorded text safe to lay out as one run of plain text: line breaks and tabs become single
 * spaces, control characters are dropped, and the bidirectional embedding, override and isolate
 * controls are dropped so one field cannot reorder what follows it on screen. Right-to-left letters
 * themselves are kept.
 */
public final class Plain {
  private Plain() {}

  /** {@code text} as one line of plain text, trimmed. */
  public static String line(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (dropped(c)) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  private static boolean dropped(int c) {
    return Character.getType(c) == Character.CONTROL
        || (c >= 0x202A && c <= 0x202E) // LRE, RLE, PDF, LRO, RLO
        || (c >= 0x2066 && c <= 0x2069) // LRI, RLI, FSI, PDI
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C // LRM, RLM, ALM
        || c == 0xFEFF; // byte order mark
  }
}
