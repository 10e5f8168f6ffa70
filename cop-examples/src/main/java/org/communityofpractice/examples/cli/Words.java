package org.communityofpractice.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communityofpractice.core.consent.ConsentPurpose;

/**
 * The guide's words as typed on a command line or a sign-in sheet's header: {@code
 * named-in-reports}, {@code NAMED_IN_REPORTS} and {@code named in reports} are one purpose; a few
 * short names ({@code communications}, {@code named}, {@code quoted}, {@code contact-shared},
 * {@code research}) are accepted too.
 */
final class Words {
  /** What a command's own words (tables, formats, finding keys, action ids) look like. */
  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("-{0,2}[a-z0-9][a-z0-9_-]{0,63}");

  private Words() {}

  /**
   * Something typed, quoted to be shown back when it looks like one of a command's own words (lower
   * case letters, digits, '_' or '-', perhaps after "--"); otherwise "what was given", since a name
   * or an email typed in the wrong place is personal data.
   */
  static String typed(String text) {
    return says(text).toString();
  }

  /** {@link #typed(String)} as something to say in the command's language. */
  static ToolText.Says says(String text) {
    return text != null && WORD.matcher(text).matches()
        ? ToolText.says("typed.word", text)
        : ToolText.says("typed.notRepeated");
  }

  /** The constant of {@code type} that {@code text} names, if any. */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    String key = key(text);
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(key)).findFirst();
  }

  /** A consent purpose by its name or short name. */
  static Optional<ConsentPurpose> purpose(String text) {
    String key = key(text);
    return switch (key) {
      case "COMMUNICATIONS", "EMAIL" -> Optional.of(ConsentPurpose.COMMUNITY_COMMUNICATIONS);
      case "NAMED" -> Optional.of(ConsentPurpose.NAMED_IN_REPORTS);
      case "QUOTED" -> Optional.of(ConsentPurpose.QUOTED_BY_ROLE);
      case "PHOTOS" -> Optional.of(ConsentPurpose.PHOTOGRAPHED);
      case "CONTACT_SHARED" -> Optional.of(ConsentPurpose.CONTACT_SHARED_WITH_MEMBERS);
      case "RESEARCH" -> Optional.of(ConsentPurpose.RESEARCH_USE);
      default -> parse(ConsentPurpose.class, text);
    };
  }

  /** How a constant is written: lower case with '-'. */
  static String of(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every constant of {@code type}, as written. */
  static String all(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Words::of).collect(Collectors.joining(", "));
  }

  private static String key(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }
}
