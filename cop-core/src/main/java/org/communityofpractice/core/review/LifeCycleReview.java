package org.communityofpractice.core.review;

import java.util.List;
import org.communityofpractice.core.community.LifeCycleStage;

/**
 * "Regular reviews of the point in the community's life cycle are valuable." Speaks when the
 * signals suggest a different stage from the one the community has recorded.
 */
final class LifeCycleReview extends GuideCheck.GuideRule {
  @Override
  public List<Finding> community(ReviewContext context) {
    LifeCycleSignals signals =
        LifeCycleSignals.of(context.community(), context.asOf(), context.settings());
    LifeCycleStage recorded = context.community().lifeCycleStage();
    if (signals.suggestedStage() == recorded) {
      return List.of();
    }
    return List.of(
        context
            .finding(code(), Severity.NOTE)
            .noticed(
                context.says(
                    code(),
                    "noticed",
                    context.stage(signals.suggestedStage()),
                    context.stage(recorded)))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.category("recorded_stage", recorded))
            .addAllEvidence(signals.evidence())
            .build());
  }
}
