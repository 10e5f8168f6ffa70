package org.communityofpractice.core.review;

import java.time.Duration;
import java.util.List;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.Session;

/** "A short (5 minutes maximum) presentation … is core to each session." */
final class PresentationOverran extends GuideCheck.GuideRule {
  @Override
  public List<Finding> session(Session session, ReviewContext context) {
    Duration max = context.settings().maximumPresentation();
    return session
        .presentation()
        .map(Presentation::duration)
        .filter(d -> d.compareTo(max) > 0)
        .map(
            d ->
                List.of(
                    context
                        .finding(code(), Severity.SUGGESTION, session)
                        .noticed(
                            context.says(
                                code(),
                                "noticed",
                                String.valueOf(d.toMinutes()),
                                String.valueOf(max.toMinutes())))
                        .tryNext(context.says(code(), "tryNext"))
                        .addEvidence(Evidence.minutes("duration_minutes", d))
                        .addEvidence(Evidence.minutes("maximum_minutes", max))
                        .build()))
        .orElse(List.of());
  }
}
