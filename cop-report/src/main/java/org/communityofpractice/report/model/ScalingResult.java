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

  /** The result of {@code ratings} (in any order) answering {@code question}. */
  public static ScalingResult of(
      ScalingQuestion question, List<Integer> ratings, List<Remark> onePointUpIdeas) {
    return new ScalingResult(
        question,
        ScalingStatistics.of(ratings.stream().mapToInt(Integer::intValue).toArray(), question),
        onePointUpIdeas);
  }

  /** How many ratings the statistics count; 0 when there are none. */
  public int n() {
    return statistics.map(ScalingStatistics::n).orElse(0);
  }

  @Override
  public String toString() {
    return "ScalingResult[n=" + n() + ", ideas=" + onePointUpIdeas.size() + "]";
  }
}
