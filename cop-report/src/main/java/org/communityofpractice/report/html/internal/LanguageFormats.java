package org.communityofpractice.report.html.internal;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.communityofpractice.report.spi.Labels;

/**
 * The formatters of one language, made once and shared by every rendering in it: {@link Labels}
 * makes a formatter on each call, and a page makes hundreds of calls. Numbers and patterns come out
 * exactly as {@link Labels#number}, {@link Labels#percent} and {@link Labels#format} write them.
 * Thread-safe: number formats are handed out as copies, one per rendering.
 */
public final class LanguageFormats {
  private final Labels labels;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;
  private final DateTimeFormatter shortDate;
  private final NumberFormat number;
  private final NumberFormat percent;
  private final boolean plainIntegers;
  private final boolean plainPercent;
  private final ConcurrentHashMap<String, LabelPattern> patterns = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> words = new ConcurrentHashMap<>();

  /**
   * The formatters for {@code labels}' language, with its {@code format.date} and {@code
   * format.time}.
   */
  public LanguageFormats(Labels labels) {
    this.labels = labels;
    Locale locale = labels.locale();
    this.date = DateTimeFormatter.ofPattern(labels.get("format.date"), locale);
    this.time = DateTimeFormatter.ofPattern(labels.get("format.time"), locale);
    this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    this.number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(1);
    number.setMinimumFractionDigits(0);
    this.percent = NumberFormat.getPercentInstance(locale);
    // where the language writes small whole numbers as Java does, skip DecimalFormat for them
    this.plainIntegers = number.format(-123).equals("-123");
    this.plainPercent = percent.format(0.57).equals("57%") && percent.format(-0.57).equals("-57%");
  }

  Labels labels() {
    return labels;
  }

  DateTimeFormatter date() {
    return date;
  }

  DateTimeFormatter time() {
    return time;
  }

  DateTimeFormatter shortDate() {
    return shortDate;
  }

  /** A copy of the number format, for one thread. */
  NumberFormat number() {
    return (NumberFormat) number.clone();
  }

  /** A copy of the percent format, for one thread. */
  NumberFormat percent() {
    return (NumberFormat) percent.clone();
  }

  boolean plainIntegers() {
    return plainIntegers;
  }

  boolean plainPercent() {
    return plainPercent;
  }

  LabelPattern pattern(String key) {
    LabelPattern pattern = patterns.get(key);
    return pattern != null
        ? pattern
        : patterns.computeIfAbsent(key, k -> LabelPattern.of(labels.get(k), labels.locale()));
  }

  /** A plain label, looked up in the bundles once. */
  String label(String key) {
    String word = words.get(key);
    return word != null ? word : words.computeIfAbsent(key, labels::get);
  }

  /**
   * A perspective's, sector's or presentation kind's label ("perspective." + key…), looked up once.
   */
  String group(String prefix, String key) {
    String cacheKey = prefix + key;
    String word = words.get(cacheKey);
    if (word != null) {
      return word;
    }
    return words.computeIfAbsent(
        cacheKey,
        k ->
            switch (prefix) {
              case "perspective." -> labels.perspective(key);
              case "sector." -> labels.sector(key);
              default -> labels.presentationKind(key);
            });
  }
}
