package org.communityofpractice.examples.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The words of one of the examples' bundles in one language: a {@code .properties} file (UTF-8)
 * beside the class that speaks it, such as the {@code cop} tool's {@code messages_cy.properties} or
 * the web app's {@code serve_cy.properties}. Texts with {@code {0}}-style arguments are
 * MessageFormat patterns; a key ending {@code .one} is the form for a count of 1. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * import org.communityofpractice.examples.serve.Text;
 * Bundle words = Bundle.read(Text.class, "serve_cy.properties", Locale.forLanguageTag("cy"));
 * System.out.println(words.get("page.home")); // prints: Cymunedau
 * System.out.println(words.plural("door.inRoom", 12)); // prints: 12 yn yr ystafell.
 * }</pre>
 */
public final class Bundle {
  private final Locale locale;
  private final ResourceBundle bundle;

  private Bundle(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * The bundle {@code name} beside {@code beside}, for a language written as {@code locale} writes.
   *
   * @param beside the class whose package holds the file; must not be {@literal null}
   * @param name the file's name, such as {@code messages_cy.properties}; must not be {@literal
   *     null}
   * @param locale the language, for the numbers a pattern puts in; must not be {@literal null}
   * @return the bundle; never {@literal null}
   * @throws IllegalStateException when there is no such file
   */
  public static Bundle read(Class<?> beside, String name, Locale locale) {
    return new Bundle(Objects.requireNonNull(locale, "locale"), resource(beside, name));
  }

  /**
   * The file {@code name} beside {@code beside} as a resource bundle, for a reader of its own (such
   * as picocli's help).
   *
   * @param beside the class whose package holds the file; must not be {@literal null}
   * @param name the file's name; must not be {@literal null}
   * @return the bundle; never {@literal null}
   * @throws IllegalStateException when there is no such file
   */
  public static ResourceBundle resource(Class<?> beside, String name) {
    try (InputStream in = beside.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the bundle " + name + " is missing");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return whether the bundle has a text for {@code key}} */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The plain text for {@code key}.
   *
   * @param key a key of the bundle; must not be {@literal null}
   * @return the text; never {@literal null}
   * @throws java.util.MissingResourceException when the bundle has no such key
   */
  public String get(String key) {
    return bundle.getString(key);
  }

  /**
   * The pattern for {@code key} with {@code arguments} put in. A text with no arguments is read as
   * it is, so its apostrophes are single.
   *
   * @param key a key of the bundle; must not be {@literal null}
   * @param arguments what the pattern puts in; numbers best given as text
   * @return the text; never {@literal null}
   */
  public String format(String key, Object... arguments) {
    return arguments.length == 0 ? get(key) : new MessageFormat(get(key), locale).format(arguments);
  }

  /**
   * The pattern for {@code key} in the form for {@code count}, with the count put in as {@code
   * {0}}.
   *
   * @param key a key of the bundle; its {@code .one} form, when there is one, is used for 1
   * @param count how many
   * @return the text; never {@literal null}
   */
  public String plural(String key, long count) {
    String one = key + ".one";
    return format(count == 1 && bundle.containsKey(one) ? one : key, String.valueOf(count));
  }
}
