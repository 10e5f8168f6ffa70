package org.communityofpractice.core.scaling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;

/**
 * How the answers to one scaling question moved across a series: the median and the share at or
 * above good enough at each session where the question was asked, and the change from first to
 * last.
 *
 * <pre>{@code
 * import org.communityofpractice.core.topic.SeriesId;
 * ScalingMovement m = community.scalingMovement(SeriesId.of("prison-release-2016"))
 *     .get(ScalingQuestion.GUIDE_WORDING);
 * m.medianChange(); // e.g. Optional[2.0]: two points up from the first session to the last
 * }</pre>
 *
 * @param question the question's text
 * @param points one point per session in series order; a session where it was not asked, or had no
 *     ratings, is left out
 */
public record ScalingMovement(String question, List<Point> points) {

  /**
   * The question's statistics at one session.
   *
   * @param session the session's id
   * @param date the day the session was held, where it was held
   * @param statistics its statistics there
   */
  public record Point(String session, LocalDate date, ScalingStatistics statistics) {
    /**
     * Checks the point.
     *
     * @param session the session's id; must not be {@literal null} or blank
     * @param date the day the session was held, where it was held; must not be {@literal null}
     * @param statistics its statistics there; must not be {@literal null}
     * @throws NullPointerException if {@code session}, {@code date} or {@code statistics} is
     *     {@literal null}
     * @throws org.communityofpractice.core.validation.InvalidValueException if the session's id is
     *     blank
     */
    public Point {
      Checks.text(session, "session");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(statistics, "statistics");
    }
  }

  /**
   * Checks the question and copies the points.
   *
   * @param question the question's text; must not be {@literal null} or blank
   * @param points one point per session in series order; must not be {@literal null}, may be empty
   * @throws NullPointerException if {@code question}, {@code points} or a point is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the question is blank
   */
  public ScalingMovement {
    Checks.text(question, "question");
    points = List.copyOf(points);
  }

  /**
   * {@return the change of the median from the first point to the last, or empty when there are
   * fewer than two points}
   */
  public Optional<Double> medianChange() {
    return points.size() < 2 ? Optional.empty() : Optional.of(last().median() - first().median());
  }

  /**
   * {@return the change of the share at or above good enough from the first point to the last, as a
   * difference of shares in -1..1, or empty when there are fewer than two points}
   */
  public Optional<Double> shareChange() {
    return points.size() < 2
        ? Optional.empty()
        : Optional.of(last().shareAtOrAboveGoodEnough() - first().shareAtOrAboveGoodEnough());
  }

  /**
   * The change of the median from each point to the next; one fewer than the points.
   *
   * @return the steps, in series order; never {@literal null}, empty when there are fewer than two
   *     points
   */
  public List<Double> medianSteps() {
    List<Double> steps = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      steps.add(points.get(i).statistics().median() - points.get(i - 1).statistics().median());
    }
    return List.copyOf(steps);
  }

  private ScalingStatistics first() {
    return points.get(0).statistics();
  }

  private ScalingStatistics last() {
    return points.get(points.size() - 1).statistics();
  }
}
