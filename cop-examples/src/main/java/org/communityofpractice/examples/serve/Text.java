package org.communityofpractice.examples.serve;

import io.javalin.http.Context;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.examples.text.Bundle;
import org.communityofpractice.examples.text.CoreWords;
import org.communityofpractice.report.check.PublicationFinding;

/**
 * What the web app says, in one language: the bundle {@code serve_<language>.properties} beside
 * this class (UTF-8), British English ({@code en-GB}, the default) or Welsh ({@code cy}). The app
 * speaks the language {@code cop serve --language} chose; a browser may ask for the other with
 * {@code ?lang=cy} or {@code ?lang=en}, kept in a cookie. Reports, the review's findings and the
 * guide's running orders come in the same language from cop-core and cop-report themselves.
 */
public final class Text {
  /** The request's attribute holding the language it is answered in. */
  static final String ATTRIBUTE = "cop.text";

  /** The cookie that keeps a browser's own choice of language. */
  static final String COOKIE = "cop-lang";

  /** The query parameter a link uses to choose a language. */
  static final String CHOOSE = "lang";

  /** British English, read when first asked for. */
  private static final class British {
    static final Text TEXT = new Text("en-GB", "en", Locale.UK, "serve_en_GB.properties");
  }

  /** Welsh, read when first asked for: most runs of the app say nothing in Welsh. */
  private static final class Welsh {
    static final Text TEXT =
        new Text("cy", "cy", Locale.forLanguageTag("cy"), "serve_cy.properties");
  }

  private final String tag;
  private final String name;
  private final Bundle bundle;
  private final DateTimeFormatter when;
  private final Locale locale;

  private Text(String tag, String name, Locale locale, String file) {
    this.tag = tag;
    this.locale = locale;
    this.name = name;
    this.bundle = Bundle.read(Text.class, file, locale);
    this.when = DateTimeFormatter.ofPattern(bundle.get("format.when"), locale);
  }

  /**
   * The language {@code name} names: {@code en} or {@code cy}, also as {@code en-GB} or {@code
   * cy-GB}; empty for any other.
   */
  static Optional<Text> named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "en", "en-gb" -> Optional.of(British.TEXT);
      case "cy", "cy-gb" -> Optional.of(Welsh.TEXT);
      default -> Optional.empty();
    };
  }

  /** British English, the language of the app's log and of what it keeps in English. */
  static Text british() {
    return British.TEXT;
  }

  /** The language this request is answered in; British English before the guard has run. */
  static Text of(Context ctx) {
    Text text = ctx.attribute(ATTRIBUTE);
    return text == null ? British.TEXT : text;
  }

  /**
   * Returns the BCP 47 tag pages in this language carry, such as {@code en-GB}; the reports, the
   * review and the running orders are asked for in it.
   */
  public String tag() {
    return tag;
  }

  /** Returns the short name {@code ?lang=} takes for this language: {@code en} or {@code cy}. */
  public String name() {
    return name;
  }

  /**
   * Returns the text for {@code key}, with {@code arguments} put in when it has some (then a
   * MessageFormat pattern).
   *
   * @param key a key of the bundle; must not be {@literal null}
   * @param arguments what the pattern puts in
   */
  public String get(String key, Object... arguments) {
    return bundle.format(key, arguments);
  }

  /** Returns the text for {@code key} in the form for {@code count}, the count put in as {0}. */
  public String plural(String key, long count) {
    return bundle.plural(key, count);
  }

  /**
   * Returns a value of the SDK's or the app's as a label, such as "Expert by experience": the key
   * is the enum's name with a small first letter, a dot and the constant ({@code
   * perspective.EXPERT_BY_EXPERIENCE}).
   *
   * @param value must not be {@literal null}
   */
  public String label(Enum<?> value) {
    return bundle.get(labelKey(value));
  }

  /** The key of {@link #label(Enum)}, such as {@code consentMethod.FORM}. */
  static String labelKey(Enum<?> value) {
    String type = value.getDeclaringClass().getSimpleName();
    return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
  }

  /**
   * Returns a consent purpose in plain words, as the person agrees to it: one sentence in the first
   * person.
   *
   * @param purpose must not be {@literal null}
   */
  public String plainly(ConsentPurpose purpose) {
    return bundle.get("consent.purpose." + purpose.name());
  }

  /**
   * Returns what the publication check found, in plain words (never the text itself), such as "an
   * email address".
   *
   * @param kind must not be {@literal null}
   */
  public String plainly(PublicationFinding.Kind kind) {
    return bundle.get("finding." + kind.name());
  }

  /**
   * Returns a date and time as the pages show it, such as "Thursday 2 June 2016, 10:00".
   *
   * @param at must not be {@literal null}
   */
  public String when(ZonedDateTime at) {
    return when.format(at);
  }

  /** {@code key} with {@code arguments}, an argument that is a {@link Word} put in its words. */
  String say(String key, Object... arguments) {
    Object[] said = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object a = arguments[i];
      said[i] =
          a instanceof Word w
              ? bundle.get(w.key())
              : a instanceof CoreWords core
                  ? core.in(locale)
                  : a instanceof Number ? a.toString() : a;
    }
    return bundle.format(key, said);
  }

  /**
   * A key put in another text in the words of the language the text is said in, such as a field's
   * name in "The name must be filled in."
   */
  record Word(String key) {}

  /** {@return what {@code e} says the field must be, in this language} */
  String expectation(org.communityofpractice.core.validation.InvalidValueException e) {
    return e.expectationIn(locale);
  }
}
