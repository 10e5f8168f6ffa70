package org.communityofpractice.core.privacy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingStatistics;

/**
 * One scaling round as it may be published: the question, anonymous statistics of the ratings
 * (ratings by people whose processing is restricted are left out), and the "one point up" ideas.
 *
 * @param question the question, its scale and good-enough level
 * @param statistics n, median, quartiles, distribution and share at or above good enough; empty
 *     when no rating may be counted
 * @param onePointUpIdeas the ideas, attributed as the policy allows
 */
public record PublishableScaling(
    ScalingQuestion question,
    Optional<ScalingStatistics> statistics,
    List<PublishableText> onePointUpIdeas) {
  /**
   * Checks the record.
   *
   * @param question the question, its scale and good-enough level; must not be {@literal null}
   * @param statistics n, median, quartiles, distribution and share at or above good enough; empty
   *     when no rating may be counted; must not be {@literal null}
   * @param onePointUpIdeas the ideas, attributed as the policy allows; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public PublishableScaling {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(statistics, "statistics");
    onePointUpIdeas = List.copyOf(onePointUpIdeas);
  }

  @Override
  public String toString() {
    return "PublishableScaling{n="
        + statistics.map(ScalingStatistics::n).orElse(0)
        + ", ideas="
        + onePointUpIdeas.size()
        + "}";
  }
}
