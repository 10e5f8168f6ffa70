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
            .noticed(
                "The report of this session has not been circulated yet, "
                    + since.toDays()
                    + " days after it was held.")
            .tryNext(
                "A rapid report keeps the momentum and gives the community a sense of"
                    + " achievement and purpose. Photographs of the flip charts, each with a short"
                    + " paragraph, can be enough; consider circulating it to the email list with a"
                    + " thank you and an invitation to the next session.")
            .addEvidence(Evidence.count("days_since_session", since.toDays()))
            .addEvidence(Evidence.date("held_on", session.startsAt().toLocalDate()))
            .build());
  }
}
