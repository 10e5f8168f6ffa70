package org.communityofpractice.core.privacy;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.SessionId;

/**
 * A small step noticed since the community last met, as it may be published.
 *
 * @param text the step
 * @param noticedBy who noticed it, as far as they may be identified
 * @param followsAction the action it follows, if any
 * @param followsSession the earlier session it follows, if any
 */
public record PublishableSmallStep(
    String text,
    Attribution noticedBy,
    Optional<ActionId> followsAction,
    Optional<SessionId> followsSession) {
  /**
   * Checks the record.
   *
   * @param text the step; must not be {@literal null} or blank
   * @param noticedBy who noticed it, as far as they may be identified; must not be {@literal null}
   * @param followsAction the action it follows, if any; must not be {@literal null}
   * @param followsSession the earlier session it follows, if any; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code text} is blank
   *     or holds forbidden characters
   */
  public PublishableSmallStep {
    Checks.text(text, "text");
    Objects.requireNonNull(noticedBy, "noticedBy");
    Objects.requireNonNull(followsAction, "followsAction");
    Objects.requireNonNull(followsSession, "followsSession");
  }

  @Override
  public String toString() {
    return "PublishableSmallStep{"
        + noticedBy
        + ", followsAction="
        + followsAction.map(ActionId::value).orElse("none")
        + ", length="
        + text.length()
        + "}";
  }
}
