package org.communityofpractice.core.scaling;

import java.util.Objects;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A solution-focused scaling question with its scale and the level the group agreed is good enough.
 *
 * <pre>{@code
 * ScalingQuestion q = ScalingQuestion.of(
 *     "On a scale from 1 to 10 how near is this to what we're hoping for?", 7);
 * q.scale();      // 1..10
 * q.goodEnough(); // 7
 * }</pre>
 *
 * @param text the question as asked
 * @param scale the bounds of the answers
 * @param goodEnough the level at which things would be good enough, on the scale
 */
public record ScalingQuestion(String text, Scale scale, int goodEnough) {
  /** The guide's own wording. */
  public static final String GUIDE_WORDING =
      "On a scale from 1 to 10 how near is this to what we're hoping for?";

  public ScalingQuestion {
    Checks.text(text, "text");
    Objects.requireNonNull(scale, "scale");
    if (!scale.contains(goodEnough)) {
      throw InvalidValueException.of("goodEnough", "must be within " + scale, goodEnough);
    }
  }

  /** A question on the default 1..10 scale. */
  public static ScalingQuestion of(String text, int goodEnough) {
    return new ScalingQuestion(text, Scale.ONE_TO_TEN, goodEnough);
  }

  /** A question on the given scale. */
  public static ScalingQuestion of(String text, Scale scale, int goodEnough) {
    return new ScalingQuestion(text, scale, goodEnough);
  }
}
