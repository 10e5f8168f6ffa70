package org.communityofpractice.report.model;

import java.util.Optional;
import org.communityofpractice.report.model.internal.Require;

/**
 * Something said, cleared for publication: a best hope, an example of good practice, a description
 * of the preferred future, what is working well.
 *
 * @param text what was said
 * @param attribution how the speaker may be shown — a consented name or a role such as "Housing
 *     Manager, Stoke-on-Trent" — or empty for "a community member"
 */
public record Remark(String text, Optional<String> attribution) {
  public Remark {
    Require.text(text, "text");
    Require.optionalText(attribution, "attribution");
  }

  /** An unattributed remark. */
  public static Remark of(String text) {
    return new Remark(text, Optional.empty());
  }

  /** A remark attributed as {@code attribution}. */
  public static Remark by(String attribution, String text) {
    return new Remark(text, Optional.of(attribution));
  }

  @Override
  public String toString() {
    return "Remark["
        + text.length()
        + " chars"
        + (attribution.isPresent() ? ", attributed" : "")
        + "]";
  }
}
