package org.communityofpractice.core.privacy;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One published count: shown, shown as "fewer than 5" (the policy's threshold), or withheld so that
 * another suppressed count cannot be worked out from the total.
 *
 * <pre>{@code
 * Count c = policy.session(community, session.id()).representation().sectors().cells().get(0).count();
 * String text = c.isShown() ? String.valueOf(c.value().getAsInt())
 *     : c.suppression() == Count.Suppression.FEWER_THAN_THRESHOLD ? "fewer than " + c.threshold()
 *     : "not shown";
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

  static Count shown(int value, int threshold) {
    return new Count(value, Suppression.SHOWN, threshold);
  }

  static Count fewerThan(int threshold) {
    return new Count(-1, Suppression.FEWER_THAN_THRESHOLD, threshold);
  }

  static Count withheld(int threshold) {
    return new Count(-1, Suppression.WITHHELD, threshold);
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
