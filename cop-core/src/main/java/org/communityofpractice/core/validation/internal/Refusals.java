package org.communityofpractice.core.validation.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityofpractice.core.language.internal.LanguageBundles;

/**
 * The words cop-core refuses a value with, in one language: what a field or a place in an archive
 * must hold ({@code expect.*}), how a value the reader describes is said ({@code shown.*}), and the
 * sentences that join a path, an expectation and a value ({@code refusal.*}), from the bundle
 * {@code refusals_<language>.properties} beside this class (UTF-8). A language without a bundle
 * gets British English.
 *
 * <p>The British English texts are the very words the exceptions' {@code getMessage()} has always
 * given, written as templates: an exception keeps its expectation as that English text, and the
 * template that writes it (with the arguments it put in) is found again when the message is said in
 * another language. Each template is matched whole, so a text is never half translated; a text no
 * template writes (an expectation of a caller's own) is said as it is. The store's own reasons
 * ({@code reason.*}, naming a kind of archive fault by {@code kind.*}) are kept as a {@link Said}
 * when they are made, their expectations as {@link Expectation}s, and said whole in a language.
 */
public final class Refusals {
  private static final String BASE_NAME = "refusals";
  private static final String EXPECT = "expect.";
  private static final String SHOWN = "shown.";

  /**
   * Value words of one word, which an id could also be: said in another language only after the
   * expectations that give them. Words of more than one word, or with quotes, are never an id, a
   * number or a person's text (which is always quoted), so they are said wherever they are met.
   */
  private static final Map<String, Set<String>> ONE_WORD_AFTER =
      Map.of(
          "shown.none",
          Set.of(
              "expect.firstEntryUndated",
              "expect.explicitWording",
              "expect.sessionOpening",
              "expect.startedBeforeStop",
              "expect.notPastLastStage"),
          "shown.both",
          Set.of("expect.personOrRoleNotBoth"),
          "shown.neither",
          Set.of("expect.personOrRole"),
          "shown.not",
          Set.of("expect.utf8", "expect.wellFormed"),
          "shown.empty",
          Set.of("expect.jsonDocument"),
          "shown.truncated",
          Set.of("expect.completeDocument"),
          "shown.repeated",
          Set.of("expect.onlyOnce"),
          "shown.missing",
          Set.of("expect.required"),
          "shown.larger",
          Set.of(
              "expect.atMostValues",
              "expect.nestedAtMost",
              "expect.atMostBytes",
              "expect.nameAtMost",
              "expect.numberAtMost",
              "expect.stringAtMost",
              "expect.withinLimits"));

  private static final LanguageBundles<Refusals> BUNDLES =
      new LanguageBundles<>(Refusals.class, BASE_NAME, Refusals::new);

  private static final Refusals BRITISH = BUNDLES.british();

  /** The British English templates, most literal text first, so the most specific one wins. */
  private static final class Templates {
    static final List<Template> EXPECTATIONS = compile(EXPECT);
    static final List<Template> SHOWN_VALUES = compile(SHOWN);

    private static List<Template> compile(String prefix) {
      List<Template> out = new ArrayList<>();
      for (String key : BRITISH.texts.stringPropertyNames()) {
        if (key.startsWith(prefix)) {
          out.add(Template.of(key, BRITISH.texts.getProperty(key)));
        }
      }
      out.sort(
          Comparator.comparingInt(Template::literalLength).reversed().thenComparing(Template::key));
      return List.copyOf(out);
    }
  }

  /**
   * One British English template, and the pattern that finds its arguments in a text it wrote. An
   * argument the template puts in more than once must be the same text each time.
   */
  record Template(String key, Pattern pattern, int literalLength) {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    static Template of(String key, String text) {
      Matcher m = ARGUMENT.matcher(text);
      if (!m.find()) {
        return new Template(key, Pattern.compile(Pattern.quote(text)), text.length());
      }
      m.reset();
      StringBuilder regex = new StringBuilder();
      Set<String> named = new HashSet<>();
      int literal = 0;
      int from = 0;
      while (m.find()) {
        String part = text.substring(from, m.start()).replace("''", "'");
        literal += part.length();
        regex.append(Pattern.quote(part));
        String group = "a" + m.group(1);
        // a group is named once: where the argument comes again, the same text must come again
        regex.append(named.add(group) ? "(?<" + group + ">.+?)" : "\\k<" + group + ">");
        from = m.end();
      }
      String tail = text.substring(from).replace("''", "'");
      literal += tail.length();
      regex.append(Pattern.quote(tail));
      return new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), literal);
    }

    /**
     * The arguments this template put in {@code english}, if it wrote it, in the order of their
     * numbers.
     */
    Optional<List<String>> arguments(String english) {
      Matcher m = pattern.matcher(english);
      if (!m.matches()) {
        return Optional.empty();
      }
      List<String> arguments = new ArrayList<>();
      for (int i = 0; i < m.groupCount(); i++) {
        arguments.add(m.group("a" + i));
      }
      return Optional.of(List.copyOf(arguments));
    }
  }

  private final Locale language;
  private final Properties texts;

  private Refusals(Locale language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  /** The words in British English, in which every {@code getMessage()} is written. */
  public static Refusals british() {
    return BRITISH;
  }

  /**
   * The words for {@code language}, such as Welsh ({@code cy}); British English when cop has no
   * bundle for it. Each bundle is kept once; which one a language gets is remembered, within a
   * bound.
   */
  public static Refusals in(Locale language) {
    return BUNDLES.in(language);
  }

  /**
   * The key of the template that writes {@code expectation} in British English, such as {@code
   * expect.within} for "must be within 1..10"; empty for an expectation of a caller's own.
   */
  public static Optional<String> templateOf(String expectation) {
    return find(Templates.EXPECTATIONS, expectation).map(Found::key);
  }

  /** {@return the keys of every expectation cop-core can state} */
  public static List<String> expectationKeys() {
    return Templates.EXPECTATIONS.stream().map(Template::key).sorted().toList();
  }

  /** {@return the language these words are in, such as {@code cy}; {@code en-GB} otherwise} */
  public Locale language() {
    return language;
  }

  /**
   * {@code expectation}, given in British English as the exceptions keep it, said in this language;
   * as it is when no template of cop-core's writes it.
   */
  public String expectation(String expectation) {
    return find(Templates.EXPECTATIONS, expectation)
        .map(f -> say(f.key(), f.arguments()))
        .orElse(expectation);
  }

  /**
   * {@code value}, as a message shows it in British English, said in this language: the reader's
   * own descriptions ("an object", "a string \"7\"", "missing") are translated, with what they
   * quote kept as it is; any other value (a number, an id, a person's quoted text) is shown exactly
   * as it is.
   *
   * @param expectation the British English expectation the value failed, which decides whether a
   *     value of one word is a description or an id
   */
  public String value(String value, String expectation) {
    Optional<Found> found = find(Templates.SHOWN_VALUES, value);
    if (found.isEmpty()) {
      return value;
    }
    Set<String> after = ONE_WORD_AFTER.get(found.get().key());
    if (after != null && !after.contains(templateOf(expectation).orElse(""))) {
      return value;
    }
    return say(found.get().key(), found.get().arguments());
  }

  /**
   * The text for {@code key} with {@code arguments} put in; a text without arguments is read as it
   * is, so its apostrophes are single. Give numbers as text, to have them without grouping.
   */
  public String say(String key, Object... arguments) {
    String text = texts.getProperty(key);
    if (text == null) {
      text = BRITISH.texts.getProperty(key);
    }
    if (text == null) {
      throw new MissingResourceException("no text for " + key, BASE_NAME, key);
    }
    return arguments.length == 0 ? text : new MessageFormat(text, language).format(arguments);
  }

  /**
   * A text of these bundles and what it puts in, kept until it is said in a language: an argument
   * may be another {@code Said}, an {@link Expectation}, or anything else, which is put in as text.
   * The store keeps its reasons so (a journal line that does not read, a file that is not an
   * archive), never as English to be matched again.
   *
   * @param key a key of the bundles
   * @param arguments what its pattern puts in
   */
  public record Said(String key, List<Object> arguments) {
    public Said {
      Objects.requireNonNull(key, "key");
      arguments = List.copyOf(arguments);
    }
  }

  /**
   * One of cop-core's expectations, as the exceptions keep it (British English), put in a {@link
   * Said}: said in a language by its template, as {@link #expectation(String)} says it.
   *
   * @param english the expectation, such as "must be within 1..10"
   */
  public record Expectation(String english) {
    public Expectation {
      Objects.requireNonNull(english, "english");
    }
  }

  /** {@return {@code key} with {@code arguments}, to be said later} */
  public static Said said(String key, Object... arguments) {
    return new Said(key, List.of(arguments));
  }

  /** {@return an expectation of cop-core's as a reason of its own, to be said later} */
  public static Said expected(String english) {
    return said("refusal.expected", new Expectation(english));
  }

  /** {@return a path and the expectation the value there failed, to be said later} */
  public static Said expected(String path, String english) {
    return said("refusal.plain", path, new Expectation(english));
  }

  /** {@return {@code said} in this language, with what it puts in said in this language too} */
  public String say(Said said) {
    Object[] arguments =
        said.arguments().stream()
            .map(
                a ->
                    a instanceof Said inner
                        ? say(inner)
                        : a instanceof Expectation e ? expectation(e.english()) : String.valueOf(a))
            .toArray();
    return say(said.key(), arguments);
  }

  private record Found(String key, List<String> found) {
    Object[] arguments() {
      return found.toArray();
    }
  }

  private static Optional<Found> find(List<Template> templates, String english) {
    for (Template t : templates) {
      Optional<List<String>> arguments = t.arguments(english);
      if (arguments.isPresent()) {
        return Optional.of(new Found(t.key(), arguments.get()));
      }
    }
    return Optional.empty();
  }
}
