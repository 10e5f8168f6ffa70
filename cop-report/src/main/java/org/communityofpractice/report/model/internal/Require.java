package org.communityofpractice.report.model.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Argument checks for the report model. Report text is what people said, so no message shows it;
 * messages name the field only.
 */
public final class Require {
  private Require() {}

  /** Requires non-blank text; the text itself is never shown. */
  public static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw InvalidValueException.ofPersonal(field, "must not be blank");
    }
    return value;
  }

  /** Requires an optional text that, when present, is not blank. */
  public static Optional<String> optionalText(Optional<String> value, String field) {
    Objects.requireNonNull(value, field);
    value.ifPresent(v -> text(v, field));
    return value;
  }

  /** An unmodifiable copy of {@code values} in which every text is non-blank. */
  public static List<String> texts(List<String> values, String field) {
    List<String> copy = List.copyOf(Objects.requireNonNull(values, field));
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).isBlank()) {
        text(copy.get(i), field + "[" + i + "]"); // named only when it fails
      }
    }
    return copy;
  }

  /** An unmodifiable copy of {@code values}; no element may be {@literal null}. */
  public static <T> List<T> list(List<T> values, String field) {
    return List.copyOf(Objects.requireNonNull(values, field));
  }

  /** Requires {@code value >= 0}. */
  public static int notNegative(int value, String field) {
    if (value < 0) {
      throw InvalidValueException.of(field, "must not be negative", value);
    }
    return value;
  }
}
