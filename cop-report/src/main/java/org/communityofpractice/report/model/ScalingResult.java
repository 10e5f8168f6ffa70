package org.communityofpractice.report.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.model.internal.Require;

/**
 * The answers to one scaling question at one session: anonymous statistics of the ratings (n,
 * median, quartiles, the distribution over every point of the scale, the share at or above good
 * enough) and the "one point up" ideas. The distribution is what a table of ratings in long format
 * is made from: one row per rating.
 *
 * <pre>{@code
 * ScalingResult r = ScalingResult.of(ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7),
 *     List.of(4, 6, 7), List.of(Remark.of("A named contact in every prison")));
 * r.statistics().orElseThrow().median(); // 6.0
 * }</pre>
 *
 * @param question the question with its scale and good-enough level
 * @param statistics the statistics of the ratings that may be counted, or empty when there are none
 * @param onePointUpIdeas what would have to happen to get one point up the scale
 */
public record ScalingResult(
    ScalingQuestion question,
    Optional<ScalingStatistics> statistics,
    List<Remark> onePointUpIdeas) {
  /**
   * Checks every component and copies the lists, so the value cannot change afterwards.
   *
   * @param question the question with its scale and good-enough level; never {@literal null}
   * @param statistics the statistics of the ratings that may be counted, or empty when there are
   *     none; never {@literal null}
   * @param onePointUpIdeas what would have to happen to get one point up the scale; never {@literal
   *     null}, nor holding {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public ScalingResult {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(statistics, "statistics");
    statistics
        .filter(s -> s.goodEnough() != question.goodEnough())
        .ifPresent(
            s -> {
              throw InvalidValueException.of(
                  "statistics.goodEnough",
                  "must be the question's " + question.goodEnough(),
                  s.goodEnough());
            });
    statistics
        .filter(s -> !question.scale().contains(s.min()) || !question.scale().contains(s.max()))
        .ifPresent(
            s -> {
              throw InvalidValueException.of(
                  "statistics",
                  "must lie within the scale " + question.scale(),
                  s.min() + ".." + s.max());
            });
    onePointUpIdeas = Require.list(onePointUpIdeas, "onePointUpIdeas");
  }

  /**
   * The result of {@code ratings} answering {@code question}, with the statistics worked out.
   *
   * @param question the question with its scale and good-enough level; never {@literal null}
   * @param ratings the ratings that may be counted, in any order, each on the question's scale; may
   *     be empty; never {@literal null}
   * @param onePointUpIdeas what would have to happen to get one point up; may be empty; never
   *     {@literal null}
   * @return the result, with no statistics when there are no ratings; never {@literal null}
   * @throws NullPointerException if an argument or a rating is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if a rating lies off the
   *     question's scale
   */
  public static ScalingResult of(
      ScalingQuestion question, List<Integer> ratings, List<Remark> onePointUpIdeas) {
    return new ScalingResult(
        question,
        ScalingStatistics.of(ratings.stream().mapToInt(Integer::intValue).toArray(), question),
        onePointUpIdeas);
  }

  /**
   * How many ratings the statistics count.
   *
   * @return the count; 0 when there are none
   */
  public int n() {
    return statistics.map(ScalingStatistics::n).orElse(0);
  }

  @Override
  public String toString() {
    return "ScalingResult[n=" + n() + ", ideas=" + onePointUpIdeas.size() + "]";
  }
}
