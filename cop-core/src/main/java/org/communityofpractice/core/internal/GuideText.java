package org.communityofpractice.core.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import org.communityofpractice.core.language.internal.LanguageBundles;

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

  private static final LanguageBundles<GuideText> BUNDLES =
      new LanguageBundles<>(GuideText.class, "guide", GuideText::new);

  private final Locale locale;
  private final Properties texts;

  private GuideText(Locale locale, Properties texts) {
    this.locale = locale;
    this.texts = texts;
  }

  /** The guide's words in British English, in which cop's constants are written. */
  public static GuideText british() {
    return BUNDLES.british();
  }

  /**
   * The guide's words for a BCP 47 language tag, such as {@code cy}; British English when cop has
   * no bundle for it. Each bundle is kept once, and which one a language gets is remembered for a
   * bounded number of languages, so tags from outside cannot grow what is kept without end.
   */
  public static GuideText of(String languageTag) {
    Objects.requireNonNull(languageTag, "languageTag");
    return BUNDLES.in(Locale.forLanguageTag(languageTag));
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
    return texts.containsKey(key);
  }

  /**
   * The plain text for {@code key}.
   *
   * @throws MissingResourceException when the bundle has no text for it
   */
  public String get(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new MissingResourceException("no text " + key, GuideText.class.getName(), key);
    }
    return text;
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
