package org.communityofpractice.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.examples.text.Bundle;
import org.communityofpractice.examples.text.CoreWords;

/**
 * What {@code cop} itself says, in the language {@code --language} chose: the bundle {@code
 * messages_<language>.properties} beside this class (UTF-8). Texts with {@code {0}}-style arguments
 * are MessageFormat patterns; a key ending {@code .one} is the form for a count of 1. The help
 * ({@code --help}) has a bundle of its own, {@code help_<language>.properties}, read by picocli.
 */
final class ToolText {
  /** British English, read when first asked for: most runs of cop say nothing in Welsh. */
  private static final class British {
    static final ToolText TEXT = new ToolText(Language.EN);
  }

  /** Welsh and its help, read when first asked for (some 57 KB a start need not parse). */
  private static final class Welsh {
    static final ToolText TEXT = new ToolText(Language.CY);
    static final ResourceBundle HELP = Bundle.resource(ToolText.class, "help_cy.properties");
  }

  private final Bundle bundle;
  private final Locale locale;

  private ToolText(Language language) {
    this.locale = Locale.forLanguageTag(language.tag());
    this.bundle =
        Bundle.read(
            ToolText.class,
            "messages_" + (language == Language.CY ? "cy" : "en_GB") + ".properties",
            locale);
  }

  /**
   * The help's words in {@code language}, keyed as picocli reads them ({@code cop.render.format},
   * {@code cop.render.usage.description}); empty for British English, which is the words the
   * commands' annotations hold.
   */
  static Optional<ResourceBundle> help(Language language) {
    return language == Language.CY ? Optional.of(Welsh.HELP) : Optional.empty();
  }

  /** The tool's words in {@code language}. */
  static ToolText in(Language language) {
    return language == Language.CY ? Welsh.TEXT : British.TEXT;
  }

  /** Whether the bundle has a text for {@code key}. */
  boolean has(String key) {
    return bundle.has(key);
  }

  /** The plain text for {@code key}. */
  String get(String key) {
    return bundle.get(key);
  }

  /**
   * The pattern for {@code key} with {@code arguments} put in; numbers given as text. A text with
   * no arguments is read as it is, so its apostrophes are single.
   */
  String format(String key, Object... arguments) {
    return bundle.format(key, arguments);
  }

  /**
   * Something the tool says, kept as a key and its arguments until it is written, so that code with
   * no command at hand (reading an archive, resolving an id) can say it in the language the command
   * was asked for. An argument may be a {@code Says} itself; a number is written as digits.
   *
   * @param key a key of the bundle
   * @param arguments what the pattern puts in, already bounded (see {@link Words#says})
   */
  record Says(String key, List<Object> arguments) {
    Says {
      arguments = List.copyOf(arguments);
    }

    /** In British English, as a log or a test reads it. */
    @Override
    public String toString() {
      return British.TEXT.say(this);
    }
  }

  /** {@code key} with {@code arguments}, to be said in a language later. */
  static Says says(String key, Object... arguments) {
    return new Says(key, List.of(arguments));
  }

  /** cop-core's reason, said in the command's language when it is written. */
  static Says core(Function<Locale, String> messageIn) {
    return says("core.words", new CoreWords(messageIn));
  }

  /**
   * The field cop-core refused and what it must be, without the value (which may be what someone
   * typed about a person), in the command's language.
   */
  static Says fieldAndExpectation(InvalidValueException e) {
    return says("core.fieldExpectation", e.field(), new CoreWords(e::expectationIn));
  }

  /** {@code says} in this language. */
  String say(Says says) {
    Object[] arguments =
        says.arguments().stream()
            .map(
                a ->
                    a instanceof Says inner
                        ? say(inner)
                        : a instanceof CoreWords core
                            ? core.in(locale)
                            : a instanceof Number ? a.toString() : a)
            .toArray();
    return format(says.key(), arguments);
  }

  /** The pattern for {@code key} in the form for {@code count}, with the count put in. */
  String plural(String key, long count) {
    return bundle.plural(key, count);
  }
}
