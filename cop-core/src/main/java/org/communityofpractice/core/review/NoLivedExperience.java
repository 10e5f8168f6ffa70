package org.communityofpractice.core.review;

import java.util.List;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.Session;

/**
 * "If we fail to include this, then all we are creating is a multi-agency meeting, not a true CoP."
 */
final class NoLivedExperience extends GuideCheck.GuideRule {
  @Override
  public List<Finding> session(Session session, ReviewContext context) {
    if (context.countInTheRoom(session, Perspective.EXPERT_BY_EXPERIENCE) > 0) {
      return List.of();
    }
    boolean caseStudyFromThatPerspective =
        session
            .presentation()
            .flatMap(Presentation::perspective)
            .filter(Perspective.EXPERT_BY_EXPERIENCE::equals)
            .isPresent();
    if (caseStudyFromThatPerspective) {
      return List.of();
    }
    return List.of(
        context
            .finding(code(), Severity.IMPORTANT, session)
            .noticed(context.says(code(), "noticed"))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("attendees", session.headcount()))
            .addEvidence(Evidence.count("experts_by_experience", 0))
            .build());
  }
}
