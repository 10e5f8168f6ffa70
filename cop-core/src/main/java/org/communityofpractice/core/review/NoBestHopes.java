package org.communityofpractice.core.review;

import java.util.List;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.session.Session;

/** "Ask each person to say who they are and what their best hopes are for the session." */
final class NoBestHopes extends GuideCheck.GuideRule {
  @Override
  public List<Finding> session(Session session, ReviewContext context) {
    if (!session.bestHopes().isEmpty() || session.ran(StageKey.BEST_HOPES)) {
      return List.of();
    }
    return List.of(
        context
            .finding(code(), Severity.SUGGESTION, session)
            .noticed(context.says(code(), "noticed"))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("best_hopes", 0))
            .build());
  }
}
