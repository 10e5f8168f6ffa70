package org.communityofpractice.core.internal;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.communityofpractice.core.validation.InvalidValueException;

/** Argument checks shared by the value types; every failure names the field and the value. */
public final class Checks {
  private Checks() {}

  /**
   * Requires free text that shows something and holds nothing {@link FreeText} forbids; the text
   * itself is shown in no message, since it may be personal.
   */
  public static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    int forbidden = FreeText.firstForbidden(value);
    if (forbidden >= 0) {
      throw InvalidValueException.of(
          field, FreeText.EXPECTATION, FreeText.describe(value, forbidden));
    }
    if (!FreeText.isVisible(value)) {
      throw InvalidValueException.of(field, "must not be blank", "\"" + value + "\"");
    }
    return value;
  }

  /** Whether {@link #text} would take the value. */
  public static boolean isText(String value) {
    return FreeText.firstForbidden(value) < 0 && FreeText.isVisible(value);
  }

  /** Requires an identifier: 1..64 characters of letters, digits, '-', '_' or '.'. */
  public static String identifier(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!isIdentifier(value)) {
      throw InvalidValueException.of(
          field, "must be 1..64 letters, digits, '.', '_' or '-'", "\"" + value + "\"");
    }
    return value;
  }

  /**
   * Whether the value is 1..64 of the ASCII letters, digits, '.', '_' and '-': a scan rather than a
   * regular expression, since every id an archive names passes through here.
   */
  static boolean isIdentifier(String value) {
    int length = value.length();
    if (length == 0 || length > 64) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '_'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Requires a date in the years 1..9999, the dates the archive writes as {@code 2016-03-03}: a
   * year such as 999,999,999 is a typing slip no report should publish.
   */
  public static <T extends TemporalAccessor> T date(T value, String field) {
    Objects.requireNonNull(value, field);
    int year = value.get(ChronoField.YEAR);
    if (year < 1 || year > 9999) {
      throw InvalidValueException.of(field, "must be in the years 1..9999", year);
    }
    return value;
  }

  /**
   * Requires an identifier as {@link #identifier} does, but never repeats the value: what was given
   * where a person's id belongs is often their name or email.
   */
  public static String personalIdentifier(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!isIdentifier(value)) {
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

  /**
   * Requires that no two elements share a key; names the later duplicate's index.
   *
   * @return the keys, as a set
   */
  public static <T, K> Set<K> unique(
      List<T> values, Function<T, K> key, String field, String keyName) {
    Set<K> seen = new HashSet<>(Math.max(16, values.size() * 2));
    for (int i = 0; i < values.size(); i++) {
      K k = key.apply(values.get(i));
      if (!seen.add(k)) {
        throw InvalidValueException.of(
            field + "[" + i + "]" + (keyName.isEmpty() ? "" : "." + keyName), "must be unique", k);
      }
    }
    return seen;
  }

  /**
   * Requires that no element repeat an earlier one, as {@link #unique} does with the elements as
   * their own keys.
   */
  public static <T> Set<T> uniqueSet(List<T> values, String field) {
    return unique(values, v -> v, field, "");
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
