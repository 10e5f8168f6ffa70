package org.communityofpractice.report.html.internal;

import static org.communityofpractice.report.html.internal.Chart.BOTTOM;
import static org.communityofpractice.report.html.internal.Chart.LEFT;
import static org.communityofpractice.report.html.internal.Chart.RIGHT;
import static org.communityofpractice.report.html.internal.Chart.TOP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import org.communityofpractice.report.html.internal.Chart.Bar;
import org.communityofpractice.report.html.internal.Chart.Dot;
import org.communityofpractice.report.html.internal.Chart.Rule;
import org.communityofpractice.report.html.internal.Chart.Tick;

/** Lays out bar and line charts on the plot area of {@link Chart}. */
final class Geometry {
  private static final int MAX_TICKS = 5;
  private static final int MAX_X_LABELS = 12;

  private Geometry() {}

  /**
   * A bar per point of the scale, in point order, heights in proportion to how many gave it, with a
   * rule at the left edge of the good-enough point.
   */
  static Chart bars(
      String id,
      String title,
      String description,
      String xAxisLabel,
      String yAxisLabel,
      Map<Integer, Integer> distribution,
      int goodEnough,
      String goodEnoughLabel) {
    List<Integer> points = List.copyOf(distribution.keySet());
    int most = distribution.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int step = niceStep(Math.max(most, 1));
    int top = ceilTo(Math.max(most, 1), step);
    double band = (double) (RIGHT - LEFT) / points.size();
    int labelEvery = (points.size() + MAX_X_LABELS - 1) / MAX_X_LABELS;
    List<Bar> bars = new ArrayList<>();
    List<Tick> xTicks = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      int point = points.get(i);
      int count = distribution.get(point);
      int height = round((double) (BOTTOM - TOP) * count / top);
      double left = LEFT + i * band;
      bars.add(
          new Bar(
              round(left + band * 0.15),
              BOTTOM - height,
              round(band * 0.7),
              height,
              count == 0 ? "" : Integer.toString(count),
              point >= goodEnough));
      if (i % labelEvery == 0) {
        xTicks.add(new Tick(round(left + band / 2), Integer.toString(point)));
      }
    }
    Optional<Rule> rule = Optional.empty();
    int first = points.get(0);
    if (goodEnough > first && goodEnough <= points.get(points.size() - 1)) {
      int x = round(LEFT + (goodEnough - first) * band);
      rule =
          Optional.of(new Rule(x, TOP - 8, x, BOTTOM, goodEnoughLabel, x + 4, TOP - 22, "start"));
    }
    return new Chart(
        id,
        title,
        description,
        xAxisLabel,
        yAxisLabel,
        xTicks,
        yTicks(0, top, step, Integer::toString),
        bars,
        List.of(),
        rule);
  }

  /**
   * A line through one value per session, evenly spaced, on a vertical axis from {@code min} to
   * {@code max}, with an optional horizontal good-enough rule.
   */
  static Chart line(
      String id,
      String title,
      String description,
      String xAxisLabel,
      String yAxisLabel,
      List<String> xLabels,
      double[] values,
      int min,
      int max,
      DoubleFunction<String> valueLabel,
      IntFunction<String> tickLabel,
      Optional<Double> reference,
      String referenceLabel) {
    int step = niceStep(max - min);
    double inset = 32;
    double span = RIGHT - LEFT - 2 * inset;
    int labelEvery = (values.length + MAX_X_LABELS - 1) / MAX_X_LABELS;
    List<Dot> dots = new ArrayList<>();
    List<Tick> xTicks = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      int x =
          round(
              values.length == 1
                  ? (LEFT + RIGHT) / 2.0
                  : LEFT + inset + span * i / (values.length - 1));
      int y = y(values[i], min, max);
      String value = valueLabel.apply(values[i]);
      int width = textWidth(value);
      // above the point, unless that meets the axis's name: a point at the top of the first
      // sessions
      int valueY = meetsAxisLabel(x - width / 2, y - 10, width, yAxisLabel) ? y + 24 : y - 10;
      dots.add(new Dot(x, y, value, valueY));
      if (i % labelEvery == 0) {
        xTicks.add(new Tick(x, xLabels.get(i)));
      }
    }
    Optional<Rule> rule =
        reference
            .filter(r -> r >= min && r <= max)
            .map(
                r -> {
                  int y = y(r, min, max);
                  return clearOf(
                      dots,
                      yAxisLabel,
                      new Rule(LEFT, y, RIGHT, y, referenceLabel, RIGHT - 4, y - 6, "end"));
                });
    return new Chart(
        id,
        title,
        description,
        xAxisLabel,
        yAxisLabel,
        xTicks,
        yTicks(min, max, step, tickLabel),
        List.of(),
        dots,
        rule);
  }

  /** A text's width in the charts' 14 px type, generously: about 0.6 em a character. */
  static int textWidth(String text) {
    return (int) Math.ceil(text.length() * 8.4);
  }

  /**
   * The rule with its label moved, if need be, so that it covers no point's value label nor the
   * vertical axis's name: above the line at the right end, else below it, else above and below at
   * the left end; where every place is taken, the first.
   */
  static Rule clearOf(List<Dot> dots, String yAxisLabel, Rule rule) {
    int width = textWidth(rule.label());
    int[][] places = {
      {RIGHT - 4, rule.y1() - 6, 1}, {RIGHT - 4, rule.y1() + 18, 1},
      {LEFT + 4, rule.y1() - 6, 0}, {LEFT + 4, rule.y1() + 18, 0},
    };
    for (int[] place : places) {
      int left = place[2] == 1 ? place[0] - width : place[0];
      boolean inside = place[1] - 14 >= 0 && place[1] <= BOTTOM - 2;
      if (inside
          && !meetsAxisLabel(left, place[1], width, yAxisLabel)
          && dots.stream().noneMatch(d -> overlaps(left, place[1], width, d))) {
        return new Rule(
            rule.x1(),
            rule.y1(),
            rule.x2(),
            rule.y2(),
            rule.label(),
            place[0],
            place[1],
            place[2] == 1 ? "end" : "start");
      }
    }
    return rule;
  }

  /** Whether a label with this left edge, baseline and width meets the vertical axis's name. */
  static boolean meetsAxisLabel(int left, int baseline, int width, String yAxisLabel) {
    return left < Chart.Y_AXIS_LABEL_X + textWidth(yAxisLabel)
        && left + width > Chart.Y_AXIS_LABEL_X
        && baseline - 14 < Chart.Y_AXIS_LABEL_Y + 4
        && baseline + 4 > Chart.Y_AXIS_LABEL_Y - 14;
  }

  /** Whether a label with this left edge, baseline and width meets a point or its value label. */
  static boolean overlaps(int left, int baseline, int width, Dot dot) {
    int valueWidth = textWidth(dot.value());
    int dotLeft = Math.min(dot.x() - 6, dot.x() - valueWidth / 2);
    int dotRight = Math.max(dot.x() + 6, dot.x() + valueWidth / 2);
    int dotTop = Math.min(dot.valueY() - 14, dot.y() - 6);
    int dotBottom = Math.max(dot.valueY() + 4, dot.y() + 6);
    return left < dotRight
        && left + width > dotLeft
        && baseline - 14 < dotBottom
        && baseline + 4 > dotTop;
  }

  private static int y(double value, int min, int max) {
    return round(BOTTOM - (BOTTOM - TOP) * (value - min) / (max - min));
  }

  private static List<Tick> yTicks(int min, int max, int step, IntFunction<String> label) {
    List<Tick> ticks = new ArrayList<>();
    for (int v = min; v <= max; v += step) {
      ticks.add(new Tick(y(v, min, max), label.apply(v)));
    }
    if ((max - min) % step != 0) {
      ticks.add(new Tick(y(max, min, max), label.apply(max)));
    }
    return ticks;
  }

  /** The smallest of 1, 2, 5, 10, 20, 50… that divides {@code range} into at most five steps. */
  static int niceStep(int range) {
    for (int magnitude = 1; ; magnitude *= 10) {
      for (int factor : new int[] {1, 2, 5}) {
        int step = factor * magnitude;
        if ((range + step - 1) / step <= MAX_TICKS) {
          return step;
        }
      }
    }
  }

  private static int ceilTo(int value, int step) {
    return (value + step - 1) / step * step;
  }

  private static int round(double value) {
    return (int) Math.round(value);
  }
}
