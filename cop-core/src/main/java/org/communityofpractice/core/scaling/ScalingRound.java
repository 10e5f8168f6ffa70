package org.communityofpractice.core.scaling;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * One scaling question put to the room, with the ratings given and the "one point up" ideas.
 *
 * <pre>{@code
 * ScalingRound round = ScalingRound.builder()
 *     .question(ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7))
 *     .addRating(Rating.anonymous(4))
 *     .addRating(Rating.by(PersonId.of("p-7kx2qd9m4tbz"), 6))
 *     .addOnePointUpIdea(OnePointUpIdea.of("A named contact in every prison"))
 *     .build();
 * double median = round.statistics().orElseThrow().median(); // 5.0
 * }</pre>
 */
@Value.Immutable
public abstract class ScalingRound {
  ScalingRound() {}

  /** {@return a builder for a scaling round, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScalingRound}; ratings outside the question's scale are rejected. */
  public static final class Builder extends ImmutableScalingRound.Builder {
    Builder() {}
  }

  /** {@return the question the round asked, never {@literal null}} */
  public abstract ScalingQuestion question();

  /**
   * {@return the ratings in the order given, each on the question's scale; never {@literal null},
   * empty when nobody rated}
   */
  public abstract List<Rating> ratings();

  /**
   * {@return the answers to "What would have to happen to get one point up the scale?", in the
   * order given; never {@literal null}, may be empty}
   */
  public abstract List<OnePointUpIdea> onePointUpIdeas();

  /** {@return the statistics of the ratings, or empty when no rating was given} */
  @Value.Lazy
  public Optional<ScalingStatistics> statistics() {
    return ScalingStatistics.of(this);
  }

  /**
   * {@return the ratings' values in the order given, a fresh array on each call; never {@literal
   * null}}
   */
  public int[] values() {
    return ratings().stream().mapToInt(Rating::value).toArray();
  }

  @Value.Check
  void check() {
    Scale scale = question().scale();
    List<Rating> ratings = ratings();
    // a round of a few dozen ratings looks back through the earlier ones, which is cheaper than
    // filling a set; a larger one uses a set
    Set<PersonId> raters = ratings.size() > FEW_RATINGS ? new HashSet<>() : null;
    for (int i = 0; i < ratings.size(); i++) {
      Rating rating = ratings.get(i);
      if (!scale.contains(rating.value())) {
        throw InvalidValueException.of(
            "ratings[" + i + "].value", "must be within " + scale, rating.value());
      }
      Optional<PersonId> by = rating.ratedBy();
      if (by.isPresent()
          && (raters != null ? !raters.add(by.get()) : ratedBefore(ratings, i, by.get()))) {
        throw InvalidValueException.of(
            "ratings[" + i + "].ratedBy", "must rate at most once in a round", by.get());
      }
    }
  }

  /** The most ratings {@link #check} looks back through rather than putting into a set. */
  private static final int FEW_RATINGS = 48;

  private static boolean ratedBefore(List<Rating> ratings, int end, PersonId rater) {
    // an id's hash is its text's, computed once: comparing it first spares comparing the texts of
    // nearly every other rater
    int hash = rater.hashCode();
    for (int i = 0; i < end; i++) {
      Optional<PersonId> by = ratings.get(i).ratedBy();
      if (by.isPresent() && by.get().hashCode() == hash && by.get().equals(rater)) {
        return true;
      }
    }
    return false;
  }
}
