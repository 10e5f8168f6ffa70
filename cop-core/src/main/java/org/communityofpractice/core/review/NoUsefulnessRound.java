package org.communityofpractice.core.review;

import java.util.List;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.Session;

/** "Ask each person in turn what has been useful about the session." */
final class NoUsefulnessRound extends GuideCheck.GuideRule {
  @Override
  public List<Finding> session(Session session, ReviewContext context) {
    boolean heard =
        session.ran(StageKey.USEFULNESS)
            || session.contributions().stream()
                .anyMatch(c -> c.kind() == ContributionKind.USEFULNESS);
    if (heard) {
      return List.of();
    }
    return List.of(
        context
            .finding(code(), Severity.NOTE, session)
            .noticed(context.says(code(), "noticed"))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("usefulness_remarks", 0))
            .build());
  }
}
