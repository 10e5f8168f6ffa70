package org.communityofpractice.report.model;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.internal.Require;

/**
 * A small step noticed since the community last met.
 *
 * @param text what changed
 * @param noticedBy how the person who noticed it may be shown, or empty
 * @param followsAction the id of the action it follows, if any
 */
public record SmallStepNoticed(String text, Optional<String> noticedBy, Optional<String> followsAction) {
  public SmallStepNoticed {
    Require.text(text, "text");
    Require.optionalText(noticedBy, "noticedBy");
    Objects.requireNonNull(followsAction, "followsAction");
  }

  @Override
  public String toString() {
    return "SmallStepNoticed[" + followsAction.map(a -> "follows " + a).orElse("") + "]";
  }
}
