package org.communityofpractice.core.review;

import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;

/** "Communities have a natural life cycle. Avoid sessions without purpose." */
final class SessionsWithoutPurpose extends GuideCheck.GuideRule {
  /** Whether a session agreed or noticed anything that moves the community on. */
  static boolean purposeful(Session s) {
    return !s.actions().isEmpty() || !s.recommendations().isEmpty() || !s.smallSteps().isEmpty();
  }

  @Override
  public List<Finding> community(ReviewContext context) {
    int threshold = context.settings().sessionsWithoutPurpose();
    List<Finding> findings = new ArrayList<>();
    List<SessionId> run = new ArrayList<>();
    List<Session> sessions = context.community().sessions();
    for (int i = 0; i <= sessions.size(); i++) {
      Session s = i < sessions.size() ? sessions.get(i) : null;
      if (s != null && context.held(s) && !purposeful(s)) {
        run.add(s.id());
        continue;
      }
      if (s != null && !context.held(s)) {
        continue; // a session still to come neither breaks nor extends a run
      }
      if (run.size() >= threshold) {
        findings.add(
            context
                .finding(code(), Severity.SUGGESTION)
                .noticed(context.says(code(), "noticed", String.valueOf(run.size())))
                .tryNext(context.says(code(), "tryNext"))
                .addEvidence(Evidence.count("sessions_in_a_row", run.size()))
                .addEvidence(Evidence.ids("sessions", run))
                .build());
      }
      run.clear();
    }
    return findings;
  }
}
