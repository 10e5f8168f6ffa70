package org.communityofpractice.core.review;

import java.util.List;
import org.communityofpractice.core.session.Session;

/** "Use scaling questions to establish how far things have already progressed." */
final class NoScalingQuestion extends GuideCheck.GuideRule {
  @Override
  public List<Finding> session(Session session, ReviewContext context) {
    if (!session.scaling().isEmpty()) {
      return List.of();
    }
    return List.of(
        context
            .finding(code(), Severity.SUGGESTION, session)
            .noticed(context.says(code(), "noticed"))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("scaling_rounds", 0))
            .build());
  }
}
