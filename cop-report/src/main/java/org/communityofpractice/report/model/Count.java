package org.communityofpractice.report.model;

import java.util.OptionalInt;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A published count: exact; suppressed to "fewer than" a threshold because a small cell could
 * single someone out; or withheld so that a suppressed count elsewhere cannot be worked out from a
 * total. Exactly one of the three holds.
 *
 * <pre>{@code
 * Count.of(12).exactly();         // OptionalInt[12]
 * Count.fewerThan(5).fewerThan(); // OptionalInt[5]
 * Count.notShown().withheld(); // true
 * }</pre>
 *
 * @param exactly the count, when it may be published
 * @param fewerThan the threshold the count lies below, when it is suppressed
 * @param withheld whether the count is withheld altogether
 */
public record Count(OptionalInt exactly, OptionalInt fewerThan, boolean withheld) {
  private static final Count WITHHELD = new Count(OptionalInt.empty(), OptionalInt.empty(), true);

  /**
   * Checks that exactly one of the three holds; {@link #of}, {@link #fewerThan(int)} and {@link
   * #notShown()} are the usual way to make one.
   *
   * @param exactly the count, when it may be published: at least 0; empty otherwise; never
   *     {@literal null}
   * @param fewerThan the threshold the count lies below, when it is suppressed: at least 1; empty
   *     otherwise; never {@literal null}
   * @param withheld whether the count is withheld altogether
   * @throws org.communityofpractice.core.validation.InvalidValueException if not exactly one of the
   *     three holds (an {@literal null} optional included), the count is negative or the threshold
   *     below 1, naming {@code count}, {@code count.exactly} or {@code count.fewerThan}
   */
  public Count {
    if (exactly == null
        || fewerThan == null
        || (exactly.isPresent() ? 1 : 0) + (fewerThan.isPresent() ? 1 : 0) + (withheld ? 1 : 0)
            != 1) {
      throw InvalidValueException.of(
          "count",
          "must be exact, fewer than a threshold or withheld, exactly one",
          exactly + "/" + fewerThan + "/" + withheld);
    }
    if (exactly.isPresent() && exactly.getAsInt() < 0) {
      throw InvalidValueException.of("count.exactly", "must not be negative", exactly.getAsInt());
    }
    if (fewerThan.isPresent() && fewerThan.getAsInt() < 1) {
      throw InvalidValueException.of("count.fewerThan", "must be at least 1", fewerThan.getAsInt());
    }
  }

  /**
   * An exact count, which may be published as it is.
   *
   * @param exactly how many, at least 0
   * @return the count; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code exactly} is
   *     negative
   */
  public static Count of(int exactly) {
    return new Count(OptionalInt.of(exactly), OptionalInt.empty(), false);
  }

  /**
   * A count suppressed as "fewer than {@code threshold}", because a small cell could single someone
   * out.
   *
   * @param threshold the disclosure policy's threshold the count lies below, at least 1
   * @return the suppressed count; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code threshold} is
   *     below 1
   */
  public static Count fewerThan(int threshold) {
    return new Count(OptionalInt.empty(), OptionalInt.of(threshold), false);
  }

  /**
   * A count withheld to protect another: shown, a total could give away a suppressed count.
   *
   * @return the withheld count, always the same value; never {@literal null}
   */
  public static Count notShown() {
    return WITHHELD;
  }

  /**
   * Whether the count may not be shown as a number.
   *
   * @return {@code true} when the count is suppressed or withheld, {@code false} when it is exact
   */
  public boolean isSuppressed() {
    return exactly.isEmpty();
  }

  @Override
  public String toString() {
    return exactly.isPresent()
        ? String.valueOf(exactly.getAsInt())
        : fewerThan.isPresent() ? "<" + fewerThan.getAsInt() : "withheld";
  }
}
