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
  public PublishableText {
    Checks.text(text, "text");
    Objects.requireNonNull(attribution, "attribution");
  }

  @Override
  public String toString() {
    return "PublishableText{" + attribution + ", length=" + text.length() + "}";
  }
}
