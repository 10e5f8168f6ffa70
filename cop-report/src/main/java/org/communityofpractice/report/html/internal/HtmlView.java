package org.communityofpractice.report.html.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.text.NumberFormat;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.report.internal.MiddleHalf;
import org.communityofpractice.report.model.CaptionedArtefact;
import org.communityofpractice.report.model.Count;
import org.communityofpractice.report.model.Representation;
import org.communityofpractice.report.model.ResourceLink;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.ScalingTrend;
import org.communityofpractice.report.spi.Labels;

/**
 * What the HTML templates ask while they render one report: labels, numbers and dates in the
 * report's language, chart geometry with its words, and which links and images are safe to put in
 * the page. One instance per rendering (it hands out ids unique in the document); not thread-safe.
 */
public final class HtmlView {
  /** Only raster images carried in the page itself: the report stays one self-contained file. */
  private static final Pattern EMBEDDED_IMAGE =
      Pattern.compile("data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}");

  private final LanguageFormats formats;
  private final Labels labels;
  private NumberFormat number;
  private NumberFormat percent;
  private int charts;

  /** A view for one rendering in the language of {@code formats}. */
  public HtmlView(LanguageFormats formats) {
    this.formats = formats;
    this.labels = formats.labels();
  }

  /** The BCP 47 tag of the page's language. */
  public String language() {
    return labels.languageTag();
  }

  /** A plain label. */
  public String label(String key) {
    return formats.label(key);
  }

  /** A label with its {@code {0}}, {@code {1}}… filled in with already formatted words. */
  public String format(String key, String... arguments) {
    return formats.pattern(key).fill(arguments);
  }

  public String perspective(String key) {
    return formats.group("perspective.", key);
  }

  public String sector(String key) {
    return formats.group("sector.", key);
  }

  public String presentationKind(String key) {
    return formats.group("presentation.", key);
  }

  public String date(TemporalAccessor when) {
    return formats.date().format(when);
  }

  public String time(TemporalAccessor when) {
    return formats.time().format(when);
  }

  /** A number with at most one decimal, as {@link Labels#number} writes it. */
  public String number(double value) {
    // small whole numbers (not -0, which DecimalFormat writes "-0") without DecimalFormat's cost
    if (formats.plainIntegers()
        && value == Math.rint(value)
        && Math.abs(value) < 1000
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
      return Integer.toString((int) value);
    }
    if (number == null) {
      number = formats.number();
    }
    return number.format(value);
  }

  /** A share in 0..1 as a whole percentage, as {@link Labels#percent} writes it. */
  public String percent(double share) {
    double hundredths = share * 100;
    if (formats.plainPercent() && Math.abs(hundredths) < 1000) {
      // rounded as the percent format rounds: half to even, on the double's exact value
      return new BigDecimal(hundredths).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
    if (percent == null) {
      percent = formats.percent();
    }
    return percent.format(share);
  }

  /**
   * Whether a count is known to be zero, so its line is left out ("Organisations represented: 0"
   * says nothing).
   */
  public boolean isZero(Count count) {
    return count.exactly().isPresent() && count.exactly().getAsInt() == 0;
  }

  /** The label for {@code key} in the form for {@code count}, as {@link Labels#plural} gives it. */
  public String plural(String key, long count) {
    return labels.plural(key, count, number((double) count));
  }

  /**
   * The one sentence that says some perspectives or sectors are not listed, as the text and
   * Markdown reports say it; empty when every group is listed.
   */
  public Optional<String> notListed(Representation r) {
    return labels.groupsNotListed(r);
  }

  /** A count as published: exact, "fewer than n" when suppressed, or "not shown". */
  public String count(Count count) {
    return labels.count(count); // as the text and Markdown reports write it
  }

  /** The sentence of how the share at or above good enough moved: "… moved by +56 points." */
  public String shareChange(double shareChange) {
    long points = Math.round(shareChange * 100);
    return labels.plural("scaling.trend.shareChange", points, signed((double) points));
  }

  /** A change of a share in percentage points, with its sign, such as "+56". */
  public String signedPoints(double shareChange) {
    return signed((double) Math.round(shareChange * 100));
  }

  /** A change with its sign, such as "+2" or "−0.5". */
  public String signed(double change) {
    String magnitude = number(Math.abs(change));
    return change > 0 ? "+" + magnitude : change < 0 ? "\u2212" + magnitude : magnitude;
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

  /** The statistics of a round in words, sentence by sentence. */
  public List<String> statistics(ScalingStatistics s) {
    return List.of(
        format("scaling.n", number(s.n())) + ".",
        format(
                MiddleHalf.labelKey(s),
                number(s.median()),
                number(MiddleHalf.from(s)),
                number(MiddleHalf.to(s)))
            + ".",
        format("scaling.share", percent(s.shareAtOrAboveGoodEnough())) + ".");
  }

  /** The scale's line: "Scale 1 to 10; good enough is 7". */
  public String scale(ScalingResult result) {
    return format(
        "scaling.scale",
        number(result.question().scale().min()),
        number(result.question().scale().max()),
        number(result.question().goodEnough()));
  }

  /** The bar chart of how many gave each point, when anyone answered. */
  public Optional<Chart> distribution(ScalingResult result) {
    return result
        .statistics()
        .map(
            s -> {
              List<String> counts = new ArrayList<>();
              for (Map.Entry<Integer, Integer> point : s.distribution().entrySet()) {
                if (point.getValue()
                    > 0) { // as the text report lists them; the bars show the zeros
                  counts.add(
                      format("scaling.point", number(point.getKey()), number(point.getValue())));
                }
              }
              String description =
                  String.join(" ", statistics(s))
                      + " "
                      + formats.label("scaling.distribution")
                      + ": "
                      + String.join(", ", counts)
                      + ".";
              return Geometry.bars(
                  nextChartId(),
                  format("chart.distribution.title", result.question().text()),
                  description,
                  formats.label("chart.axis.point"),
                  formats.label("chart.axis.people"),
                  s.distribution(),
                  s.goodEnough(),
                  goodEnoughLabel(s.goodEnough()));
            });
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
        trendDescription(trend)
            + trend
                .medianChange()
                .map(c -> " " + format("scaling.trend.medianChange", signed(c)))
                .orElse("");
    return Geometry.line(
        nextChartId(),
        format("chart.trend.median.title", trend.question()),
        description,
        formats.label("chart.axis.session"),
        formats.label("chart.axis.median"),
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
        formats.label("chart.axis.session"),
        formats.label("chart.axis.share"),
        sessionLabels(trend),
        shares,
        0,
        100,
        v -> percent(v / 100),
        v -> percent(v / 100.0),
        Optional.empty(),
        "");
  }

  /** The points of a trend in words: "3 March 2016: median 5, at or above good enough 40%; …". */
  public List<String> trendPoints(ScalingTrend trend) {
    List<String> lines = new ArrayList<>();
    for (ScalingTrend.Point p : trend.points()) {
      lines.add(
          format(
              "scaling.trend.point",
              date(p.date()),
              number(p.statistics().median()),
              percent(p.statistics().shareAtOrAboveGoodEnough())));
    }
    return lines;
  }

  private String trendDescription(ScalingTrend trend) {
    return String.join("; ", trendPoints(trend)) + ".";
  }

  private List<String> sessionLabels(ScalingTrend trend) {
    List<String> labels = new ArrayList<>();
    for (ScalingTrend.Point p : trend.points()) {
      labels.add(formats.shortDate().format(p.date()));
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
