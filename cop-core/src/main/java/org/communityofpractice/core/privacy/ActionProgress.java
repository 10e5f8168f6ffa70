package org.communityofpractice.core.privacy;

import java.util.List;
import java.util.Objects;
import org.communityofpractice.core.session.SessionId;

/**
 * An action agreed in a series and the small steps noticed since that follow it: how a series shows
 * progress.
 *
 * @param action the action
 * @param agreedAt the session it was agreed at
 * @param smallSteps the small steps that follow it, in session order
 */
public record ActionProgress(
    PublishableAction action, SessionId agreedAt, List<PublishableSmallStep> smallSteps) {
  /**
   * Checks the record.
   *
   * @param action the action; must not be {@literal null}
   * @param agreedAt the session it was agreed at; must not be {@literal null}
   * @param smallSteps the small steps that follow it, in session order; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public ActionProgress {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(agreedAt, "agreedAt");
    smallSteps = List.copyOf(smallSteps);
  }
}
