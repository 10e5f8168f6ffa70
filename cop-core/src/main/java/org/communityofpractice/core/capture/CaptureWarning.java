package org.communityofpractice.core.capture;

import java.time.Duration;
import java.util.Objects;
import org.communityofpractice.core.runningorder.StageKey;

/**
 * Something the guide advises against, noticed while recording. A warning is returned, never
 * thrown: the session is recorded as it happened.
 *
 * <pre>{@code
 * List<CaptureWarning> warnings = recorder.skip();
 * if (warnings.contains(new CaptureWarning.CoreStageSkipped(StageKey.PRESENTATION))) {
 *   System.out.println("the guide keeps a presentation in every session");
 * }
 * }</pre>
 */
public sealed interface CaptureWarning {

  /**
   * The presentation ran past the guide's five minutes.
   *
   * @param ran how long it ran, or has run so far
   */
  record PresentationOverran(Duration ran) implements CaptureWarning {
    /**
     * Checks the record.
     *
     * @param ran how long it ran, or has run so far; must not be {@literal null}
     * @throws NullPointerException if {@code ran} is {@literal null}
     */
    public PresentationOverran {
      Objects.requireNonNull(ran, "ran");
    }
  }

  /**
   * A stage the running order marks as core (see {@link
   * org.communityofpractice.core.runningorder.Stage#core()}) was skipped.
   *
   * @param stage the stage
   */
  record CoreStageSkipped(StageKey stage) implements CaptureWarning {
    /**
     * Checks the record.
     *
     * @param stage the stage; must not be {@literal null}
     * @throws NullPointerException if {@code stage} is {@literal null}
     */
    public CoreStageSkipped {
      Objects.requireNonNull(stage, "stage");
    }
  }
}
