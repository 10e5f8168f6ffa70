package org.communityofpractice.examples.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages {@code cop} speaks, as {@code --language} names them: {@code en} (British English,
 * the default) and {@code cy} (Welsh). Each has a complete bundle of report labels and of the
 * guide's words (running orders, principles, the review's findings). Of what the tool itself says,
 * Welsh is given for every command's help ({@code --help}), for what {@code cop review} prints
 * around the findings, and for the errors every command shares: a file that cannot be read or
 * written, an archive it cannot find or read, a {@code --session} or {@code --series} the archive
 * does not hold, a value that is not an id, an {@code --out} it cannot write, an unknown language,
 * running out of memory. The rest (each command's own errors, prompts and confirmations, and
 * picocli's parsing errors) is in English whichever is chosen.
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
