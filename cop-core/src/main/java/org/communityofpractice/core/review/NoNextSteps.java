package org.communityofpractice.core.review;

import java.util.List;
import org.communityofpractice.core.session.Session;

/** "Discuss and agree the next steps for the group and actions from group members." */
final class NoNextSteps extends GuideCheck.GuideRule {
  @Override
  public List<Finding> session(Session session, ReviewContext context) {
    if (!session.actions().isEmpty()) {
      return List.of();
    }
    return List.of(
        context
            .finding(code(), Severity.SUGGESTION, session)
            .noticed(context.says(code(), "noticed"))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("actions", 0))
            .addEvidence(Evidence.count("recommendations", session.recommendations().size()))
            .build());
  }
}
