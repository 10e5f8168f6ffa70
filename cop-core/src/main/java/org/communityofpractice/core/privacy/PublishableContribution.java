package org.communityofpractice.core.privacy;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.session.ContributionKind;

/**
 * A contribution to the conversation, as it may be published. {@link #toString()} never shows the
 * text.
 *
 * @param kind what kind of contribution it is (good practice, preferred future, working well…)
 * @param text what was said
 * @param attribution who said it, as far as they may be identified
 * @param stage the stage of the running order it came in, if recorded
 */
public record PublishableContribution(
    ContributionKind kind, String text, Attribution attribution, Optional<StageKey> stage) {
  /**
   * Checks the record.
   *
   * @param kind what kind of contribution it is (good practice, preferred future, working well…);
   *     must not be {@literal null}
   * @param text what was said; must not be {@literal null} or blank
   * @param attribution who said it, as far as they may be identified; must not be {@literal null}
   * @param stage the stage of the running order it came in, if recorded; must not be {@literal
   *     null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code text} is blank
   *     or holds forbidden characters
   */
  public PublishableContribution {
    Objects.requireNonNull(kind, "kind");
    Checks.text(text, "text");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(stage, "stage");
  }

  @Override
  public String toString() {
    return "PublishableContribution{"
        + kind
        + ", "
        + attribution
        + ", length="
        + text.length()
        + "}";
  }
}
