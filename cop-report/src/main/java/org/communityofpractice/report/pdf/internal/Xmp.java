package org.communityofpractice.report.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates in a PDF's XMP metadata set to one given date, or taken out for an undated page (the
 * printer writes the clock's).
 */
final class Xmp {
  private static final Pattern DATE =
      Pattern.compile(
          "(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:(?:CreateDate|ModifyDate|MetadataDate)>)"
              + "|((?:xmp:)(?:CreateDate|ModifyDate|MetadataDate)=\")[^\"]*(\")");

  private Xmp() {}

  static byte[] withFixedDates(byte[] xmp, java.util.Optional<Instant> date) {
    String text = new String(xmp, StandardCharsets.UTF_8);
    String when = date.map(Instant::toString).orElse(null);
    Matcher m = DATE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String replacement =
          when == null
              ? ""
              : m.group(1) != null
                  ? m.group(1) + when + m.group(2)
                  : m.group(3) + when + m.group(4);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
