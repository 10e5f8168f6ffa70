package org.communityofpractice.core.scaling;

import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The bounds of a scaling question, inclusive: by default 1 to 10.
 *
 * @param min the lowest point, at least 0
 * @param max the highest point, greater than {@code min} and at most 100
 */
public record Scale(int min, int max) {
  /** "On a scale from 1 to 10…" */
  public static final Scale ONE_TO_TEN = new Scale(1, 10);

  /**
   * Checks the bounds.
   *
   * @param min the lowest point, within 0..99
   * @param max the highest point, greater than {@code min} and at most 100
   * @throws InvalidValueException if a bound is out of range, naming {@code scale.min} or {@code
   *     scale.max}
   */
  public Scale {
    if (min < 0 || min > 99) {
      throw InvalidValueException.of("scale.min", "must be within 0..99", min);
    }
    if (max <= min || max > 100) {
      throw InvalidValueException.of("scale.max", "must be within " + (min + 1) + "..100", max);
    }
  }

  /**
   * The scale from {@code min} to {@code max}.
   *
   * @param min the lowest point, within 0..99
   * @param max the highest point, greater than {@code min} and at most 100
   * @return the scale, never {@literal null}
   * @throws InvalidValueException if a bound is out of range
   */
  public static Scale of(int min, int max) {
    return new Scale(min, max);
  }

  /**
   * Whether {@code value} lies on the scale.
   *
   * @param value any number
   * @return {@code true} if {@code min <= value <= max}
   */
  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /** {@return the number of points on the scale, 2 or more} */
  public int points() {
    return max - min + 1;
  }

  @Override
  public String toString() {
    return min + ".." + max;
  }
}
