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
    int n = ratings.size();
    // a round of a few dozen ratings looks back through the earlier raters, kept with their
    // hashes in arrays, which is cheaper than filling a set; a larger one uses a set
    Set<PersonId> raters = n > FEW_RATINGS ? new HashSet<>() : null;
    PersonId[] before = raters == null ? new PersonId[n] : null;
    int[] hashes = raters == null ? new int[n] : null;
    int rated = 0;
    for (int i = 0; i < n; i++) {
      Rating rating = ratings.get(i);
      if (!scale.contains(rating.value())) {
        throw InvalidValueException.of(
            "ratings[" + i + "].value", "must be within " + scale, rating.value());
      }
      Optional<PersonId> by = rating.ratedBy();
      if (by.isEmpty()) {
        continue;
      }
      PersonId rater = by.get();
      boolean again;
      if (raters != null) {
        again = !raters.add(rater);
      } else {
        int hash = rater.hashCode();
        again = ratedBefore(before, hashes, rated, rater, hash);
        before[rated] = rater;
        hashes[rated++] = hash;
      }
      if (again) {
        throw InvalidValueException.of(
            "ratings[" + i + "].ratedBy", "must rate at most once in a round", rater);
      }
    }
  }

  /** The most ratings {@link #check} looks back through rather than putting into a set. */
  private static final int FEW_RATINGS = 48;

  /**
   * Whether {@code rater}, whose hash is {@code hash}, is one of the first {@code count} raters:
   * comparing the hashes first spares comparing the texts of nearly every other rater.
   */
  @SuppressWarnings("ReferenceEquality") // the same id, as a reader hands it out: identity first
  private static boolean ratedBefore(
      PersonId[] raters, int[] hashes, int count, PersonId rater, int hash) {
    for (int i = 0; i < count; i++) {
      if (hashes[i] == hash && (raters[i] == rater || raters[i].equals(rater))) {
        return true;
      }
    }
    return false;
  }
}
