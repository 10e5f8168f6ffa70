package org.communityofpractice.report.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.report.model.RepresentationSummary;

/**
 * The words of a report in one language, from the resource bundle {@code
 * report/labels_<tag>.properties} (UTF-8). cop has British English ({@code en-GB}) and Welsh
 * ({@code cy}); another language is another bundle, not new code: put {@code
 * report/labels_ga.properties} on the class path and reports in {@code ga} use it.
 *
 * <pre>{@code
 * Labels labels = Labels.forLanguage("en-GB");
 * labels.get("section.conclusions");           // "Conclusions"
 * labels.perspective("EXPERT_BY_EXPERIENCE");  // "Expert by experience"
 * labels.format("count.fewerThan", 5);          // "fewer than 5"
 * }</pre>
 *
 * <p>A language is looked up from most to least specific ({@code cy-GB}, then {@code cy}); when no
 * bundle is found, the {@code en-GB} bundle is used. A key missing from a bundle is looked up in
 * {@code en-GB}. Every format cop has writes its numbers, dates and sentences through these labels,
 * so a report says them alike in each; the patterns and formatters are made once per language.
 * Instances are immutable and thread-safe.
 */
public final class Labels {
  /** The language every report has labels for. */
  public static final String BASE_LANGUAGE = "en-GB";

  private static final String BASE_NAME = "report/labels";

  /**
   * How many languages' labels are kept once loaded; cop's own bound, far above the languages it
   * has bundles for, so a caller passing tags it was given cannot grow the cache without end.
   */
  static final int CACHED_LANGUAGES = 32;

  private static final ConcurrentHashMap<String, Labels> CACHE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ResourceBundle bundle;
  private final ResourceBundle fallback;

  /** Each pattern parsed once: a page fills hundreds of them. */
  private final ConcurrentHashMap<String, LabelPattern> patterns = new ConcurrentHashMap<>();

  private final NumberFormat number;
  private final NumberFormat percent;

  /** Where the language writes small whole numbers as Java does, DecimalFormat is skipped. */
  private final boolean plainIntegers;

  /** Where the language writes a number with one decimal as Java does ("-12.5"), likewise. */
  private final boolean plainDecimals;

  /** Where the language writes a percentage as digits and "%", DecimalFormat is skipped. */
  private final boolean plainPercent;

  private volatile DateTimeFormatter date;
  private volatile DateTimeFormatter time;
  private volatile DateTimeFormatter shortDate;

  private Labels(Locale locale, ResourceBundle bundle, ResourceBundle fallback) {
    this.locale = locale;
    this.bundle = bundle;
    this.fallback = fallback;
    this.number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(1);
    number.setMinimumFractionDigits(0);
    this.percent = NumberFormat.getPercentInstance(locale);
    this.plainIntegers = number.format(-123).equals("-123");
    this.plainDecimals = plainIntegers && number.format(-12.5).equals("-12.5");
    this.plainPercent = percent.format(0.57).equals("57%") && percent.format(-0.57).equals("-57%");
  }

  /**
   * The labels for a BCP 47 language tag, such as {@code "en-GB"} or {@code "cy"}.
   *
   * @param languageTag the tag; a language cop has no bundle for gets the {@code en-GB} labels;
   *     must not be {@literal null}
   * @return the labels, loaded once per tag for the first few tags asked for; never {@literal null}
   * @throws NullPointerException if {@code languageTag} is {@literal null}
   */
  public static Labels forLanguage(String languageTag) {
    Objects.requireNonNull(languageTag, "languageTag");
    Labels cached = CACHE.get(languageTag);
    if (cached != null) {
      return cached;
    }
    Labels loaded = load(languageTag);
    if (CACHE.size() < CACHED_LANGUAGES) {
      Labels raced = CACHE.putIfAbsent(languageTag, loaded);
      return raced == null ? loaded : raced;
    }
    return loaded;
  }

  /**
   * The labels of a bundle of your own, with {@code en-GB} for keys it lacks.
   *
   * @param locale the bundle's language, for dates and numbers; never {@literal null}
   * @param bundle the labels by key; never {@literal null}
   * @return the labels; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   */
  public static Labels of(Locale locale, ResourceBundle bundle) {
    return new Labels(
        Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(bundle, "bundle"), base());
  }

  private static Labels load(String languageTag) {
    Locale locale = Locale.forLanguageTag(languageTag);
    for (String suffix : candidates(locale)) {
      ResourceBundle bundle = read(BASE_NAME + "_" + suffix + ".properties");
      if (bundle != null) {
        return new Labels(locale, bundle, base());
      }
    }
    return new Labels(locale, base(), base());
  }

  /** The British English labels, read once. */
  private static ResourceBundle base() {
    if (Base.BUNDLE == null) {
      throw new MissingResourceException(
          "the report labels bundle is missing", "Labels", BASE_NAME);
    }
    return Base.BUNDLE;
  }

  /** Holds the British English bundle, read when the labels are first needed. */
  private static final class Base {
    static final ResourceBundle BUNDLE = read(BASE_NAME + "_en_GB.properties");
  }

  /** How many languages' labels are cached now. */
  static int cachedLanguages() {
    return CACHE.size();
  }

  private static List<String> candidates(Locale locale) {
    List<String> out = new ArrayList<>();
    if (!locale.getCountry().isEmpty()) {
      out.add(locale.getLanguage() + "_" + locale.getCountry());
    }
    if (!locale.getLanguage().isEmpty()) {
      out.add(locale.getLanguage());
    }
    return out;
  }

  /** Reads a bundle from this module first, then from the class path. */
  private static ResourceBundle read(String path) {
    InputStream in = Labels.class.getResourceAsStream("/" + path);
    if (in == null) {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      in = loader == null ? null : loader.getResourceAsStream(path);
    }
    if (in == null) {
      return null;
    }
    try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new PropertyResourceBundle(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }

  /**
   * The language these labels are in.
   *
   * @return the locale; never {@literal null}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The language these labels are in, as a tag.
   *
   * @return the BCP 47 tag, such as {@code "en-GB"}; never {@literal null}
   */
  public String languageTag() {
    return locale.toLanguageTag();
  }

  /**
   * The label for {@code key}.
   *
   * @param key the label's key, such as {@code "section.conclusions"}; never {@literal null}
   * @return the label in this language, or in {@code en-GB} when this language lacks it; never
   *     {@literal null}
   * @throws NullPointerException if {@code key} is {@literal null}
   * @throws MissingResourceException when neither this language nor {@code en-GB} has it
   */
  public String get(String key) {
    Objects.requireNonNull(key, "key");
    if (bundle.containsKey(key)) {
      return bundle.getString(key);
    }
    return fallback.getString(key);
  }

  /**
   * The label for {@code key} with {@code arguments} put in its {@code {0}}, {@code {1}}…
   *
   * @param key the label's key; never {@literal null}
   * @param arguments what to put in, formatted in this language ({@link MessageFormat}); never
   *     {@literal null}
   * @return the label with its arguments; never {@literal null}
   * @throws NullPointerException if {@code key} is {@literal null}
   * @throws MissingResourceException when neither this language nor {@code en-GB} has the key
   */
  public String format(String key, Object... arguments) {
    Objects.requireNonNull(key, "key");
    return pattern(key).fill(arguments);
  }

  private LabelPattern pattern(String key) {
    LabelPattern pattern = patterns.get(key);
    return pattern != null
        ? pattern
        : patterns.computeIfAbsent(key, k -> LabelPattern.of(get(k), locale));
  }

  /**
   * The label for {@code key} in the form for {@code count}: {@code key + ".one"} when the count is
   * 1 or −1 and the bundle has that form, otherwise {@code key} — "1 minute" but "2 minutes" — with
   * {@code arguments} put in, or {@code count} itself when none are given.
   *
   * <pre>{@code
   * Labels labels = Labels.forLanguage("en-GB");
   * labels.plural("presentation.minutes", 1); // "1 minute"
   * labels.plural("presentation.minutes", 7); // "7 minutes"
   * }</pre>
   *
   * <p>A language with more forms than one and other can word its labels to need only these two.
   *
   * @param key the label's key, without {@code .one}; never {@literal null}
   * @param count the count that chooses the form
   * @param arguments what to put in; none to put in {@code count}; never {@literal null}
   * @return the label in its form, with its arguments; never {@literal null}
   * @throws NullPointerException if {@code key} is {@literal null}
   * @throws MissingResourceException when neither this language nor {@code en-GB} has the key
   */
  public String plural(String key, long count, Object... arguments) {
    Objects.requireNonNull(key, "key");
    String one = key + ".one";
    // the singular form from the bundle that gives the plural one, so a language never mixes in
    // en-GB's
    ResourceBundle source = bundle.containsKey(key) ? bundle : fallback;
    String chosen = Math.abs(count) == 1 && source.containsKey(one) ? one : key;
    if (arguments.length > 0) {
      return format(chosen, arguments);
    }
    LabelPattern pattern = pattern(chosen);
    // a small count written as MessageFormat writes it, without making one
    boolean plain = plainIntegers && !pattern.typed() && Math.abs(count) < 1000;
    return pattern.fill(plain ? Long.toString(count) : (Object) count);
  }

  /**
   * The label of a perspective key, such as {@code EXPERT_BY_EXPERIENCE}.
   *
   * @param key the perspective's key; never {@literal null}
   * @return the label, such as "Expert by experience"; the key itself when unknown
   */
  public String perspective(String key) {
    return orKey("perspective." + key, key);
  }

  /**
   * The label of a sector key, such as {@code VOLUNTARY}.
   *
   * @param key the sector's key; never {@literal null}
   * @return the label; the key itself when unknown
   */
  public String sector(String key) {
    return orKey("sector." + key, key);
  }

  /**
   * The label of a presentation kind, such as {@code CASE_STUDY}.
   *
   * @param key the kind's key; never {@literal null}
   * @return the label; the key itself when unknown
   */
  public String presentationKind(String key) {
    return orKey("presentation." + key, key);
  }

  /**
   * A count as published.
   *
   * @param count the count; never {@literal null}
   * @return the number, "fewer than 5" when suppressed, "not shown" when withheld; never {@literal
   *     null}
   * @throws NullPointerException if {@code count} is {@literal null}
   */
  public String count(Count count) {
    return switch (count.suppression()) {
      case SHOWN -> String.valueOf(count.value().getAsInt());
      case FEWER_THAN_THRESHOLD -> format("count.fewerThan", count.threshold());
      case WITHHELD -> get("count.withheld");
    };
  }

  /**
   * The one sentence a report says when some perspectives or sectors are left out of its lists
   * ({@link RepresentationSummary#someGroupsNotListed()}): "Groups of fewer than 5 people are not
   * listed, so that no one can be singled out." Empty when every group is listed. Every format, and
   * a renderer of your own, says it once per report.
   *
   * @param representation who was represented; never {@literal null}
   * @return the sentence, or empty when every group is listed; never {@literal null}
   * @throws NullPointerException if {@code representation} is {@literal null}
   */
  public Optional<String> groupsNotListed(RepresentationSummary representation) {
    Objects.requireNonNull(representation, "representation");
    if (!representation.someGroupsNotListed()) {
      return Optional.empty();
    }
    OptionalInt below = representation.notListedBelow();
    return Optional.of(
        below.isPresent()
            ? format("representation.groups.notListed", below.getAsInt())
            : get("representation.groups.notListed.withheld"));
  }

  /**
   * The date of {@code when} in the bundle's {@code format.date} pattern, such as "Thursday 3 March
   * 2016".
   *
   * @param when a date, or a date and time; never {@literal null}
   * @return the date in this language; never {@literal null}
   * @throws NullPointerException if {@code when} is {@literal null}
   * @throws java.time.DateTimeException if {@code when} holds no date
   */
  public String date(TemporalAccessor when) {
    Objects.requireNonNull(when, "when");
    DateTimeFormatter f = date;
    if (f == null) {
      f = DateTimeFormatter.ofPattern(get("format.date"), locale);
      date = f;
    }
    return f.format(when);
  }

  /**
   * The date of {@code when} in the language's short medium form, such as "3 Mar 2016": for the
   * places a full date does not fit, such as a chart's axis.
   *
   * @param when a date, or a date and time; never {@literal null}
   * @return the date in this language; never {@literal null}
   * @throws NullPointerException if {@code when} is {@literal null}
   * @throws java.time.DateTimeException if {@code when} holds no date
   */
  public String shortDate(TemporalAccessor when) {
    DateTimeFormatter f = shortDate;
    if (f == null) {
      f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
      shortDate = f;
    }
    return f.format(when);
  }

  /**
   * The time of {@code when} in the bundle's {@code format.time} pattern, such as "10:00".
   *
   * @param when a time, or a date and time; never {@literal null}
   * @return the time in this language; never {@literal null}
   * @throws NullPointerException if {@code when} is {@literal null}
   * @throws java.time.DateTimeException if {@code when} holds no time
   */
  public String time(TemporalAccessor when) {
    Objects.requireNonNull(when, "when");
    DateTimeFormatter f = time;
    if (f == null) {
      f = DateTimeFormatter.ofPattern(get("format.time"), locale);
      time = f;
    }
    return f.format(when);
  }

  /**
   * {@code when} in the date or time pattern ({@link DateTimeFormatter}'s letters) the bundle holds
   * under {@code patternKey}, for text that writes a date its own way: a circulation's subject says
   * "3 March 2016" where the report says "Thursday 3 March 2016". {@link #date} and {@link #time}
   * write what this writes with {@code format.date} and {@code format.time}, with formatters made
   * once.
   *
   * <pre>{@code
   * Labels labels = Labels.forLanguage("cy");
   * labels.dateTime("mail.format.date", LocalDate.of(2016, 3, 3)); // "3 Mawrth 2016"
   * }</pre>
   *
   * @param patternKey the key of the pattern, such as {@code "mail.format.date"}; never {@literal
   *     null}
   * @param when a date, a time, or both, holding what the pattern asks for; never {@literal null}
   * @return {@code when} in this language; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws MissingResourceException when neither this language nor {@code en-GB} has the key
   * @throws IllegalArgumentException if the pattern is not a {@link DateTimeFormatter} pattern
   * @throws java.time.DateTimeException if {@code when} lacks a field the pattern asks for
   */
  public String dateTime(String patternKey, TemporalAccessor when) {
    Objects.requireNonNull(when, "when");
    return DateTimeFormatter.ofPattern(get(patternKey), locale).format(when);
  }

  /**
   * A number with at most one decimal, in the language's notation.
   *
   * @param value the number, such as a median
   * @return the number, such as "6" or "6.5"; never {@literal null}
   */
  public String number(double value) {
    // small whole numbers (not -0, which DecimalFormat writes "-0") without DecimalFormat's cost
    if (plainIntegers
        && value == Math.rint(value)
        && Math.abs(value) < 1000
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
      return Integer.toString((int) value);
    }
    double tenths = value * 10;
    if (plainDecimals
        && tenths == Math.rint(tenths)
        && Math.abs(value) < 1000
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
      // a median such as 6.5: its one decimal is exact, so nothing is left to round
      int t = (int) Math.abs(tenths);
      return (value < 0 ? "-" : "") + t / 10 + "." + t % 10;
    }
    return ((NumberFormat) number.clone()).format(value); // a DecimalFormat is not thread-safe
  }

  /**
   * A share as a whole percentage, in the language's notation.
   *
   * @param share the share, in 0..1
   * @return the percentage, such as "40%"; never {@literal null}
   */
  public String percent(double share) {
    double hundredths = share * 100;
    if (plainPercent && Math.abs(hundredths) < 1000) {
      // rounded as the percent format rounds: half to even, on the double's exact value
      return new BigDecimal(hundredths).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
    return ((NumberFormat) percent.clone()).format(share);
  }

  private String orKey(String key, String otherwise) {
    return bundle.containsKey(key) || fallback.containsKey(key) ? get(key) : otherwise;
  }
}
