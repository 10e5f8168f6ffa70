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
            .noticed("No scaling question was asked.")
            .tryNext(
                "\"On a scale from 1 to 10 how near is this to what we're hoping for?\" shows"
                    + " how far things have already come, and \"What would have to happen to get one"
                    + " point up the scale?\" opens the next steps. Don't forget to ask about the good"
                    + " enough.")
            .addEvidence(Evidence.count("scaling_rounds", 0))
            .build());
  }
}
