package org.communityofpractice.examples.poster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Invitation;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.RepresentationSummary;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.ScalingTrend;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderer;

/**
 * A charity's own report format: a one-page A4 poster for the noticeboard of a drop-in centre. It
 * shows what matters to someone walking past — what the community talked about, how many took part
 * and from which perspectives, where the scaling stands, the top three recommendations and when to
 * come next time.
 *
 * <p>It is plugged in the way any renderer is: a public no-argument constructor and a line in
 * {@code META-INF/services/org.communityofpractice.report.spi.ReportRenderer}. Then {@code cop
 * render --list} shows {@code poster}, and
 *
 * <pre>{@code
 * import org.communityofpractice.report.spi.ReportRenderers;
 * ReportRenderer poster = ReportRenderers.load().get("poster");
 * String html = poster.render(report);
 * }</pre>
 *
 * <p>Like every renderer it sees only the publishable report: no names it was not given, no
 * register. It speaks the report's language: cop's report labels ({@link Labels}) for what every
 * format says, and for the few words only a poster says its own bundle beside this class, {@code
 * poster_<language>.properties}, read into {@link Labels#of} so they are formatted the same way.
 */
public final class PosterRenderer implements ReportRenderer {
  /** How many recommendations fit on the poster. */
  static final int MOST_RECOMMENDATIONS = 3;

  /** The poster's own words, by the file they were read from: as many as there are files. */
  private static final Map<String, ResourceBundle> OWN_WORDS = new ConcurrentHashMap<>();

  /** The poster renderer; it holds no state and is safe to share. */
  public PosterRenderer() {}

  @Override
  public String format() {
    return "poster";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "poster.html";
  }

  @Override
  public void render(Report report, Appendable output) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(output, "output");
    Labels labels = Labels.forLanguage(report.language());
    Labels own = ownWords(labels.locale());
    Poster poster =
        report instanceof SessionReport s
            ? ofSession(s, labels, own)
            : report instanceof ImpactReport i
                ? ofImpact(i, labels, own)
                : ofSeries((SeriesReport) report, labels, own);
    try {
      write(poster, report, labels, output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What goes on a poster, whatever the report. */
  private record Poster(
      String title,
      String subtitle,
      RepresentationSummary representation,
      Optional<String> bigNumber,
      String bigNumberCaption,
      List<String> points,
      String pointsHeading,
      Optional<Invitation> next) {}

  /**
   * The poster's own words in {@code locale}: its bundle for the language and country, else for the
   * language, else British English's, as cop's report labels are looked up.
   */
  static Labels ownWords(Locale locale) {
    List<String> names = new ArrayList<>();
    if (!locale.getCountry().isEmpty()) {
      names.add(locale.getLanguage() + "_" + locale.getCountry());
    }
    names.add(locale.getLanguage());
    names.add("en_GB");
    for (String name : names) {
      ResourceBundle found = OWN_WORDS.get(name);
      if (found == null) {
        found = read("poster_" + name + ".properties");
        if (found != null) {
          OWN_WORDS.putIfAbsent(name, found);
        }
      }
      if (found != null) {
        return Labels.of(locale, found);
      }
    }
    throw new IllegalStateException("the poster's bundle poster_en_GB.properties is missing");
  }

  private static ResourceBundle read(String name) {
    try (InputStream in = PosterRenderer.class.getResourceAsStream(name)) {
      return in == null
          ? null
          : new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Poster ofSession(SessionReport r, Labels labels, Labels own) {
    Optional<ScalingResult> scaling =
        r.scaling().stream().filter(s -> s.statistics().isPresent()).findFirst();
    List<String> points = r.recommendations().isEmpty() ? r.conclusions() : r.recommendations();
    return new Poster(
        r.title().orElse(r.topic()),
        labels.date(r.startsAt()) + " · " + r.venue(),
        r.representation(),
        scaling.map(
            s ->
                labels.number(s.statistics().orElseThrow().median())
                    + " / "
                    + s.question().scale().max()),
        scaling
            .map(s -> own.format("scaling.now", String.valueOf(s.question().goodEnough())))
            .orElse(""),
        top(points),
        labels.get(
            r.recommendations().isEmpty() ? "section.conclusions" : "section.recommendations"),
        r.nextSession());
  }

  private static Poster ofSeries(SeriesReport r, Labels labels, Labels own) {
    Optional<ScalingTrend> trend =
        r.scalingTrends().stream().filter(t -> t.points().size() >= 2).findFirst();
    return new Poster(
        r.title(),
        labels.plural("series.sessionCount", r.sessions().size())
            + r.sessions().stream().findFirst().map(s -> ", " + s.startsAt().getYear()).orElse("")
            + (r.concluded() ? " · " + labels.get("series.concluded") : ""),
        r.representation(),
        trend.map(
            t ->
                labels.number(t.points().get(0).statistics().median())
                    + " → "
                    + labels.number(t.points().get(t.points().size() - 1).statistics().median())),
        trend.map(t -> own.get("scaling.moved")).orElse(""),
        top(r.recommendations()),
        labels.get("section.recommendations"),
        r.nextSession());
  }

  private static Poster ofImpact(ImpactReport r, Labels labels, Labels own) {
    return new Poster(
        labels.format("title.impact", r.community()),
        r.place(),
        r.representation(),
        r.legacy().isEmpty() ? Optional.empty() : Optional.of(String.valueOf(r.legacy().size())),
        r.legacy().isEmpty() ? "" : own.get("legacy.count"),
        top(r.legacy().stream().map(ImpactReport.Legacy::text).toList()),
        labels.get("section.legacy"),
        Optional.empty());
  }

  private static List<String> top(List<String> points) {
    return points.stream().limit(MOST_RECOMMENDATIONS).collect(Collectors.toList());
  }

  private static void write(Poster p, Report report, Labels labels, Appendable out)
      throws IOException {
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(labels.languageTag()))
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>")
        .append(escape(p.title()))
        .append("</title>\n")
        .append(
            "<style>@page{size:A4;margin:15mm}body{font-family:sans-serif;max-width:180mm;margin:auto}"
                + "h1{font-size:2.4em;margin:.2em 0}.big{font-size:4em;font-weight:bold;margin:0}"
                + "footer{border-top:1px solid #999;margin-top:2em;font-size:.9em}</style>\n")
        .append("</head>\n<body>\n<header><p>")
        .append(escape(labels.format("heading.community", report.community(), report.place())))
        .append("</p>\n<h1>")
        .append(escape(p.title()))
        .append("</h1>\n<p>")
        .append(escape(p.subtitle()))
        .append("</p></header>\n<main>\n");
    RepresentationSummary who = p.representation();
    out.append("<section><h2>")
        .append(escape(labels.get("section.representation")))
        .append("</h2>\n<p>")
        .append(escape(labels.format("representation.attendees", labels.count(who.attendees()))))
        .append("</p>\n");
    // only the groups whose counts may be shown, and the same sentence as every other format for
    // the rest
    if (!who.listedPerspectives().isEmpty()) {
      out.append("<ul>\n");
      for (GroupCount g : who.listedPerspectives()) {
        out.append("<li>")
            .append(
                escape(
                    labels.format(
                        "representation.group",
                        labels.perspective(g.key()),
                        labels.count(g.count()))))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
    for (String notListed : labels.groupsNotListed(who).stream().toList()) {
      out.append("<p>").append(escape(notListed)).append("</p>\n");
    }
    out.append("</section>\n");
    if (p.bigNumber().isPresent()) {
      out.append("<section><h2>")
          .append(escape(labels.get("section.scaling")))
          .append("</h2>\n<p class=\"big\">")
          .append(escape(p.bigNumber().get()))
          .append("</p>\n<p>")
          .append(escape(p.bigNumberCaption()))
          .append("</p></section>\n");
    }
    if (!p.points().isEmpty()) {
      out.append("<section><h2>").append(escape(p.pointsHeading())).append("</h2>\n<ol>\n");
      for (String point : p.points()) {
        out.append("<li>").append(escape(point)).append("</li>\n");
      }
      out.append("</ol></section>\n");
    }
    out.append("</main>\n<footer><p>");
    if (p.next().isPresent()) {
      Invitation next = p.next().get();
      out.append(
          escape(
              labels.format(
                  "invitation.text",
                  labels.date(next.startsAt()),
                  labels.time(next.startsAt()),
                  next.venue())));
    } else if (!(report instanceof SeriesReport series && series.concluded())) {
      out.append(escape(labels.get("invitation.none")));
    }
    out.append("</p>\n<p>")
        .append(escape(String.join(" · ", report.principles())))
        .append("</p></footer>\n")
        .append("</body>\n</html>\n");
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
