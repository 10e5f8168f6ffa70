package org.communityofpractice.core.privacy;

import java.util.Objects;
import org.communityofpractice.core.internal.Checks;

/**
 * Something a person said — a best hope, a "one point up" idea — with the attribution the policy
 * allows. {@link #toString()} never shows the text.
 *
 * @param text the words, as recorded
 * @param attribution who said it, as far as they may be identified
 */
public record PublishableText(String text, Attribution attribution) {
  /**
   * Checks the record.
   *
   * @param text the words, as recorded; must not be {@literal null} or blank
   * @param attribution who said it, as far as they may be identified; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code text} is blank
   *     or holds forbidden characters
   */
  public PublishableText {
    Checks.text(text, "text");
    Objects.requireNonNull(attribution, "attribution");
  }

  @Override
  public String toString() {
    return "PublishableText{" + attribution + ", length=" + text.length() + "}";
  }
}
