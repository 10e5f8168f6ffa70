package org.communityofpractice.report.model;

import java.util.List;
import java.util.Objects;
import org.communityofpractice.report.model.internal.Require;

/**
 * An action agreed in a series and the small steps noticed since that follow it: how a series shows
 * its progress.
 *
 * @param action the action
 * @param agreedAt the id of the session it was agreed at
 * @param smallSteps the small steps that follow it, in session order
 */
public record ActionProgress(
    AgreedAction action, String agreedAt, List<SmallStepNoticed> smallSteps) {
  /**
   * Checks every component and copies the lists, so the value cannot change afterwards.
   *
   * @param action the action; never {@literal null}
   * @param agreedAt the id of the session it was agreed at; not blank; never {@literal null}
   * @param smallSteps the small steps that follow it, in session order; never {@literal null}, nor
   *     holding {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public ActionProgress {
    Objects.requireNonNull(action, "action");
    Require.text(agreedAt, "agreedAt");
    smallSteps = Require.list(smallSteps, "smallSteps");
  }
}
