package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * What {@code cop} itself says, in the language {@code --language} chose: the bundle {@code
 * messages_<language>.properties} beside this class (UTF-8). Texts with {@code {0}}-style arguments
 * are MessageFormat patterns; a key ending {@code .one} is the form for a count of 1.
 */
final class ToolText {
  private static final ToolText BRITISH = new ToolText(Language.EN);
  private static final ToolText WELSH = new ToolText(Language.CY);

  private final Locale locale;
  private final ResourceBundle bundle;

  private ToolText(Language language) {
    this.locale = Locale.forLanguageTag(language.tag());
    String name = "messages_" + (language == Language.CY ? "cy" : "en_GB") + ".properties";
    try (InputStream in = ToolText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the bundle " + name + " is missing");
      }
      this.bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tool's words in {@code language}. */
  static ToolText in(Language language) {
    return language == Language.CY ? WELSH : BRITISH;
  }

  /** The plain text for {@code key}. */
  String get(String key) {
    return bundle.getString(key);
  }

  /** The pattern for {@code key} with {@code arguments} put in; numbers given as text. */
  String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale).format(arguments);
  }

  /** The pattern for {@code key} in the form for {@code count}, with the count put in. */
  String plural(String key, long count) {
    String one = key + ".one";
    return format(count == 1 && bundle.containsKey(one) ? one : key, String.valueOf(count));
  }
}
