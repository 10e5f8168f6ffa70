package org.communityofpractice.report.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.internal.Require;

/**
 * The answers to one scaling question at one session: the ratings (anonymous, in ascending order so
 * the order of the room does not show), their statistics and the "one point up" ideas.
 *
 * <pre>{@code
 * ScalingResult r = ScalingResult.of(ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7),
 *     List.of(4, 6, 7), List.of("A named contact in every prison"));
 * r.statistics().orElseThrow().median(); // 6.0
 * }</pre>
 *
 * @param question the question with its scale and good-enough level
 * @param ratings the ratings given, ascending
 * @param statistics their statistics, or empty when no one rated
 * @param onePointUpIdeas what would have to happen to get one point up the scale
 */
public record ScalingResult(
    ScalingQuestion question,
    List<Integer> ratings,
    Optional<ScalingStatistics> statistics,
    List<String> onePointUpIdeas) {
  public ScalingResult {
    Objects.requireNonNull(question, "question");
    ratings = Require.list(ratings, "ratings");
    for (int i = 0; i < ratings.size(); i++) {
      if (!question.scale().contains(ratings.get(i))) {
        throw InvalidValueException.of("ratings[" + i + "]", "must be within " + question.scale(), ratings.get(i));
      }
      if (i > 0 && ratings.get(i) < ratings.get(i - 1)) {
        throw InvalidValueException.of("ratings[" + i + "]", "must be in ascending order", ratings.get(i));
      }
    }
    Objects.requireNonNull(statistics, "statistics");
    int n = ratings.size();
    if (statistics.isPresent() == (n == 0) || statistics.filter(s -> s.n() != n).isPresent()) {
      throw InvalidValueException.of("statistics", "must be the statistics of the ratings", statistics.map(ScalingStatistics::n));
    }
    onePointUpIdeas = Require.texts(onePointUpIdeas, "onePointUpIdeas");
  }

  /** The result of {@code ratings} (in any order) answering {@code question}. */
  public static ScalingResult of(ScalingQuestion question, List<Integer> ratings, List<String> onePointUpIdeas) {
    int[] sorted = ratings.stream().mapToInt(Integer::intValue).sorted().toArray();
    return new ScalingResult(
        question,
        Arrays.stream(sorted).boxed().toList(),
        ScalingStatistics.of(sorted, question),
        onePointUpIdeas);
  }

  @Override
  public String toString() {
    return "ScalingResult[n=" + ratings.size() + ", ideas=" + onePointUpIdeas.size() + "]";
  }
}
