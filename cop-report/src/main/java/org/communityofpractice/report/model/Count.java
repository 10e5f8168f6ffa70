package org.communityofpractice.report.model;

import java.util.OptionalInt;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A published count: exact, or suppressed to "fewer than" a threshold because a small cell could
 * single someone out. Exactly one of the two is present.
 *
 * <pre>{@code
 * Count.of(12).exactly();       // OptionalInt[12]
 * Count.fewerThan(5).fewerThan(); // OptionalInt[5]
 * }</pre>
 *
 * @param exactly the count, when it may be published
 * @param fewerThan the threshold the count lies below, when it is suppressed
 */
public record Count(OptionalInt exactly, OptionalInt fewerThan) {
  public Count {
    if (exactly == null || fewerThan == null || exactly.isPresent() == fewerThan.isPresent()) {
      throw InvalidValueException.of("count", "must be exact or suppressed, not both or neither",
          exactly + "/" + fewerThan);
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
    return new Count(OptionalInt.of(exactly), OptionalInt.empty());
  }

  /** A count suppressed as "fewer than {@code threshold}". */
  public static Count fewerThan(int threshold) {
    return new Count(OptionalInt.empty(), OptionalInt.of(threshold));
  }

  /** Whether the count is suppressed. */
  public boolean isSuppressed() {
    return fewerThan.isPresent();
  }

  @Override
  public String toString() {
    return exactly.isPresent() ? String.valueOf(exactly.getAsInt()) : "<" + fewerThan.getAsInt();
  }
}
