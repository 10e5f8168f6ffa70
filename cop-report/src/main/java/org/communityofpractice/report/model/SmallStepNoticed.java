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
  /**
   * Checks every component.
   *
   * @param text what changed; not blank; never {@literal null}
   * @param noticedBy how the person who noticed it may be shown, or empty; empty, or not blank;
   *     never {@literal null}
   * @param followsAction the id of the action it follows, if any: for linking, never shown to
   *     members; never {@literal null}
   * @param followsActionText the text of the action it follows, when it may be published: what
   *     members read instead of the id; empty, or not blank; never {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public SmallStepNoticed {
    Require.text(text, "text");
    Require.optionalText(noticedBy, "noticedBy");
    Objects.requireNonNull(followsAction, "followsAction");
    Require.optionalText(followsActionText, "followsActionText");
  }

  /**
   * A step whose action's text is not known here; members read that it follows an agreed action.
   *
   * @param text what changed; not blank; never {@literal null}
   * @param noticedBy how the person who noticed it may be shown, or empty; never {@literal null}
   * @param followsAction the id of the action it follows, or empty; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if a text given is blank
   */
  public SmallStepNoticed(String text, Optional<String> noticedBy, Optional<String> followsAction) {
    this(text, noticedBy, followsAction, Optional.empty());
  }

  @Override
  public String toString() {
    return "SmallStepNoticed[" + followsAction.map(a -> "follows " + a).orElse("") + "]";
  }
}
