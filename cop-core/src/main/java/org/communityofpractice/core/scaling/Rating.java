package org.communityofpractice.core.scaling;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.people.PersonId;

/**
 * One answer to a scaling question: anonymous, or attributed to the person who gave it.
 *
 * <pre>{@code
 * Rating a = Rating.anonymous(6);
 * Rating b = Rating.by(PersonId.of("p-7kx2qd9m4tbz"), 7);
 * }</pre>
 *
 * @param value the point on the scale; checked against the scale by the {@link ScalingRound}
 * @param ratedBy who gave it, or empty when anonymous
 */
public record Rating(int value, Optional<PersonId> ratedBy) {
  /**
   * Checks the record.
   *
   * @param value the point on the scale, checked against the scale by the {@link ScalingRound}
   * @param ratedBy who gave it, or empty when anonymous; must not be {@literal null}
   * @throws NullPointerException if {@code ratedBy} is {@literal null}
   */
  public Rating {
    Objects.requireNonNull(ratedBy, "ratedBy");
  }

  /**
   * A rating nobody is named for, as the guide allows ("Ratings may be anonymous").
   *
   * @param value the point on the scale, checked by the {@link ScalingRound} that holds it
   * @return the rating, never {@literal null}
   */
  public static Rating anonymous(int value) {
    return new Rating(value, Optional.empty());
  }

  /**
   * A rating given by a person in the register.
   *
   * @param person who gave it; must not be {@literal null}
   * @param value the point on the scale, checked by the {@link ScalingRound} that holds it
   * @return the rating, never {@literal null}
   */
  public static Rating by(PersonId person, int value) {
    return new Rating(value, Optional.of(Objects.requireNonNull(person, "person")));
  }

  /** {@return whether nobody is named for the rating} */
  public boolean isAnonymous() {
    return ratedBy.isEmpty();
  }
}
