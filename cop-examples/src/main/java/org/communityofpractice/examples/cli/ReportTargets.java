package org.communityofpractice.examples.cli;

import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;

/**
 * The session or series a command's {@code --session}/{@code --series} names, checked against the
 * community.
 */
final class ReportTargets {
  private ReportTargets() {}

  /**
   * Applies {@code ofSession} to the session named, or else {@code ofSeries} to the series named;
   * an id the community does not hold is a usage error listing the ids it does.
   */
  static <T> T resolve(
      Object archive,
      Community community,
      String session,
      String series,
      Function<SessionId, T> ofSession,
      Function<SeriesId, T> ofSeries) {
    if (session != null) {
      SessionId id = Ids.session(session);
      if (community.session(id).isEmpty()) {
        throw UserError.usage(
            ToolText.says(
                "target.noSession",
                archive,
                Words.says(session),
                community.sessions().stream()
                    .map(Session::id)
                    .map(SessionId::value)
                    .collect(Collectors.joining(", "))));
      }
      return ofSession.apply(id);
    }
    SeriesId id = Ids.series(series);
    if (community.series(id).isEmpty()) {
      throw UserError.usage(
          ToolText.says(
              "target.noSeries",
              archive,
              Words.says(series),
              community.series().stream()
                  .map(Series::id)
                  .map(SeriesId::value)
                  .collect(Collectors.joining(", "))));
    }
    return ofSeries.apply(id);
  }
}
