package org.communityofpractice.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.scaling.ScalingMovement;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.report.model.internal.Require;

/**
 * How one scaling question moved across a series: the median and the share at or above good enough
 * at each session where it was asked, and the change from the first to the last.
 *
 * @param question the question's text
 * @param goodEnough the good-enough level at the last session it was asked
 * @param points one point per session where it was asked and rated, in date order
 * @param medianChange the median's change from first to last, when there are two points or more
 * @param shareChange the change of the share at or above good enough, when there are two points or
 *     more
 */
public record ScalingTrend(
    String question,
    int goodEnough,
    List<Point> points,
    Optional<Double> medianChange,
    Optional<Double> shareChange) {

  /**
   * The question's statistics at one session.
   *
   * @param session the session's id
   * @param date the session's date
   * @param statistics the statistics there
   */
  public record Point(String session, LocalDate date, ScalingStatistics statistics) {
    /**
     * Checks every component.
     *
     * @param session the session's id; never {@literal null}
     * @param date the session's date; never {@literal null}
     * @param statistics the statistics there; never {@literal null}
     * @throws NullPointerException if a component is {@literal null}, naming it
     */
    public Point {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(statistics, "statistics");
    }
  }

  /**
   * Checks every component and copies the lists, so the value cannot change afterwards.
   *
   * @param question the question's text; not blank; never {@literal null}
   * @param goodEnough the good-enough level at the last session it was asked
   * @param points one point per session where it was asked and rated, in date order; never
   *     {@literal null}, nor holding {@literal null}
   * @param medianChange the median's change from first to last, when there are two points or more;
   *     never {@literal null}
   * @param shareChange the change of the share at or above good enough, when there are two points
   *     or more; never {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public ScalingTrend {
    Require.text(question, "question");
    points = Require.list(points, "points");
    Objects.requireNonNull(medianChange, "medianChange");
    Objects.requireNonNull(shareChange, "shareChange");
  }

  /**
   * The trend of {@code points}, with the changes worked out by {@link ScalingMovement}.
   *
   * @param question the question's text; not blank; never {@literal null}
   * @param points one point per session where it was asked and rated, in date order; may be empty;
   *     never {@literal null}
   * @return the trend, with the good-enough level of the last point (0 with no points) and no
   *     changes unless there are two points or more; never {@literal null}
   * @throws NullPointerException if an argument or a point is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the question is blank
   */
  public static ScalingTrend of(String question, List<Point> points) {
    List<ScalingMovement.Point> moved = new ArrayList<>(points.size());
    for (Point p : points) {
      moved.add(new ScalingMovement.Point(p.session(), p.date(), p.statistics()));
    }
    return of(new ScalingMovement(question, moved), points);
  }

  /**
   * The trend of a question's movement across a series, as the disclosure policy publishes it.
   *
   * @param movement the movement; never {@literal null}
   * @return the trend, with the good-enough level of the last point (0 with no points) and no
   *     changes unless there are two points or more; never {@literal null}
   * @throws NullPointerException if {@code movement} is {@literal null}
   */
  public static ScalingTrend of(ScalingMovement movement) {
    List<Point> points = new ArrayList<>(movement.points().size());
    for (ScalingMovement.Point p : movement.points()) {
      points.add(new Point(p.session(), p.date(), p.statistics()));
    }
    return of(movement, points);
  }

  private static ScalingTrend of(ScalingMovement movement, List<Point> points) {
    int goodEnough = points.isEmpty() ? 0 : points.get(points.size() - 1).statistics().goodEnough();
    return new ScalingTrend(
        movement.question(), goodEnough, points, movement.medianChange(), movement.shareChange());
  }

  @Override
  public String toString() {
    return "ScalingTrend[points=" + points.size() + "]";
  }
}
