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

  /** An exact count, at least 0. */
  public static Count of(int exactly) {
    return new Count(OptionalInt.of(exactly), OptionalInt.empty(), false);
  }

  /** A count suppressed as "fewer than {@code threshold}". */
  public static Count fewerThan(int threshold) {
    return new Count(OptionalInt.empty(), OptionalInt.of(threshold), false);
  }

  /** A count withheld to protect another. */
  public static Count notShown() {
    return WITHHELD;
  }

  /** Whether the count is suppressed or withheld. */
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
