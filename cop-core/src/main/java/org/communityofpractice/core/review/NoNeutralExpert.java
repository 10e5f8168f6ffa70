package org.communityofpractice.core.review;

import java.util.List;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.session.Session;

/**
 * "People who have no direct link to the topic for a community are an invaluable asset. These
 * neutral experts … should be invited to all community sessions."
 */
final class NoNeutralExpert extends GuideCheck.GuideRule {
  private static long neutralExperts(ReviewContext context) {
    return context.community().register().people().stream()
        .filter(p -> p.perspectives().contains(Perspective.NEUTRAL_EXPERT))
        .filter(p -> !p.isRestricted())
        .count();
  }

  @Override
  public List<Finding> community(ReviewContext context) {
    if (neutralExperts(context) > 0) {
      return List.of();
    }
    return List.of(
        context
            .finding(code(), Severity.SUGGESTION)
            .noticed(context.says(code(), "noticed"))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("members", context.community().register().size()))
            .addEvidence(Evidence.count("neutral_experts", 0))
            .build());
  }

  @Override
  public List<Finding> session(Session session, ReviewContext context) {
    long members = neutralExperts(context);
    if (members == 0 || context.countInTheRoom(session, Perspective.NEUTRAL_EXPERT) > 0) {
      return List.of(); // with none at all, the community finding says it once
    }
    return List.of(
        context
            .finding(code(), Severity.NOTE, session)
            .noticed(context.says(code(), "session.noticed"))
            .tryNext(context.says(code(), "session.tryNext"))
            .addEvidence(Evidence.count("neutral_experts_in_community", members))
            .addEvidence(Evidence.count("neutral_experts_in_room", 0))
            .build());
  }
}
