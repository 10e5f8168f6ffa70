package org.communityofpractice.core.review;

import java.util.List;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;

/** "Agree date, time and venue for your next session where applicable." */
final class NoNextDate extends GuideCheck.GuideRule {
  @Override
  public List<Finding> session(Session session, ReviewContext context) {
    if (session.nextSession().isPresent() || session.series().isEmpty()) {
      return List.of();
    }
    Series series = context.community().series(session.series().get()).orElseThrow();
    if (series.concluded()) {
      return List.of();
    }
    boolean laterSessionHeld =
        context.community().sessionsOf(series.id()).stream()
            .anyMatch(s -> s.startsAt().toInstant().isAfter(session.startsAt().toInstant()));
    if (laterSessionHeld) {
      return List.of(); // the series met again, so a date was found
    }
    return List.of(
        context
            .finding(code(), Severity.SUGGESTION, session)
            .noticed(context.says(code(), "noticed"))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.id("series", series.id()))
            .build());
  }
}
