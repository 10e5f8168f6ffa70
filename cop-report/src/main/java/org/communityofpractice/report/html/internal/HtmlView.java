package org.communityofpractice.report.html.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.report.internal.ReportOutline;
import org.communityofpractice.report.internal.ReportWords;
import org.communityofpractice.report.internal.Section;
import org.communityofpractice.report.model.CaptionedArtefact;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.ResourceLink;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.ScalingTrend;
import org.communityofpractice.report.spi.Labels;

/**
 * What the HTML templates ask while they render one report: the report's sections in the outline's
 * order, its sentences as every format words them ({@link ReportWords}, numbers and dates by {@link
 * Labels}), chart geometry with its words, and which links and images are safe to put in the page.
 * One instance per rendering (it hands out ids unique in the document); not thread-safe.
 */
public final class HtmlView extends ReportWords {
  /** Only raster images carried in the page itself: the report stays one self-contained file. */
  private static final Pattern EMBEDDED_IMAGE =
      Pattern.compile("data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}");

  private int charts;

  /** A view for one rendering in the language of {@code labels}. */
  public HtmlView(Labels labels) {
    super(labels);
  }

  /** The report's sections, in the order every format gives them. */
  public List<Section> sections(Report report) {
    return ReportOutline.sections(report);
  }

  /** A section's heading. */
  public String heading(Section section) {
    return section.heading(labels());
  }

  /** A link safe to follow from the page: absolute http, https or mailto, else none. */
  public Optional<String> href(ResourceLink resource) {
    return resource.link().filter(ResourceLink::safeLink).map(URI::toASCIIString);
  }

  /**
   * The artefact's image when it is carried in the page as a {@code data:} PNG, JPEG, GIF or WebP;
   * any other reference stays text, so opening the report never fetches anything.
   */
  public Optional<String> embeddedImage(CaptionedArtefact artefact) {
    return Optional.of(artefact.image()).filter(i -> EMBEDDED_IMAGE.matcher(i).matches());
  }

  /** The bar chart of how many gave each point, when anyone answered. */
  public Optional<Chart> distribution(ScalingResult result) {
    return result
        .statistics()
        .map(
            s -> {
              // the bars show the zeros; the description lists the points someone gave
              String description =
                  sentences(statistics(s))
                      + " "
                      + label("scaling.distribution")
                      + ": "
                      + String.join(", ", distribution(s))
                      + ".";
              return Geometry.bars(
                  nextChartId(),
                  format("chart.distribution.title", result.question().text()),
                  description,
                  label("chart.axis.point"),
                  label("chart.axis.people"),
                  s.distribution(),
                  s.goodEnough(),
                  goodEnoughLabel(s.goodEnough()));
            });
  }

  /** Phrases as sentences: each ends with a full stop. */
  public String sentences(List<String> phrases) {
    StringBuilder out = new StringBuilder();
    for (String phrase : phrases) {
      out.append(out.length() == 0 ? "" : " ").append(phrase).append('.');
    }
    return out.toString();
  }

  /** The line chart of the median at each session of a series. */
  public Chart medianTrend(ScalingTrend trend) {
    ScalingStatistics first = trend.points().get(0).statistics();
    // the distribution holds every point of the scale
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int point : first.distribution().keySet()) {
      min = Math.min(min, point);
      max = Math.max(max, point);
    }
    List<ScalingTrend.Point> points = trend.points();
    double[] medians = new double[points.size()];
    for (int i = 0; i < medians.length; i++) {
      medians[i] = points.get(i).statistics().median();
    }
    String description =
        trendDescription(trend) + trend.medianChange().map(c -> " " + medianChange(c)).orElse("");
    return Geometry.line(
        nextChartId(),
        format("chart.trend.median.title", trend.question()),
        description,
        label("chart.axis.session"),
        label("chart.axis.median"),
        sessionLabels(trend),
        medians,
        min,
        max,
        this::number,
        v -> number(v),
        Optional.of((double) trend.goodEnough()),
        goodEnoughLabel(trend.goodEnough()));
  }

  /** The line chart of the share at or above good enough at each session of a series. */
  public Chart shareTrend(ScalingTrend trend) {
    List<ScalingTrend.Point> points = trend.points();
    double[] shares = new double[points.size()];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = points.get(i).statistics().shareAtOrAboveGoodEnough() * 100;
    }
    String description =
        trendDescription(trend) + trend.shareChange().map(c -> " " + shareChange(c)).orElse("");
    return Geometry.line(
        nextChartId(),
        format("chart.trend.share.title", trend.question()),
        description,
        label("chart.axis.session"),
        label("chart.axis.share"),
        sessionLabels(trend),
        shares,
        0,
        100,
        v -> percent(v / 100),
        v -> percent(v / 100.0),
        Optional.empty(),
        "");
  }

  private String trendDescription(ScalingTrend trend) {
    StringBuilder out = new StringBuilder();
    for (ScalingTrend.Point p : trend.points()) {
      out.append(out.length() == 0 ? "" : "; ").append(trendPoint(p));
    }
    return out.append('.').toString();
  }

  private List<String> sessionLabels(ScalingTrend trend) {
    List<String> labels = new ArrayList<>();
    for (ScalingTrend.Point p : trend.points()) {
      labels.add(labels().shortDate(p.date()));
    }
    return labels;
  }

  private String goodEnoughLabel(int goodEnough) {
    return format("chart.goodEnough", number(goodEnough));
  }

  private String nextChartId() {
    return "chart-" + ++charts;
  }
}
