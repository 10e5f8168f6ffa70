package org.communityofpractice.report.site.internal;

import static org.communityofpractice.report.site.internal.Markup.escape;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.communityofpractice.report.spi.Labels;

/**
 * The Atom feed (RFC 4287) of the site's reports, newest first. Its dates are the reports' own, and
 * its ids are name-based UUIDs of the community and the report's path, so the same reports give the
 * same feed, byte for byte. Links are relative to the feed, which sits at the site's top.
 */
public final class AtomFeed {
  private AtomFeed() {}

  /** The feed of {@code entries}. */
  public static String of(Labels labels, String community, List<SiteEntry> entries) {
    List<SiteEntry> newestFirst =
        entries.stream()
            .sorted(
                Comparator.comparing((SiteEntry e) -> e.dated().toInstant())
                    .reversed()
                    .thenComparing(SiteEntry::path))
            .toList();
    StringBuilder feed = new StringBuilder(2048);
    feed.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(escape(labels.languageTag()))
        .append("\">\n")
        .append("  <title>")
        .append(escape(labels.format("site.feed.title", community)))
        .append("</title>\n")
        .append("  <id>")
        .append(id(community, ""))
        .append("</id>\n")
        .append("  <updated>")
        .append(
            newestFirst.isEmpty() ? "1970-01-01T00:00:00Z" : instant(newestFirst.get(0).dated()))
        .append("</updated>\n")
        .append("  <author><name>")
        .append(escape(community))
        .append("</name></author>\n")
        .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(SitePages.INDEX)
        .append("\"/>\n")
        .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .append(SitePages.FEED)
        .append("\"/>\n");
    for (SiteEntry e : newestFirst) {
      feed.append("  <entry>\n")
          .append("    <title>")
          .append(escape(e.title()))
          .append("</title>\n")
          .append("    <id>")
          .append(id(community, e.path()))
          .append("</id>\n")
          .append("    <updated>")
          .append(instant(e.dated()))
          .append("</updated>\n")
          .append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(escape(e.path()))
          .append(".html\"/>\n")
          .append("  </entry>\n");
    }
    return feed.append("</feed>\n").toString();
  }

  private static String instant(ZonedDateTime when) {
    return DateTimeFormatter.ISO_INSTANT.format(
        when.withZoneSameInstant(ZoneOffset.UTC).toInstant());
  }

  private static String id(String community, String path) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes((community + "\n" + path).getBytes(StandardCharsets.UTF_8));
  }
}
