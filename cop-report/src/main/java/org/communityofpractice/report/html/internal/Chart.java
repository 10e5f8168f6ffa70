package org.communityofpractice.report.html.internal;

import java.util.List;
import java.util.Optional;

/**
 * The geometry of one hand-drawn SVG chart, in whole SVG user units of a {@value #WIDTH} by {@value
 * #HEIGHT} view box (whole units are fine enough at that size and quick to write), with its
 * accessible name and description. The template draws it; every text in it reaches the page through
 * jte's escaping.
 *
 * @param id the chart's id, unique in the document; its title and description get {@code id-title}
 *     and {@code id-desc}
 * @param title the accessible name
 * @param description what the chart shows, in words, for people who cannot see it
 * @param xAxisLabel the name of the horizontal axis
 * @param yAxisLabel the name of the vertical axis
 * @param xTicks labels along the bottom; {@link Tick#at()} is an x coordinate
 * @param yTicks labels up the side with grid lines; {@link Tick#at()} is a y coordinate
 * @param bars the bars of a bar chart, or none
 * @param dots the points of a line chart, in order, or none
 * @param reference the good-enough rule, when it lies on the chart
 */
public record Chart(
    String id,
    String title,
    String description,
    String xAxisLabel,
    String yAxisLabel,
    List<Tick> xTicks,
    List<Tick> yTicks,
    List<Bar> bars,
    List<Dot> dots,
    Optional<Rule> reference) {

  /** The view box's width. */
  public static final int WIDTH = 640;

  /** The view box's height. */
  public static final int HEIGHT = 280;

  /** The plot area's edges. */
  public static final int LEFT = 56;

  public static final int RIGHT = WIDTH - 16;
  public static final int TOP = 36;
  public static final int BOTTOM = HEIGHT - 56;

  /** Where the vertical axis's name starts, and its baseline: above the plot, at the left. */
  public static final int Y_AXIS_LABEL_X = 8;

  public static final int Y_AXIS_LABEL_Y = TOP - 22;

  public Chart {
    xTicks = List.copyOf(xTicks);
    yTicks = List.copyOf(yTicks);
    bars = List.copyOf(bars);
    dots = List.copyOf(dots);
  }

  /** The "x,y x,y …" list of the line through the dots. */
  public String polyline() {
    StringBuilder out = new StringBuilder();
    for (Dot dot : dots) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(dot.x()).append(',').append(dot.y());
    }
    return out.toString();
  }

  /** The view box attribute's value. */
  public String viewBox() {
    return "0 0 " + WIDTH + " " + HEIGHT;
  }

  /** The x coordinate of the plot's centre, for the axis title. */
  public int centreX() {
    return (LEFT + RIGHT) / 2;
  }

  /**
   * A label on an axis.
   *
   * @param at its coordinate along the axis
   * @param label its text
   */
  public record Tick(int at, String label) {}

  /**
   * One bar.
   *
   * @param x left edge
   * @param y top edge
   * @param width its width
   * @param height its height, zero for a point nobody gave
   * @param value the count written above it, empty for zero
   * @param atOrAboveGoodEnough whether its point is at or above good enough
   */
  public record Bar(
      int x, int y, int width, int height, String value, boolean atOrAboveGoodEnough) {
    /** Where the value's baseline goes. */
    public int valueY() {
      return y - 6;
    }

    /** The bar's centre. */
    public int centre() {
      return x + width / 2;
    }
  }

  /**
   * One point of a line chart.
   *
   * @param x its centre
   * @param y its centre
   * @param value the value written beside it
   * @param valueY the value's baseline: above the point, or below it where above is taken
   */
  public record Dot(int x, int y, String value, int valueY) {}

  /**
   * The good-enough rule: a dashed line from (x1, y1) to (x2, y2) with its label.
   *
   * @param label the rule's text
   * @param labelX where the label is anchored
   * @param labelY the label's baseline
   * @param anchor the label's SVG {@code text-anchor}: {@code start} or {@code end}
   */
  public record Rule(
      int x1, int y1, int x2, int y2, String label, int labelX, int labelY, String anchor) {}
}
