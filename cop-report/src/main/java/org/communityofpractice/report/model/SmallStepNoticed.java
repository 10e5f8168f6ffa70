package org.communityofpractice.report.model;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.internal.Require;

/**
 * A small step noticed since the community last met.
 *
 * @param text what changed
 * @param noticedBy how the person who noticed it may be shown, or empty
 * @param followsAction the id of the action it follows, if any: for linking, never shown to members
 * @param followsActionText the text of the action it follows, when it may be published: what
 *     members read instead of the id
 */
public record SmallStepNoticed(
    String text,
    Optional<String> noticedBy,
    Optional<String> followsAction,
    Optional<String> followsActionText) {
  public SmallStepNoticed {
    Require.text(text, "text");
    Require.optionalText(noticedBy, "noticedBy");
    Objects.requireNonNull(followsAction, "followsAction");
    Require.optionalText(followsActionText, "followsActionText");
  }

  /**
   * A step whose action's text is not known here; members read that it follows an agreed action.
   */
  public SmallStepNoticed(String text, Optional<String> noticedBy, Optional<String> followsAction) {
    this(text, noticedBy, followsAction, Optional.empty());
  }

  @Override
  public String toString() {
    return "SmallStepNoticed[" + followsAction.map(a -> "follows " + a).orElse("") + "]";
  }
}
