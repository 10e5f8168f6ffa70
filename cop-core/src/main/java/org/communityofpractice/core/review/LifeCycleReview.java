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
                "The recent sessions suggest the community may be "
                    + signals.suggestedStage().name().toLowerCase(java.util.Locale.ROOT)
                    + ", while it is recorded as "
                    + recorded.name().toLowerCase(java.util.Locale.ROOT)
                    + ".")
            .tryNext(
                "Regular reviews of the point in the community's life cycle are valuable."
                    + " Consider a short review with the core group using Tuckman's stages — forming,"
                    + " storming, norming, performing, adjourning — and what the signals mean to them."
                    + " Every community reaches a conclusion, and flexibility is key.")
            .addEvidence(Evidence.category("recorded_stage", recorded))
            .addAllEvidence(signals.evidence())
            .build());
  }
}
