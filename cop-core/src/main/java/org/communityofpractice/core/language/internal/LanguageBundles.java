package org.communityofpractice.core.language.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One family of cop-core's bundles, such as {@code guide_en_GB.properties} and {@code
 * guide_cy.properties} beside the class that speaks them, read as UTF-8 and each made once into the
 * words of its language. The words for a language are its bundle for the language and country, else
 * for the language, else British English. They are kept once per bundle read, not per language
 * asked for, so languages from outside cannot grow what is kept. Which words a language gets is
 * remembered for the first {@value #REMEMBERED_LANGUAGES} languages asked for: a language without a
 * bundle of its own (such as {@code en}, {@code en-US} or {@code cy-GB}) is looked for on the class
 * path once, rather than in every jar on it each time its words are wanted.
 *
 * @param <T> the words made of a bundle
 */
public final class LanguageBundles<T> {
  private static final String BRITISH = "en_GB";

  /**
   * How many languages asked for are remembered with the words they got; cop's own bound, the same
   * as the report labels' ({@code Labels}), far above the languages cop has bundles for, so that
   * callers passing on tags they were given cannot grow it without end.
   */
  static final int REMEMBERED_LANGUAGES = 32;

  /** Makes the words of one bundle. */
  @FunctionalInterface
  public interface Words<T> {
    /**
     * {@return the words of the bundle for {@code language}}
     *
     * @param language the bundle's language, such as {@code cy}
     * @param texts the bundle's texts
     */
    T of(Locale language, Properties texts);
  }

  private final String baseName;
  private final Words<T> words;
  private final Function<String, InputStream> open;
  private final ConcurrentHashMap<String, T> read = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Locale, T> answered = new ConcurrentHashMap<>();
  private final T british;

  /**
   * The family {@code baseName} beside {@code owner}, its British English read at once.
   *
   * @throws MissingResourceException when the British English bundle is not there
   */
  public LanguageBundles(Class<?> owner, String baseName, Words<T> words) {
    this(owner, baseName, words, owner::getResourceAsStream);
  }

  /** As the public constructor, with the resources opened by {@code open}; for tests. */
  LanguageBundles(
      Class<?> owner, String baseName, Words<T> words, Function<String, InputStream> open) {
    Objects.requireNonNull(owner, "owner");
    this.baseName = Objects.requireNonNull(baseName, "baseName");
    this.words = Objects.requireNonNull(words, "words");
    this.open = Objects.requireNonNull(open, "open");
    Properties texts = read(BRITISH);
    if (texts == null) {
      throw new MissingResourceException(
          "cop-core's " + baseName + " bundle is missing", owner.getName(), baseName);
    }
    this.british = words.of(Locale.UK, texts);
    read.put(BRITISH, british);
  }

  /** {@return the words in British English} */
  public T british() {
    return british;
  }

  /** {@return the words for {@code language}: British English when the family has no bundle} */
  public T in(Locale language) {
    Objects.requireNonNull(language, "language");
    T known = answered.get(language);
    if (known != null) {
      return known;
    }
    T found = find(language);
    if (answered.size() < REMEMBERED_LANGUAGES) {
      T raced = answered.putIfAbsent(language, found);
      return raced == null ? found : raced;
    }
    return found;
  }

  /** How many languages asked for are remembered; for tests. */
  int remembered() {
    return answered.size();
  }

  private T find(Locale language) {
    List<String> candidates = new ArrayList<>(2);
    if (!language.getCountry().isEmpty()) {
      candidates.add(language.getLanguage() + "_" + language.getCountry());
    }
    if (!language.getLanguage().isEmpty()) {
      candidates.add(language.getLanguage());
    }
    for (String suffix : candidates) {
      T known = read.get(suffix);
      if (known != null) {
        return known;
      }
      Properties texts = read(suffix);
      if (texts != null) {
        return read.computeIfAbsent(
            suffix, k -> words.of(Locale.forLanguageTag(k.replace('_', '-')), texts));
      }
    }
    return british;
  }

  private Properties read(String suffix) {
    String name = baseName + "_" + suffix + ".properties";
    InputStream in = open.apply(name);
    if (in == null) {
      return null;
    }
    try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Properties texts = new Properties();
      texts.load(reader);
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
  }
}
