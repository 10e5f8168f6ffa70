package org.communityofpractice.report.model;

import java.util.List;
import java.util.Objects;
import org.communityofpractice.report.model.internal.Require;

/**
 * An action agreed in a series and the small steps noticed since that follow it, as a report says
 * them: how a series shows its progress.
 *
 * <p>The composer makes it from the privacy view's {@link
 * org.communityofpractice.core.privacy.ActionProgress}, in the words a report shows: those who took
 * the action on as they may be shown rather than as attributions, the session by its id, and each
 * small step with the text of the action it follows rather than the action's id alone.
 *
 * <pre>{@code
 * import org.communityofpractice.report.ReportComposer;
 * SeriesReport r = ReportComposer.of(policy).series(community, series.id());
 * for (ActionProgressSummary p : r.progress()) {
 *   String line = p.action().text() + " (" + p.smallSteps().size() + " small steps since)";
 * }
 * }</pre>
 *
 * @param action the action
 * @param agreedAt the id of the session it was agreed at
 * @param smallSteps the small steps that follow it, in session order
 */
public record ActionProgressSummary(
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
  public ActionProgressSummary {
    Objects.requireNonNull(action, "action");
    Require.text(agreedAt, "agreedAt");
    smallSteps = Require.list(smallSteps, "smallSteps");
  }
}
