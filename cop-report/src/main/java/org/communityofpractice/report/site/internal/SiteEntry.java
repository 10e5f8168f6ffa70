package org.communityofpractice.report.site.internal;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.communityofpractice.report.model.Report;

/**
 * One report on the site.
 *
 * @param path where its files go, without the extension, such as {@code sessions/s-1}
 * @param title its title as the index shows it
 * @param dated its date: the session's, or the last session's of a series or the community
 * @param topic the title of the topic it belongs to; empty for the impact report
 * @param series the title of the series it belongs to, or is, if any
 * @param isSeries whether it is the report of a whole series
 * @param report the report
 */
public record SiteEntry(
    String path,
    String title,
    ZonedDateTime dated,
    Optional<String> topic,
    Optional<String> series,
    boolean isSeries,
    Report report) {}
