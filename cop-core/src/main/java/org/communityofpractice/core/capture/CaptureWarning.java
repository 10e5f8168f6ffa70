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
    public CoreStageSkipped {
      Objects.requireNonNull(stage, "stage");
    }
  }
}
