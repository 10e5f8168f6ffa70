package org.communityofpractice.core.validation;

import java.util.Locale;
import java.util.Objects;
import org.communityofpractice.core.validation.internal.MaybePersonal;
import org.communityofpractice.core.validation.internal.Refusals;

/**
 * Thrown when a value would break one of the model's invariants. The message names the field (as a
 * path relative to the value being built, such as {@code ratings[4].value}), what was expected and
 * the offending value — unless the value is personal data, which never appears in a message. A
 * value is shown as a console or a log can take it: at most its first 64 characters (cop's own
 * bound, about one short line), then {@code …}, with every character that could move the cursor,
 * change the text's direction or hide itself written as {@code \\uXXXX}. {@link #value()} is the
 * value as the message shows it, so the exception never holds more of it than that.
 *
 * <pre>{@code
 * import org.communityofpractice.core.scaling.Rating;
 * import org.communityofpractice.core.scaling.ScalingQuestion;
 * import org.communityofpractice.core.scaling.ScalingRound;
 * try {
 *   ScalingRound.builder()
 *       .question(ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7))
 *       .addRating(Rating.anonymous(11))
 *       .build();
 * } catch (InvalidValueException e) {
 *   e.field();      // "ratings[0].value"
 *   e.getMessage(); // "ratings[0].value must be within 1..10 but was 11"
 *   e.messageIn(Locale.forLanguageTag("cy"));
 *                   // "ratings[0].value: rhaid iddo fod rhwng 1 a 10; cafwyd 11"
 * }
 * }</pre>
 *
 * <p>{@link #getMessage()} is in British English, as a log or a developer reads it; {@link
 * #messageIn(Locale)} says the same in the language of the person who typed the value (British
 * English and Welsh; any other language gets British English), with the field and the value exactly
 * as {@code getMessage()} shows them.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final String WITHHELD = "withheld (personal data)";

  /** The field that failed, as a path relative to the value being built. */
  private final String field;

  /** What the field must satisfy. */
  private final String expectation;

  /** The offending value as text, or a placeholder when it is personal data. */
  private final String value;

  /** Whether the value was withheld because it is personal data. */
  private final boolean personal;

  private InvalidValueException(String field, String expectation, String value, boolean personal) {
    super(compose(field, expectation, value, personal));
    this.field = field;
    this.expectation = expectation;
    this.value = value;
    this.personal = personal;
  }

  /**
   * A value that breaks a rule; the value is shown in the message, unless it looks personal (a
   * person's id that spells a name), which is withheld as {@link #ofPersonal(String, String)}
   * withholds it.
   *
   * @param field the field, as a relative path, must not be {@literal null}
   * @param expectation what the field must satisfy, e.g. "must be within 1..10"
   * @param value the offending value, may be {@literal null}
   * @return the exception, never {@literal null}
   */
  public static InvalidValueException of(String field, String expectation, Object value) {
    if (value instanceof MaybePersonal m && m.looksPersonal()) {
      return ofPersonal(field, expectation);
    }
    return new InvalidValueException(
        Objects.requireNonNull(field, "field"),
        Objects.requireNonNull(expectation, "expectation"),
        Shown.shown(String.valueOf(value), Shown.CHARACTERS),
        false);
  }

  /**
   * A personal value (a name, an email address, a phone number…) that breaks a rule: the message
   * says what was expected but never shows the value.
   *
   * @param field the field, as a relative path; must not be {@literal null}
   * @param expectation what the field must satisfy; must not be {@literal null}
   * @return the exception, whose message withholds the value; never {@literal null}
   */
  public static InvalidValueException ofPersonal(String field, String expectation) {
    return new InvalidValueException(
        Objects.requireNonNull(field, "field"),
        Objects.requireNonNull(expectation, "expectation"),
        WITHHELD,
        true);
  }

  /**
   * The same failure seen from an enclosing value: {@code ratings[4].value} becomes {@code
   * scaling[0].ratings[4].value}.
   *
   * @param parent the path of the enclosing value, such as {@code scaling[0]}; must not be
   *     {@literal null}, empty meaning the field is already relative to the outermost value
   * @return a new exception with the joined path and the same expectation and value (or
   *     placeholder); never {@literal null}
   */
  public InvalidValueException within(String parent) {
    Objects.requireNonNull(parent, "parent");
    String joined =
        field.startsWith("[") || parent.isEmpty() ? parent + field : parent + "." + field;
    InvalidValueException nested = new InvalidValueException(joined, expectation, value, personal);
    nested.setStackTrace(getStackTrace());
    return nested;
  }

  /**
   * {@return the field that failed, as a path relative to the value being built; never {@literal
   * null}}
   */
  public String field() {
    return field;
  }

  /** {@return what the field must satisfy, e.g. "must be within 1..10"; never {@literal null}} */
  public String expectation() {
    return expectation;
  }

  /**
   * {@return the offending value as the message shows it (bounded and neutralised, as the class
   * says), or a placeholder when it is personal data; never {@literal null}}
   */
  public String value() {
    return value;
  }

  /** {@return whether the value was withheld from the message because it is personal data} */
  public boolean isPersonal() {
    return personal;
  }

  /**
   * The message in {@code language}: the field as {@link #field()} names it, what it must satisfy
   * in that language, and the value exactly as {@link #value()} shows it (or, for personal data,
   * that it is withheld). cop-core speaks British English and Welsh; any other language, and an
   * expectation of a caller's own, is said in British English, so {@code messageIn(Locale.UK)} is
   * {@link #getMessage()}.
   *
   * <pre>{@code
   * import org.communityofpractice.core.people.ContactDetails;
   * import org.communityofpractice.core.scaling.ScalingQuestion;
   * Locale welsh = Locale.forLanguageTag("cy");
   * try {
   *   ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 11);
   * } catch (InvalidValueException e) {
   *   System.out.println(e.messageIn(welsh));
   *   // prints: goodEnough: rhaid iddo fod rhwng 1 a 10; cafwyd 11
   * }
   * try {
   *   ContactDetails.of("sam.at.example.org", null); // personal: never shown
   * } catch (InvalidValueException e) {
   *   System.out.println(e.messageIn(welsh));
   *   // "email: rhaid iddo fod yn gyfeiriad e-bost fel name@host.org, 254 nod ar y mwyaf
   *   //  (ni ddangosir y gwerth: data personol)"
   * }
   * }</pre>
   *
   * @param language the language to say it in, such as {@code Locale.forLanguageTag("cy")}; must
   *     not be {@literal null}
   * @return the message, never {@literal null}
   */
  public String messageIn(Locale language) {
    Refusals words = Refusals.in(language);
    if (words == Refusals.british()) {
      return getMessage(); // the British English words are the message's own: nothing to look up
    }
    String said = words.expectation(expectation);
    return personal
        ? words.say("refusal.withheld", field, said)
        : words.say("refusal.shown", field, said, words.value(value, expectation));
  }

  /**
   * {@return what the field must satisfy, said in {@code language} as {@link #messageIn(Locale)}
   * says it, such as "rhaid iddo fod rhwng 1 a 10" in Welsh; never {@literal null}}
   *
   * @param language the language, must not be {@literal null}
   */
  public String expectationIn(Locale language) {
    Refusals words = Refusals.in(language);
    return words == Refusals.british() ? expectation : words.expectation(expectation);
  }

  private static String compose(String field, String expectation, String value, boolean personal) {
    return personal
        ? field + " " + expectation + " (value " + WITHHELD + ")"
        : field + " " + expectation + " but was " + value;
  }
}
