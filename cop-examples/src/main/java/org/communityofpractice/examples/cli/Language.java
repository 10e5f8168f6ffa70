package org.communityofpractice.examples.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages {@code cop} speaks, as {@code --language} names them: {@code en} (British English,
 * the default) and {@code cy} (Welsh). Each has a complete bundle of report labels and of the
 * guide's words (running orders, principles, the review's findings), and what the tool itself says
 * — help, prompts, output and errors, picocli's parsing errors among them — has a bundle of its own
 * in each ({@link ToolText}). What cop-core says of a value (a field's expectation, a store's
 * reason) is its own English, put into the tool's words as it comes.
 */
enum Language {
  EN("en-GB"),
  CY("cy");

  /** What {@code --language} takes, for help and for the error an unknown language gets. */
  static final String NAMES = "en, cy";

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag reports in this language carry, such as {@code en-GB}. */
  String tag() {
    return tag;
  }

  /**
   * The language {@code --language} names: {@code en} or {@code cy}, also as {@code en-GB} or
   * {@code cy-GB}.
   */
  static Optional<Language> named(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "en", "en-gb" -> Optional.of(EN);
      case "cy", "cy-gb" -> Optional.of(CY);
      default -> Optional.empty();
    };
  }
}
