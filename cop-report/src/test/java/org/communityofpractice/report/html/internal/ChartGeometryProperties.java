package org.communityofpractice.report.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.communityofpractice.report.html.internal.Chart.BOTTOM;
import static org.communityofpractice.report.html.internal.Chart.LEFT;
import static org.communityofpractice.report.html.internal.Chart.RIGHT;
import static org.communityofpractice.report.html.internal.Chart.TOP;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.communityofpractice.report.html.internal.Chart.Bar;
import org.communityofpractice.report.html.internal.Chart.Dot;

/** The charts' geometry stays on the plot and tells the truth about the numbers. */
class ChartGeometryProperties {

  @Property(tries = 300)
  void barsStandOnTheAxisInsideThePlotWithHeightsInProportionToTheirCounts(
      @ForAll @IntRange(min = 0, max = 20) int min,
      @ForAll @Size(min = 2, max = 100) List<@IntRange(min = 0, max = 60) Integer> counts,
      @ForAll @IntRange(min = 0, max = 99) int goodEnoughOffset) {
    Map<Integer, Integer> distribution = new TreeMap<>();
    for (int i = 0; i < counts.size(); i++) {
      distribution.put(min + i, counts.get(i));
    }
    int goodEnough = min + goodEnoughOffset % counts.size();
    Chart chart = Geometry.bars("c", "t", "d", "x", "y", distribution, goodEnough, "good enough");

    assertThat(chart.bars()).hasSize(counts.size());
    int most = counts.stream().mapToInt(Integer::intValue).max().orElseThrow();
    for (int i = 0; i < counts.size(); i++) {
      Bar bar = chart.bars().get(i);
      assertThat(bar.x()).isGreaterThanOrEqualTo(LEFT);
      assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(RIGHT);
      assertThat(bar.y()).isGreaterThanOrEqualTo(TOP);
      assertThat(bar.y() + bar.height()).isEqualTo(BOTTOM);
      assertThat(bar.atOrAboveGoodEnough()).isEqualTo(min + i >= goodEnough);
      assertThat(bar.value()).isEqualTo(counts.get(i) == 0 ? "" : counts.get(i).toString());
      if (most > 0) {
        Bar tallest = chart.bars().get(counts.indexOf(most));
        // whole units: each height is within half a unit of its exact share of the tallest
        assertThat((double) bar.height())
            .isCloseTo((double) tallest.height() * counts.get(i) / most, offset(1.0));
      }
    }
    for (int i = 1; i < counts.size(); i++) {
      assertThat(chart.bars().get(i).x()).isGreaterThan(chart.bars().get(i - 1).x());
    }
    assertThat(chart.reference().isPresent()).isEqualTo(goodEnough > min);
    chart
        .reference()
        .ifPresent(
            rule -> {
              Bar first = chart.bars().get(goodEnough - min);
              Bar before = chart.bars().get(goodEnough - min - 1);
              assertThat(rule.x1()).isBetween(before.x() + before.width() - 1, first.x() + 1);
            });
    assertThat(chart.yTicks().get(chart.yTicks().size() - 1).at()).isEqualTo(TOP);
    assertThat(chart.xTicks().size()).isBetween(1, 12);
  }

  @Property(tries = 300)
  void dotsOfALineRunLeftToRightInsideThePlotAtTheirValues(
      @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 1, max = 10) Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    List<String> labels = values.stream().map(String::valueOf).toList();
    Chart chart =
        Geometry.line(
            "c",
            "t",
            "d",
            "x",
            "y",
            labels,
            v,
            1,
            10,
            String::valueOf,
            Integer::toString,
            Optional.of(7.0),
            "good enough");

    assertThat(chart.dots()).hasSize(values.size());
    for (int i = 0; i < v.length; i++) {
      Dot dot = chart.dots().get(i);
      assertThat(dot.x()).isBetween(LEFT, RIGHT);
      assertThat(dot.y()).isBetween(TOP, BOTTOM);
      assertThat((double) dot.y()).isCloseTo(BOTTOM - (BOTTOM - TOP) * (v[i] - 1) / 9, offset(0.5));
      if (i > 0) {
        assertThat(dot.x()).isGreaterThan(chart.dots().get(i - 1).x());
      }
    }
    assertThat(chart.polyline().split(" ")).hasSize(values.size());
    assertThat((double) chart.reference().orElseThrow().y1())
        .isCloseTo(BOTTOM - (BOTTOM - TOP) * 6 / 9.0, offset(0.5));
  }

  @Property
  void aStepDividesAnyRangeIntoAtMostFiveNiceSteps(
      @ForAll @IntRange(min = 1, max = 1_000_000) int range) {
    int step = Geometry.niceStep(range);
    assertThat((range + step - 1) / step).isBetween(1, 5);
    assertThat(String.valueOf(step)).matches("[125]0*");
  }

  @Property(tries = 300)
  void theGoodEnoughLabelCoversNoPointWhenThereIsRoomForIt(
      @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = 1, max = 10) Double> values,
      @ForAll @DoubleRange(min = -1, max = 1) double nearTheLast) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    double goodEnough =
        Math.max(1, Math.min(10, v[v.length - 1] + nearTheLast)); // where clashes happen
    List<String> labels = values.stream().map(String::valueOf).toList();
    Chart chart =
        Geometry.line(
            "c",
            "t",
            "d",
            "x",
            "y",
            labels,
            v,
            1,
            10,
            d -> String.format("%.1f", d),
            Integer::toString,
            Optional.of(goodEnough),
            "good enough (7)");

    Chart.Rule rule = chart.reference().orElseThrow();
    int width = Geometry.textWidth(rule.label());
    int left = leftEdge(rule, width);
    if (anyRoomForTheLabel(chart, "y")) {
      for (Dot dot : chart.dots()) {
        assertThat(Geometry.overlaps(left, rule.labelY(), width, dot))
            .as("%s and %s", rule, dot)
            .isFalse();
      }
    }
  }

  @Property(tries = 300)
  void noValueOrRuleLabelMeetsTheAxisName(
      @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 100) Double> values,
      @ForAll @DoubleRange(min = 0, max = 100) double reference,
      @ForAll @IntRange(min = 1, max = 40) int axisNameLength) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    String axisName = "n".repeat(axisNameLength);
    Chart chart =
        Geometry.line(
            "c",
            "t",
            "d",
            "x",
            axisName,
            values.stream().map(String::valueOf).toList(),
            v,
            0,
            100,
            d -> Math.round(d) + "%",
            Integer::toString,
            Optional.of(reference),
            "good enough (70%)");

    for (Dot dot : chart.dots()) {
      int width = Geometry.textWidth(dot.value());
      assertThat(Geometry.meetsAxisLabel(dot.x() - width / 2, dot.valueY(), width, axisName))
          .as("%s and the axis name %s", dot, axisName)
          .isFalse();
      assertThat(dot.valueY() - 14).as("%s inside the chart", dot).isGreaterThanOrEqualTo(0);
      assertThat(dot.valueY() + 4).as("%s inside the chart", dot).isLessThanOrEqualTo(Chart.HEIGHT);
    }
    Chart.Rule rule = chart.reference().orElseThrow();
    int width = Geometry.textWidth(rule.label());
    if (anyRoomForTheLabel(chart, axisName)) {
      assertThat(Geometry.meetsAxisLabel(leftEdge(rule, width), rule.labelY(), width, axisName))
          .as("%s", rule)
          .isFalse();
    }
  }

  /** The good-enough label's left edge, whichever end it is anchored by. */
  private static int leftEdge(Chart.Rule rule, int width) {
    return rule.anchor().equals("end") ? rule.labelX() - width : rule.labelX();
  }

  /**
   * Whether one of the places the good-enough label may take (above or below the line, at either
   * end) lies inside the plot and meets neither a point nor the axis name.
   */
  private static boolean anyRoomForTheLabel(Chart chart, String axisName) {
    Chart.Rule rule = chart.reference().orElseThrow();
    int width = Geometry.textWidth(rule.label());
    for (int[] place :
        new int[][] {
          {RIGHT - 4 - width, rule.y1() - 6},
          {RIGHT - 4 - width, rule.y1() + 18},
          {LEFT + 4, rule.y1() - 6},
          {LEFT + 4, rule.y1() + 18}
        }) {
      if (place[1] - 14 >= 0
          && place[1] <= BOTTOM - 2
          && !Geometry.meetsAxisLabel(place[0], place[1], width, axisName)
          && chart.dots().stream()
              .noneMatch(d -> Geometry.overlaps(place[0], place[1], width, d))) {
        return true;
      }
    }
    return false;
  }

  @org.junit.jupiter.api.Test
  void aFirstPointAtTheTopPutsItsValueBelowItClearOfTheAxisName() {
    String axisName = "At or above good enough";
    Chart chart =
        Geometry.line(
            "c",
            "t",
            "d",
            "x",
            axisName,
            List.of("a", "b"),
            new double[] {100, 50},
            0,
            100,
            d -> Math.round(d) + "%",
            Integer::toString,
            Optional.empty(),
            "");
    Dot first = chart.dots().get(0);
    Dot second = chart.dots().get(1);
    assertThat(first.y()).isEqualTo(TOP);
    int width = Geometry.textWidth(first.value());
    assertThat(Geometry.meetsAxisLabel(first.x() - width / 2, first.y() - 10, width, axisName))
        .as("the usual place")
        .isTrue();
    assertThat(first.valueY()).as("below the point").isGreaterThan(first.y());
    assertThat(second.valueY())
        .as("a point lower down keeps its value above")
        .isLessThan(second.y());
  }

  @org.junit.jupiter.api.Test
  void aLastPointOnTheGoodEnoughLineMovesTheLabelAway() {
    Chart chart =
        Geometry.line(
            "c",
            "t",
            "d",
            "x",
            "y",
            List.of("a", "b", "c"),
            new double[] {4, 5, 7},
            1,
            10,
            d -> String.format("%.1f", d),
            Integer::toString,
            Optional.of(7.0),
            "good enough (7)");
    Chart.Rule rule = chart.reference().orElseThrow();
    Dot last = chart.dots().get(2);
    int width = Geometry.textWidth(rule.label());
    int left = leftEdge(rule, width);
    assertThat(Geometry.overlaps(RIGHT - 4 - width, rule.y1() - 6, width, last))
        .as("the usual place")
        .isTrue();
    assertThat(Geometry.overlaps(left, rule.labelY(), width, last))
        .as("the place chosen")
        .isFalse();
  }
}
