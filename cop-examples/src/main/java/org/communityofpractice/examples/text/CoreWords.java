package org.communityofpractice.examples.text;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * cop-core's own words put in a text of one of the examples' bundles — why it refused a value, an
 * archive or a journal, or what a field must be — kept until the text is said, and then said in the
 * text's language through the exception's {@code messageIn} or {@code expectationIn}.
 *
 * @param saying the words in a language, such as {@code e::expectationIn}
 */
public record CoreWords(Function<Locale, String> saying) {
  /**
   * Keeps {@code saying}.
   *
   * @throws NullPointerException if {@code saying} is {@literal null}
   */
  public CoreWords {
    Objects.requireNonNull(saying, "saying");
  }

  /** {@return the words in {@code language}} */
  public String in(Locale language) {
    return saying.apply(language);
  }

  /** In British English, as a log or a test reads it. */
  @Override
  public String toString() {
    return saying.apply(Locale.UK);
  }
}
