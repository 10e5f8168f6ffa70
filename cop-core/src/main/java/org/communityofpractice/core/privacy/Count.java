package org.communityofpractice.core.privacy;

import java.util.Objects;
import java.util.OptionalInt;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * One published count: shown, shown as "fewer than 5" (the policy's threshold), or withheld so that
 * another suppressed count cannot be worked out from the total. The privacy view's breakdowns hold
 * them, and the report model shows the same values; a report of your own, or a test, makes them
 * with {@link #shown}, {@link #fewerThan} and {@link #withheld}.
 *
 * <pre>{@code
 * Count c = policy.session(community, session.id()).representation().sectors().cells().get(0).count();
 * String text = c.isShown() ? String.valueOf(c.value().getAsInt())
 *     : c.suppression() == Count.Suppression.FEWER_THAN_THRESHOLD ? "fewer than " + c.threshold()
 *     : "not shown";
 * Count.shown(12, 5).value();           // OptionalInt[12]
 * Count.fewerThan(5).toString();        // "fewer than 5"
 * Count.withheld(5).suppression();      // WITHHELD
 * }</pre>
 */
public final class Count {
  /** Whether and why a count is not shown. */
  public enum Suppression {
    /** Shown as it is. */
    SHOWN,
    /** Below the threshold: shown as "fewer than {threshold}". */
    FEWER_THAN_THRESHOLD,
    /** Withheld to protect a suppressed count elsewhere in the same breakdown. */
    WITHHELD
  }

  private final int value;
  private final Suppression suppression;
  private final int threshold;

  private Count(int value, Suppression suppression, int threshold) {
    this.value = value;
    this.suppression = suppression;
    this.threshold = threshold;
  }

  /**
   * A count shown as it is.
   *
   * @param value how many, at least 0; a count the policy does not suppress, such as a headcount,
   *     may lie below the threshold
   * @param threshold the suppression threshold in force, within 2..1000
   * @return the count; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code count} when
   *     {@code value} is negative, or {@code suppressionThreshold} when the threshold is outside
   *     2..1000
   */
  public static Count shown(int value, int threshold) {
    if (value < 0) {
      throw InvalidValueException.of("count", "must not be negative", value);
    }
    return new Count(value, Suppression.SHOWN, checkThreshold(threshold));
  }

  /**
   * A count suppressed as "fewer than {@code threshold}", because a small cell could single someone
   * out.
   *
   * @param threshold the suppression threshold the count lies below, within 2..1000
   * @return the suppressed count; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code
   *     suppressionThreshold} when the threshold is outside 2..1000
   */
  public static Count fewerThan(int threshold) {
    return new Count(-1, Suppression.FEWER_THAN_THRESHOLD, checkThreshold(threshold));
  }

  /**
   * A count withheld to protect a suppressed count elsewhere: shown, it and a total could give that
   * one away.
   *
   * @param threshold the suppression threshold in force, within 2..1000
   * @return the withheld count; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code
   *     suppressionThreshold} when the threshold is outside 2..1000
   */
  public static Count withheld(int threshold) {
    return new Count(-1, Suppression.WITHHELD, checkThreshold(threshold));
  }

  /** The threshold's bounds are the policy's, so a count can hold only a threshold it could use. */
  static int checkThreshold(int threshold) {
    return Checks.within(threshold, 2, 1000, "suppressionThreshold");
  }

  /** {@return the count when shown; empty when suppressed or withheld} */
  public OptionalInt value() {
    return suppression == Suppression.SHOWN ? OptionalInt.of(value) : OptionalInt.empty();
  }

  /** {@return whether the count is shown as it is} */
  public boolean isShown() {
    return suppression == Suppression.SHOWN;
  }

  /** {@return whether and why the count is not shown, never {@literal null}} */
  public Suppression suppression() {
    return suppression;
  }

  /** {@return the suppression threshold in force, for "fewer than {threshold}"} */
  public int threshold() {
    return threshold;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Count other
        && value == other.value
        && suppression == other.suppression
        && threshold == other.threshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, suppression, threshold);
  }

  @Override
  public String toString() {
    return switch (suppression) {
      case SHOWN -> String.valueOf(value);
      case FEWER_THAN_THRESHOLD -> "fewer than " + threshold;
      case WITHHELD -> "withheld";
    };
  }
}
