package org.communityofpractice.report.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.site.internal.AtomFeed;
import org.communityofpractice.report.site.internal.SiteEntry;
import org.communityofpractice.report.site.internal.SitePages;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderer;
import org.communityofpractice.report.spi.ReportRenderers;

/**
 * The community's report website, as the guide suggests ("Web hosting of reports makes circulation
 * much easier"): a static folder to copy to any web host, holding every session report, every
 * series report and the impact report as HTML, PDF (when the {@code pdf} renderer is installed) and
 * Markdown, an index by topic and series with dates, an Atom feed of new reports, and the resource
 * list.
 *
 * <pre>{@code
 * import org.communityofpractice.core.privacy.DisclosurePolicy;
 * ReportSite site = ReportSite.builder()
 *     .composer(ReportComposer.of(DisclosurePolicy.asOf(Instant.now())))
 *     .build();
 * List<Path> written = site.write(community, folder.resolve("site"));
 * }</pre>
 *
 * <p>Every report goes through the composer, so the site holds nothing personal that the reports do
 * not already carry. The pages need no script and fetch nothing from anywhere else; every link
 * between them is relative, so the folder works from a disk as well as a host. The same community
 * and consent give the same bytes: the dates come from the sessions, never the clock, and
 * everything is in a fixed order. Writing again into the same folder replaces the site and removes
 * report files the community no longer has (only in the site's own {@code sessions/} and {@code
 * series/} folders). Immutable and thread-safe.
 */
public final class ReportSite {
  private static final String SESSIONS = "sessions";
  private static final String SERIES = "series";
  private static final String IMPACT = "impact";

  private final ReportComposer composer;
  private final ReportRenderers renderers;

  private ReportSite(ReportComposer composer, ReportRenderers renderers) {
    this.composer = composer;
    this.renderers = renderers;
  }

  /**
   * Starts a site; {@link Builder#composer} is required.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link ReportSite}. */
  public static final class Builder {
    private ReportComposer composer;
    private ReportRenderers renderers;

    private Builder() {}

    /**
     * Sets the composer every report goes through, with its disclosure policy; required.
     *
     * @param value the composer; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder composer(ReportComposer value) {
      composer = Objects.requireNonNull(value, "composer");
      return this;
    }

    /**
     * Where the {@code html}, {@code pdf} and {@code markdown} renderers come from; {@link
     * ReportRenderers#load()} unless set.
     *
     * @param value the renderers; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder renderers(ReportRenderers value) {
      renderers = Objects.requireNonNull(value, "renderers");
      return this;
    }

    /**
     * The site builder.
     *
     * @return the site builder; never {@literal null}
     * @throws IllegalStateException when no composer was given
     */
    public ReportSite build() {
      if (composer == null) {
        throw new IllegalStateException("composer must be set");
      }
      return new ReportSite(composer, renderers == null ? ReportRenderers.load() : renderers);
    }
  }

  /**
   * Writes the site of {@code community} into {@code folder}, creating it when missing.
   *
   * @param community the community, with its register; its reports go through the composer's
   *     disclosure policy; never {@literal null}
   * @param folder the site's folder; never {@literal null}
   * @return the files written, in the order written; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws UncheckedIOException when a file cannot be written
   * @throws IllegalArgumentException when there is no {@code html} or {@code markdown} renderer
   */
  public List<Path> write(Community community, Path folder) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(folder, "folder");
    ReportRenderer html = renderers.get("html");
    Map<String, ReportRenderer> others = new LinkedHashMap<>();
    renderers.find("pdf").ifPresent(pdf -> others.put("pdf", pdf));
    others.put("md", renderers.get("markdown"));
    Map<String, String> labelsOfOthers = new LinkedHashMap<>();
    others
        .keySet()
        .forEach(ext -> labelsOfOthers.put(ext, ext.equals("pdf") ? "site.pdf" : "site.markdown"));

    ImpactReport impact = composer.impact(community);
    List<SiteEntry> entries = entries(community, impact);
    Labels labels = Labels.forLanguage(impact.language());
    SitePages pages = new SitePages(labels, impact.community(), impact.place(), labelsOfOthers);
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (SiteEntry e : entries) {
        written.add(file(folder, e.path() + ".html", out -> html.write(e.report(), out)));
        for (Map.Entry<String, ReportRenderer> other : others.entrySet()) {
          written.add(
              file(
                  folder,
                  e.path() + "." + other.getKey(),
                  out -> other.getValue().write(e.report(), out)));
        }
      }
      written.add(text(folder, SitePages.INDEX, pages.index(entries)));
      written.add(text(folder, SitePages.RESOURCES, pages.resources(impact.resources())));
      written.add(text(folder, SitePages.FEED, AtomFeed.of(labels, impact.community(), entries)));
      removeStale(folder, written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  /**
   * The impact report, then each topic's series (its report, then its sessions) and sessions
   * outside a series.
   */
  private List<SiteEntry> entries(Community community, ImpactReport impact) {
    List<SiteEntry> entries = new ArrayList<>();
    Labels labels = Labels.forLanguage(impact.language());
    ZonedDateTime impactDate =
        impact
            .lastSession()
            .map(d -> d.atStartOfDay(ZoneOffset.UTC))
            .orElse(ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    entries.add(
        new SiteEntry(
            IMPACT,
            labels.format("title.impact", impact.community()),
            impactDate,
            Optional.empty(),
            Optional.empty(),
            false,
            impact));
    Names names = new Names();
    List<Session> sessions = community.sessions().stream().sorted(Community.byStart()).toList();
    List<String> topicOrder = new ArrayList<>();
    for (Session s : sessions) {
      if (!topicOrder.contains(s.topic().value())) {
        topicOrder.add(s.topic().value());
      }
    }
    for (String topic : topicOrder) {
      for (Series series : community.series()) {
        List<Session> of = community.sessionsOf(series.id());
        if (!series.topic().value().equals(topic) || of.isEmpty()) {
          continue;
        }
        SeriesReport report = composer.series(community, series.id());
        SessionReport last = report.sessions().get(report.sessions().size() - 1);
        entries.add(
            new SiteEntry(
                names.path(SERIES, series.id().value()),
                labels.format("title.series", report.title()),
                last.startsAt(),
                Optional.of(report.topic()),
                Optional.of(report.title()),
                true,
                report));
        for (Session s : of) {
          entries.add(session(community, names, s, Optional.of(report.title())));
        }
      }
      for (Session s : sessions) {
        if (s.topic().value().equals(topic) && s.series().isEmpty()) {
          entries.add(session(community, names, s, Optional.empty()));
        }
      }
    }
    return entries;
  }

  private SiteEntry session(Community community, Names names, Session s, Optional<String> series) {
    SessionReport report = composer.session(community, s.id());
    return new SiteEntry(
        names.path(SESSIONS, s.id().value()),
        report.title().orElse(report.topic()),
        report.startsAt(),
        Optional.of(report.topic()),
        series,
        false,
        report);
  }

  /** What a renderer writes to a stream. */
  private interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private static Path file(Path folder, String name, Body body) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      body.writeTo(out);
    }
    return file;
  }

  private static Path text(Path folder, String name, String text) throws IOException {
    return file(folder, name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Removes report files of an earlier build that this one did not write, in the site's own folders
   * only.
   */
  private static void removeStale(Path folder, List<Path> written) throws IOException {
    Set<Path> kept = new HashSet<>(written);
    for (String own : List.of(SESSIONS, SERIES)) {
      Path dir = folder.resolve(own);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path stale :
            files
                .filter(f -> Files.isRegularFile(f) && !kept.contains(f))
                .sorted(Comparator.reverseOrder())
                .toList()) {
          Files.delete(stale);
        }
      }
    }
  }

  /**
   * File names from ids: an id may start with a dot ("..") or differ from another only in case,
   * which a disk may not tell apart; such names get a prefix or a number.
   */
  private static final class Names {
    private final Set<String> taken = new HashSet<>();

    String path(String folder, String id) {
      String name = id.startsWith(".") ? "_" + id : id;
      String unique = name;
      for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
        unique = name + "-" + n;
      }
      return folder + "/" + unique;
    }
  }
}
