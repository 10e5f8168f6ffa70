package org.communityofpractice.report.site.internal;

import org.communityofpractice.report.internal.Plain;

/**
 * Text made safe for HTML and XML: one line, control characters dropped, markup characters escaped.
 */
final class Markup {
  private Markup() {}

  /** {@code text} as one line of text, escaped for an HTML or XML text node or quoted attribute. */
  static String escape(String text) {
    String line = Plain.line(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // XML 1.0 has no place for lone surrogates or U+FFFE/U+FFFF
          if (Character.isSurrogate(c) && !pairedAt(line, i)) {
            continue;
          }
          if (c == '\uFFFE' || c == '\uFFFF') {
            continue;
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  private static boolean pairedAt(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
