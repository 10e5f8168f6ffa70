package org.communityofpractice.core.review;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;

/**
 * The signals that suggest where a community is in its life cycle (Tuckman: forming, storming,
 * norming, performing, adjourning), read from its recent sessions. They suggest; the core group
 * decides. The life-cycle check of {@link Review#guide()} reads them; its finding carries them as
 * evidence.
 *
 * <pre>{@code
 * LifeCycleSignals s = LifeCycleSignals.of(community, Instant.now(), ReviewSettings.guide());
 * s.suggestedStage(); // e.g. NORMING: most of the room came back, but few small steps yet
 * }</pre>
 *
 * <p>The suggestion, in order: no session held yet, or fewer than three — <em>forming</em>; no
 * session for longer than the quiet gap, every series concluded, or recent attendance below 60% of
 * earlier — <em>adjourning</em>; at least half the recent sessions purposeful (actions,
 * recommendations or small steps) and at least one small step following an action —
 * <em>performing</em>; at least half of recent attendances by returning members — <em>norming</em>;
 * otherwise <em>storming</em>.
 *
 * @param sessionsHeld sessions held before the review
 * @param recentSessions how many of them the recent window holds
 * @param recentMeanHeadcount mean headcount of the recent window, 0 when empty
 * @param earlierMeanHeadcount mean headcount of the sessions before the window, if any
 * @param recentReturningShare share of recent attendances by people who had come before, in 0..1
 * @param recentPurposefulShare share of recent sessions with actions, recommendations or small
 *     steps
 * @param recentSmallStepsFollowingActions small steps in the window that follow an action
 * @param daysSinceLastSession days since the last session held, if any was
 * @param openSeries series not concluded
 * @param concludedSeries series concluded
 * @param suggestedStage the stage the signals suggest
 */
record LifeCycleSignals(
    int sessionsHeld,
    int recentSessions,
    double recentMeanHeadcount,
    OptionalDouble earlierMeanHeadcount,
    double recentReturningShare,
    double recentPurposefulShare,
    int recentSmallStepsFollowingActions,
    OptionalDouble daysSinceLastSession,
    int openSeries,
    int concludedSeries,
    LifeCycleStage suggestedStage) {

  public LifeCycleSignals {
    Objects.requireNonNull(earlierMeanHeadcount, "earlierMeanHeadcount");
    Objects.requireNonNull(daysSinceLastSession, "daysSinceLastSession");
    Objects.requireNonNull(suggestedStage, "suggestedStage");
  }

  /** The signals of a community as it stood at {@code asOf}. */
  public static LifeCycleSignals of(Community community, Instant asOf, ReviewSettings settings) {
    List<Session> held =
        community.sessions().stream()
            .filter(s -> s.startsAt().toInstant().isBefore(asOf))
            .collect(Collectors.toList());
    int window = Math.min(settings.lifeCycleWindow(), held.size());
    List<Session> earlier = held.subList(0, held.size() - window);
    List<Session> recent = held.subList(held.size() - window, held.size());

    Set<PersonId> seen = new HashSet<>();
    earlier.forEach(s -> seen.addAll(s.attendees()));
    long attendances = 0;
    long returning = 0;
    int purposeful = 0;
    int stepsFollowingActions = 0;
    for (Session s : recent) {
      for (PersonId p : s.attendees()) {
        attendances++;
        if (seen.contains(p)) {
          returning++;
        }
      }
      seen.addAll(s.attendees());
      if (SessionsWithoutPurpose.purposeful(s)) {
        purposeful++;
      }
      stepsFollowingActions +=
          (int)
              s.smallSteps().stream()
                  .map(SmallStep::followsAction)
                  .filter(a -> a.isPresent())
                  .count();
    }
    double recentMean = recent.stream().mapToInt(Session::headcount).average().orElse(0);
    OptionalDouble earlierMean = earlier.stream().mapToInt(Session::headcount).average();
    double returningShare = attendances == 0 ? 0 : (double) returning / attendances;
    double purposefulShare = recent.isEmpty() ? 0 : (double) purposeful / recent.size();
    OptionalDouble daysSince =
        held.isEmpty()
            ? OptionalDouble.empty()
            : OptionalDouble.of(
                Duration.between(held.get(held.size() - 1).startsAt().toInstant(), asOf).toHours()
                    / 24.0);
    int open = (int) community.series().stream().filter(s -> !s.concluded()).count();
    int concluded = community.series().size() - open;

    LifeCycleStage stage;
    if (held.size() < 3) {
      stage = LifeCycleStage.FORMING;
    } else if (daysSince.getAsDouble() > settings.quietGap().toDays()
        || (!community.series().isEmpty() && open == 0)
        || (earlierMean.isPresent() && recentMean < 0.6 * earlierMean.getAsDouble())) {
      stage = LifeCycleStage.ADJOURNING;
    } else if (purposefulShare >= 0.5 && stepsFollowingActions >= 1) {
      stage = LifeCycleStage.PERFORMING;
    } else if (returningShare >= 0.5) {
      stage = LifeCycleStage.NORMING;
    } else {
      stage = LifeCycleStage.STORMING;
    }
    return new LifeCycleSignals(
        held.size(),
        recent.size(),
        recentMean,
        earlierMean,
        returningShare,
        purposefulShare,
        stepsFollowingActions,
        daysSince,
        open,
        concluded,
        stage);
  }

  /** The signals as evidence for a finding. */
  List<Evidence> evidence() {
    List<Evidence> e = new java.util.ArrayList<>();
    e.add(Evidence.category("suggested_stage", suggestedStage));
    e.add(Evidence.count("sessions_held", sessionsHeld));
    e.add(Evidence.count("recent_sessions", recentSessions));
    e.add(Evidence.mean("recent_mean_headcount", recentMeanHeadcount));
    earlierMeanHeadcount.ifPresent(m -> e.add(Evidence.mean("earlier_mean_headcount", m)));
    e.add(Evidence.share("recent_returning_share", recentReturningShare));
    e.add(Evidence.share("recent_purposeful_share", recentPurposefulShare));
    e.add(Evidence.count("recent_small_steps_following_actions", recentSmallStepsFollowingActions));
    daysSinceLastSession.ifPresent(d -> e.add(Evidence.count("days_since_last_session", (long) d)));
    e.add(Evidence.count("open_series", openSeries));
    e.add(Evidence.count("concluded_series", concludedSeries));
    return e;
  }
}
