package org.communityofpractice.examples;

import static org.communityofpractice.examples.GuideMembers.COMMISSIONER;
import static org.communityofpractice.examples.GuideMembers.EXPERT_CITIZEN;
import static org.communityofpractice.examples.GuideMembers.FACILICHAIR;
import static org.communityofpractice.examples.GuideMembers.HOUSING_MANAGER;
import static org.communityofpractice.examples.GuideMembers.RECORDER;
import static org.communityofpractice.examples.GuideMembers.SOCIAL_WORKER;
import static org.communityofpractice.examples.GuideMembers.SUPPORT_WORKER;
import static org.communityofpractice.examples.Sessions.VOICES;
import static org.communityofpractice.examples.Sessions.allStages;
import static org.communityofpractice.examples.Sessions.guideScaling;
import static org.communityofpractice.examples.Sessions.morning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.LegacyOutcome;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/**
 * The guide's case study. Social care staff were not authorised to work alone in the community, so
 * visits waited on a colleague being free. A social worker raised it at @SoTCoP; members shared
 * examples of safe lone-working practice; she took them to her manager (the action), the manager
 * agreed a trial (the small step noticed next time), and the community's legacy records the
 * outcome: "Lone-working procedures changed".
 *
 * <pre>{@code
 * Community community = LoneWorkingCaseStudy.community();
 * community.legacy().get(0).text(); // "Lone-working procedures changed"
 * }</pre>
 */
public final class LoneWorkingCaseStudy {
  /** The topic. */
  public static final TopicId TOPIC = TopicId.of("lone-working");

  /** The two sessions on it. */
  public static final SeriesId SERIES = SeriesId.of("lone-working-2017");

  /** The social worker raises lone working; members share safe practice. */
  public static final SessionId RAISED = SessionId.of("lone-working-1");

  /** The small step: the manager agrees a trial. */
  public static final SessionId FOLLOWED_UP = SessionId.of("lone-working-2");

  /** The social worker takes examples of safe practice to her manager. */
  public static final ActionId TAKE_EXAMPLES_TO_MANAGER =
      ActionId.of("lw-take-examples-to-manager");

  /** Agreed at the second session: the procedure goes to the other teams. */
  public static final ActionId SHARE_PROCEDURE = ActionId.of("lw-share-procedure");

  /** The outcome the guide lists first. */
  public static final String PROCEDURES_CHANGED = "Lone-working procedures changed";

  private LoneWorkingCaseStudy() {}

  /**
   * Prints the story: who raised it, the safe practice shared, the action, the step, the legacy.
   */
  public static void main(String[] args) {
    Community community = community();
    Session raised = community.session(RAISED).orElseThrow();
    System.out.println("case study: " + raised.presentation().orElseThrow().title());
    raised.contributions().stream()
        .filter(c -> c.kind() == ContributionKind.GOOD_PRACTICE)
        .forEach(c -> System.out.println("  safe practice shared: " + c.text()));
    raised.actions().forEach(a -> System.out.println("action: " + a.text()));
    community
        .session(FOLLOWED_UP)
        .orElseThrow()
        .smallSteps()
        .forEach(s -> System.out.println("small step: " + s.text()));
    community.legacy().forEach(l -> System.out.println("legacy: " + l.text()));
  }

  /** The case study in a community of its own: the guide's members, two sessions and the legacy. */
  public static Community community() {
    return GuideExample.builder()
        .addTopic(topic())
        .addSeries(series())
        .addAllSessions(sessions())
        .addAllLegacy(legacy())
        .build();
  }

  /** Lone working in adult social care. */
  public static Topic topic() {
    return Topic.builder()
        .id(TOPIC)
        .title("Lone working")
        .description("Safe ways for frontline staff to visit people on their own")
        .addNeededPerspectives(
            Perspective.FRONTLINE_PRACTITIONER,
            Perspective.MANAGER,
            Perspective.EXPERT_BY_EXPERIENCE)
        .build();
  }

  /** The two sessions, as a series. */
  public static Series series() {
    return Series.builder()
        .id(SERIES)
        .topic(TOPIC)
        .title("Lone working")
        .introduction("A social worker asked the community how others work alone safely.")
        .concluded(true)
        .build();
  }

  /** The two sessions, in date order. */
  public static List<Session> sessions() {
    return List.of(raised(), followedUp());
  }

  /** What the community's legacy records of it: the guide's four outcomes. */
  public static List<LegacyOutcome> legacy() {
    Optional<LocalDate> recorded = Optional.of(LocalDate.of(2017, 6, 1));
    return List.of(
        new LegacyOutcome(PROCEDURES_CHANGED, Optional.of(TOPIC), recorded),
        new LegacyOutcome("Well-being improved", Optional.of(TOPIC), recorded),
        new LegacyOutcome(
            "The confidence to influence change increased for @SoTCoP members",
            Optional.of(TOPIC),
            recorded),
        new LegacyOutcome(
            "Improved service for those accessing Social Care", Optional.of(TOPIC), recorded));
  }

  private static Session raised() {
    RunningOrder order = RunningOrder.subsequentSession();
    return Session.builder()
        .id(RAISED)
        .topic(TOPIC)
        .series(SERIES)
        .title("Lone working: visits that wait for a colleague")
        .startsAt(morning(LocalDate.of(2017, 2, 2)))
        .reportCirculatedOn(LocalDate.of(2017, 2, 2).plusWeeks(1))
        .venue(VOICES)
        .facilitator(FACILICHAIR)
        .addRecorder(RECORDER)
        .addAttendees(
            FACILICHAIR,
            SOCIAL_WORKER,
            EXPERT_CITIZEN,
            HOUSING_MANAGER,
            SUPPORT_WORKER,
            COMMISSIONER,
            RECORDER)
        .runningOrder(order)
        .addAllStagesRun(allStages(order))
        .addBestHopes(BestHope.by(SOCIAL_WORKER, "Real examples I can take to my manager"))
        .presentation(
            Presentation.builder()
                .kind(PresentationKind.CASE_STUDY)
                .title("Not authorised to visit alone")
                .presenter(SOCIAL_WORKER)
                .duration(Duration.ofMinutes(5))
                .summary(
                    "Every visit waits on a colleague being free, so regular contact is hard to keep up")
                .perspective(Perspective.FRONTLINE_PRACTITIONER)
                .build())
        .addContributions(
            Contribution.of(
                    ContributionKind.GOOD_PRACTICE,
                    "A buddy call at the start and end of every home visit")
                .by(HOUSING_MANAGER)
                .at(StageKey.GOOD_PRACTICE),
            Contribution.of(
                    ContributionKind.GOOD_PRACTICE,
                    "A shared diary of visits, checked by the team at the end of the day")
                .by(SUPPORT_WORKER)
                .at(StageKey.GOOD_PRACTICE),
            Contribution.of(
                    ContributionKind.GOOD_PRACTICE,
                    "Meeting in a café the person chooses feels safer for both of us")
                .by(EXPERT_CITIZEN)
                .at(StageKey.GOOD_PRACTICE),
            Contribution.of(
                    ContributionKind.PREFERRED_FUTURE,
                    "Visits happen when the person needs them, not when a colleague is free")
                .by(SOCIAL_WORKER)
                .at(StageKey.DISCUSSION))
        .addScaling(
            guideScaling(
                new int[] {3, 2, 4, 3, 3, 4, 3}, "A trial of lone working with a buddy call"))
        .addActions(
            Action.builder()
                .id(TAKE_EXAMPLES_TO_MANAGER)
                .text(
                    "Take the community's examples of safe lone-working practice to the team manager")
                .addOwner(SOCIAL_WORKER)
                .due(LocalDate.of(2017, 3, 2))
                .completedOn(LocalDate.of(2017, 2, 20))
                .build())
        .addConclusions("Safe lone working is already practised by other services in the city")
        .nextSession(NextSession.of(morning(LocalDate.of(2017, 3, 2)), VOICES))
        .build();
  }

  private static Session followedUp() {
    RunningOrder order = RunningOrder.subsequentSession();
    return Session.builder()
        .id(FOLLOWED_UP)
        .topic(TOPIC)
        .series(SERIES)
        .title("Lone working: the trial")
        .startsAt(morning(LocalDate.of(2017, 3, 2)))
        .reportCirculatedOn(LocalDate.of(2017, 3, 2).plusWeeks(1))
        .venue(VOICES)
        .facilitator(FACILICHAIR)
        .addRecorder(RECORDER)
        .addAttendees(
            FACILICHAIR, SOCIAL_WORKER, EXPERT_CITIZEN, HOUSING_MANAGER, SUPPORT_WORKER, RECORDER)
        .runningOrder(order)
        .addAllStagesRun(allStages(order))
        .addSmallSteps(
            SmallStep.builder()
                .text("The team manager agreed to trial lone working with a buddy call")
                .noticedBy(SOCIAL_WORKER)
                .followsAction(TAKE_EXAMPLES_TO_MANAGER)
                .build())
        .presentation(
            Presentation.builder()
                .kind(PresentationKind.GOOD_PRACTICE)
                .title("The first month of the lone-working trial")
                .presenter(SOCIAL_WORKER)
                .duration(Duration.ofMinutes(5))
                .perspective(Perspective.FRONTLINE_PRACTITIONER)
                .build())
        .addScaling(guideScaling(new int[] {6, 7, 6, 7, 5, 6}))
        .addActions(
            Action.builder()
                .id(SHARE_PROCEDURE)
                .text("Share the buddy-call procedure with the other adult social care teams")
                .addOwner(SOCIAL_WORKER)
                .due(LocalDate.of(2017, 4, 6))
                .build())
        .addConclusions("The trial lets visits happen when people need them")
        .addRecommendations("Adopt lone working with a buddy call across adult social care")
        .build();
  }
}
