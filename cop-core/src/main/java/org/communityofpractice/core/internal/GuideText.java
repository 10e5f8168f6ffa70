package org.communityofpractice.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guide's own words in one language — running orders and their prompts, principles, what the
 * review's checks say — from the bundle {@code guide_<language>.properties} beside this class
 * (UTF-8). Read with {@link Class#getResourceAsStream}, which finds a resource of this module's own
 * packages whether or not they are open, and never through the default locale: a language without a
 * bundle gets British English, as the report labels do.
 */
public final class GuideText {
  /** The language every text is written in first. */
  public static final String BASE_LANGUAGE = "en-GB";

  private static final String BASE_NAME = "guide";
  private static final ConcurrentHashMap<String, GuideText> CACHE = new ConcurrentHashMap<>();
  private static final GuideText BRITISH = load(BASE_LANGUAGE);

  private final Locale locale;
  private final ResourceBundle bundle;

  private GuideText(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /** The guide's words in British English, in which cop's constants are written. */
  public static GuideText british() {
    return BRITISH;
  }

  /**
   * The guide's words for a BCP 47 language tag, such as {@code cy}; British English when cop has
   * no bundle for it. Kept once per bundle, not per tag asked for, so tags from outside cannot grow
   * the cache.
   */
  public static GuideText of(String languageTag) {
    Objects.requireNonNull(languageTag, "languageTag");
    Locale locale = Locale.forLanguageTag(languageTag);
    List<String> candidates = new ArrayList<>();
    if (!locale.getCountry().isEmpty()) {
      candidates.add(locale.getLanguage() + "_" + locale.getCountry());
    }
    if (!locale.getLanguage().isEmpty()) {
      candidates.add(locale.getLanguage());
    }
    for (String suffix : candidates) {
      GuideText known = CACHE.get(suffix);
      if (known != null) {
        return known;
      }
      ResourceBundle bundle = read(BASE_NAME + "_" + suffix + ".properties");
      if (bundle != null) {
        return CACHE.computeIfAbsent(
            suffix, k -> new GuideText(Locale.forLanguageTag(k.replace('_', '-')), bundle));
      }
    }
    return BRITISH;
  }

  private static GuideText load(String languageTag) {
    ResourceBundle bundle = read(BASE_NAME + "_" + languageTag.replace('-', '_') + ".properties");
    if (bundle == null) {
      throw new MissingResourceException("the guide's words are missing", "GuideText", BASE_NAME);
    }
    GuideText text = new GuideText(Locale.forLanguageTag(languageTag), bundle);
    CACHE.put(languageTag.replace('-', '_'), text);
    return text;
  }

  private static ResourceBundle read(String name) {
    InputStream in = GuideText.class.getResourceAsStream(name);
    if (in == null) {
      return null;
    }
    try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new PropertyResourceBundle(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
  }

  /**
   * The BCP 47 tag of the bundle's language, such as {@code cy}: {@code en-GB} for a language cop
   * has no words for.
   */
  public String languageTag() {
    return locale.toLanguageTag();
  }

  /** Whether the bundle has a text for {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The plain text for {@code key}. */
  public String get(String key) {
    return bundle.getString(key);
  }

  /**
   * The pattern for {@code key} with {@code arguments} put in its {@code {0}}, {@code {1}}…; give
   * numbers as text ({@link String#valueOf}) to have them as written, without grouping.
   */
  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale).format(arguments);
  }

  /** The texts {@code key.1}, {@code key.2}… in order, up to the first missing one. */
  public List<String> numbered(String key) {
    List<String> out = new ArrayList<>();
    for (int i = 1; has(key + "." + i); i++) {
      out.add(get(key + "." + i));
    }
    return List.copyOf(out);
  }
}
