package org.communityofpractice.core.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.communityofpractice.core.validation.InvalidValueException;

/** Argument checks shared by the value types; every failure names the field and the value. */
public final class Checks {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]+");

  private Checks() {}

  /** Requires non-blank text; the text itself is shown in no message, since it may be personal. */
  public static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw InvalidValueException.of(field, "must not be blank", "\"" + value + "\"");
    }
    return value;
  }

  /** Requires an identifier: 1..64 characters of letters, digits, '-', '_' or '.'. */
  public static String identifier(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty() || value.length() > 64 || !IDENTIFIER.matcher(value).matches()) {
      throw InvalidValueException.of(
          field, "must be 1..64 letters, digits, '.', '_' or '-'", "\"" + value + "\"");
    }
    return value;
  }

  /**
   * Requires an identifier as {@link #identifier} does, but never repeats the value: what was given
   * where a person's id belongs is often their name or email.
   */
  public static String personalIdentifier(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty() || value.length() > 64 || !IDENTIFIER.matcher(value).matches()) {
      throw InvalidValueException.ofPersonal(
          field, "must be 1..64 letters, digits, '.', '_' or '-'");
    }
    return value;
  }

  /** Requires {@code min <= value <= max}. */
  public static int within(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw InvalidValueException.of(field, "must be within " + min + ".." + max, value);
    }
    return value;
  }

  /** Requires that no two elements share a key; names the later duplicate's index. */
  public static <T, K> void unique(
      List<T> values, Function<T, K> key, String field, String keyName) {
    Set<K> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      K k = key.apply(values.get(i));
      if (!seen.add(k)) {
        throw InvalidValueException.of(
            field + "[" + i + "]" + (keyName.isEmpty() ? "" : "." + keyName),
            "must be unique",
            k);
      }
    }
  }

  /** Requires every element to be in {@code known}. */
  public static <T> void allKnown(
      Collection<T> values, Set<T> known, String field, String expectation) {
    int i = 0;
    for (T value : values) {
      if (!known.contains(value)) {
        throw InvalidValueException.of(field + "[" + i + "]", expectation, value);
      }
      i++;
    }
  }
}
