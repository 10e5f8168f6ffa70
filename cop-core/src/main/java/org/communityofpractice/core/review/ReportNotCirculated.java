package org.communityofpractice.core.review;

import java.time.Duration;
import java.util.List;
import org.communityofpractice.core.session.Session;

/**
 * "Circulate the report and session notes to community members via the email list." Quiet once a
 * circulation reached someone on the email list, or an older archive recorded the report as
 * circulated.
 */
final class ReportNotCirculated extends GuideCheck.GuideRule {
  @Override
  public List<Finding> session(Session session, ReviewContext context) {
    if (session.circulatedOn().isPresent()) {
      return List.of();
    }
    Duration since = Duration.between(session.startsAt().toInstant(), context.asOf());
    if (since.compareTo(context.settings().reportCirculationGrace()) <= 0) {
      return List.of();
    }
    return List.of(
        context
            .finding(code(), Severity.SUGGESTION, session)
            .noticed(context.says(code(), "noticed", String.valueOf(since.toDays())))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("days_since_session", since.toDays()))
            .addEvidence(Evidence.date("held_on", session.startsAt().toLocalDate()))
            .build());
  }
}
