package org.communityofpractice.report.spi;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A label's {@link MessageFormat} pattern parsed once into its literal text and the places of its
 * {@code {0}}, {@code {1}}…, so filling it in is string concatenation. MessageFormat itself does
 * the parsing (so quoting such as {@code ''} means what it means in {@code Labels.format}); a
 * pattern with typed elements such as {@code {0,number}}, or filled with other values than text,
 * keeps using MessageFormat. Immutable.
 */
final class LabelPattern {
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  private final List<String> literals;
  private final int[] arguments;
  private final String pattern;
  private final Locale locale;
  private final boolean typed;

  private LabelPattern(
      List<String> literals, int[] arguments, String pattern, Locale locale, boolean typed) {
    this.literals = literals;
    this.arguments = arguments;
    this.pattern = pattern;
    this.locale = locale;
    this.typed = typed;
  }

  static LabelPattern of(String pattern, Locale locale) {
    MessageFormat format = new MessageFormat(pattern, locale);
    for (Format element : format.getFormats()) {
      if (element != null) {
        return new LabelPattern(List.of(), new int[0], pattern, locale, true);
      }
    }
    int count = format.getFormatsByArgumentIndex().length;
    Object[] markers = new Object[count];
    for (int i = 0; i < count; i++) {
      markers[i] = OPEN + Integer.toString(i) + CLOSE;
    }
    String marked = format.format(markers);
    List<String> literals = new ArrayList<>();
    List<Integer> arguments = new ArrayList<>();
    int from = 0;
    for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, from)) {
      int close = marked.indexOf(CLOSE, open);
      literals.add(marked.substring(from, open));
      arguments.add(Integer.parseInt(marked.substring(open + 1, close)));
      from = close + 1;
    }
    literals.add(marked.substring(from));
    return new LabelPattern(
        List.copyOf(literals),
        arguments.stream().mapToInt(Integer::intValue).toArray(),
        pattern,
        locale,
        false);
  }

  /** Whether the pattern formats its arguments itself, as {@code {0,number}} does. */
  boolean typed() {
    return typed;
  }

  /**
   * The pattern with {@code values} in its places, as {@link MessageFormat} fills it; a place with
   * no value stays as "{n}".
   */
  String fill(Object... values) {
    if (typed || !allText(values)) {
      return new MessageFormat(pattern, locale).format(values);
    }
    StringBuilder out = new StringBuilder(64);
    for (int i = 0; i < arguments.length; i++) {
      out.append(literals.get(i));
      int argument = arguments[i];
      out.append(argument < values.length ? (String) values[argument] : "{" + argument + "}");
    }
    return out.append(literals.get(arguments.length)).toString();
  }

  /** Whether every value is text, which MessageFormat puts in as it is. */
  private static boolean allText(Object[] values) {
    for (Object value : values) {
      if (!(value instanceof String)) {
        return false;
      }
    }
    return true;
  }
}
