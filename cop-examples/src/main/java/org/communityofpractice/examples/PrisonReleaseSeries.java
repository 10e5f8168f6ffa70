package org.communityofpractice.examples;

import static org.communityofpractice.examples.GuideMembers.COMMISSIONER;
import static org.communityofpractice.examples.GuideMembers.EXPERT_CITIZEN;
import static org.communityofpractice.examples.GuideMembers.FACILICHAIR;
import static org.communityofpractice.examples.GuideMembers.FORMER_GOVERNOR;
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
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.ScalingMovement;
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
 * The guide's prison release series, in three sessions. At the first, the group noticed it had no
 * one from the prison service; a former prison governor was invited as expert witness to the
 * second, balanced by an Expert Citizen who had experienced life as a prisoner. The scaling moves
 * up across the series, each action agreed is followed by a small step noticed at the next session,
 * and the series ends with recommendations (the guide's Prison Release Report, 2016).
 *
 * <pre>{@code
 * import org.communityofpractice.core.scaling.ScalingQuestion;
 * Community community = PrisonReleaseSeries.community();
 * community.scalingMovement(PrisonReleaseSeries.SERIES).get(ScalingQuestion.GUIDE_WORDING)
 *     .medianSteps(); // [2.0, 2.0]: two points up at each session
 * }</pre>
 */
public final class PrisonReleaseSeries {
  /** The topic. */
  public static final TopicId TOPIC = TopicId.of("prison-release");

  /** The series of three sessions. */
  public static final SeriesId SERIES = SeriesId.of("prison-release-2016");

  /** The first session: no one from the prison service. */
  public static final SessionId FIRST = SessionId.of("prison-release-1");

  /** The second session: the former prison governor comes as expert witness. */
  public static final SessionId SECOND = SessionId.of("prison-release-2");

  /** The third and last session: recommendations. */
  public static final SessionId THIRD = SessionId.of("prison-release-3");

  /** Agreed at the first session: invite someone from the prison service. */
  public static final ActionId INVITE_PRISON_SERVICE = ActionId.of("pr-invite-prison-service");

  /** Agreed at the first session: find out who hears of a release date. */
  public static final ActionId MAP_RELEASE_NOTICE = ActionId.of("pr-map-release-notice");

  /** Agreed at the second session: a release-day checklist with housing. */
  public static final ActionId RELEASE_DAY_CHECKLIST = ActionId.of("pr-release-day-checklist");

  /** Agreed at the third session: the series report goes to decision makers. */
  public static final ActionId SEND_REPORT = ActionId.of("pr-send-report");

  private PrisonReleaseSeries() {}

  /**
   * Prints what the series shows: who was in the room, how the scaling moved, and what followed.
   */
  public static void main(String[] args) {
    Community community = community();
    System.out.println(community.series(SERIES).orElseThrow().title() + ", " + community.name());
    for (Session s : community.sessionsOf(SERIES)) {
      System.out.printf(
          "%s %s: %d in the room, expert witness present: %s, median %.1f%n",
          s.startsAt().toLocalDate(),
          s.id(),
          s.headcount(),
          s.attendees().contains(FORMER_GOVERNOR),
          s.scaling().get(0).statistics().orElseThrow().median());
      // the action a step follows, by what was agreed: its id is for the archive, not for people
      s.smallSteps()
          .forEach(
              step ->
                  System.out.println(
                      "  small step: "
                          + step.text()
                          + step.followsAction()
                              .flatMap(a -> actionText(community, a))
                              .map(a -> " (follows \"" + a + "\")")
                              .orElse("")));
      s.actions().forEach(a -> System.out.println("  action " + a.id() + ": " + a.text()));
    }
    ScalingMovement movement =
        community.scalingMovement(SERIES).get(Sessions.GUIDE_QUESTION.text());
    System.out.println("median change across the series: " + movement.medianChange().orElseThrow());
    community
        .session(THIRD)
        .orElseThrow()
        .recommendations()
        .forEach(r -> System.out.println("recommendation: " + r));
  }

  private static java.util.Optional<String> actionText(Community community, ActionId id) {
    return community.sessions().stream()
        .flatMap(s -> s.actions().stream())
        .filter(a -> a.id().equals(id))
        .map(Action::text)
        .findFirst();
  }

  /** The series in a community of its own: the guide's members and the three sessions. */
  public static Community community() {
    return GuideExample.builder()
        .addTopic(topic())
        .addSeries(series())
        .addAllSessions(sessions())
        .build();
  }

  /** Prison release: who should be here, including the prison service. */
  public static Topic topic() {
    return Topic.builder()
        .id(TOPIC)
        .title("Prison release")
        .description("What happens on the day someone leaves prison, and what would make it better")
        .addNeededPerspectives(
            Perspective.EXPERT_BY_EXPERIENCE,
            Perspective.FRONTLINE_PRACTITIONER,
            Perspective.PROVIDER,
            Perspective.COMMISSIONER)
        .addNeededService(GuideMembers.PRISON_SERVICE)
        .build();
  }

  /** The series, concluded after its third session. */
  public static Series series() {
    return Series.builder()
        .id(SERIES)
        .topic(TOPIC)
        .title("Prison release")
        .introduction(
            "Over three sessions the community explored release from prison: what works"
                + " on the day, what is missing, and what would prevent release to homelessness.")
        .concluded(true)
        .build();
  }

  /** The three sessions, in date order. */
  public static List<Session> sessions() {
    return List.of(first(), second(), third());
  }

  private static Session first() {
    RunningOrder order = RunningOrder.firstSession();
    return Session.builder()
        .id(FIRST)
        .topic(TOPIC)
        .series(SERIES)
        .title("Prison release: the day of release")
        .startsAt(morning(LocalDate.of(2016, 3, 3)))
        .reportCirculatedOn(LocalDate.of(2016, 3, 3).plusWeeks(1))
        .venue(VOICES)
        .facilitator(FACILICHAIR)
        .addRecorder(RECORDER)
        .addAttendees(
            FACILICHAIR,
            EXPERT_CITIZEN,
            SOCIAL_WORKER,
            HOUSING_MANAGER,
            SUPPORT_WORKER,
            COMMISSIONER,
            RECORDER)
        .chairsIntroduction("Our first conversation on prison release: what happens on the day.")
        .runningOrder(order)
        .addAllStagesRun(allStages(order))
        .addBestHopes(
            BestHope.by(EXPERT_CITIZEN, "That people hear what release is like from the inside"),
            BestHope.by(HOUSING_MANAGER, "To know sooner when someone is coming out"))
        .presentation(
            Presentation.builder()
                .kind(PresentationKind.CASE_STUDY)
                .title("Released on a Friday afternoon with nowhere to go")
                .presenter(EXPERT_CITIZEN)
                .duration(Duration.ofMinutes(5))
                .perspective(Perspective.EXPERT_BY_EXPERIENCE)
                .build())
        .addContributions(
            Contribution.of(
                    ContributionKind.GOOD_PRACTICE,
                    "A named support worker meets people at the gate")
                .by(SUPPORT_WORKER)
                .at(StageKey.GOOD_PRACTICE),
            Contribution.of(
                    ContributionKind.QUESTION,
                    "Who in the prison knows the release date, and who do they tell?")
                .by(HOUSING_MANAGER)
                .at(StageKey.CLARIFICATION),
            Contribution.of(
                    ContributionKind.STATEMENT,
                    "No one from the prison service is here to answer that")
                .by(FACILICHAIR)
                .at(StageKey.DISCUSSION),
            Contribution.of(
                    ContributionKind.USEFULNESS,
                    "Hearing release described by someone who lived it")
                .by(COMMISSIONER)
                .at(StageKey.USEFULNESS))
        .addScaling(
            guideScaling(
                new int[] {2, 3, 3, 4, 2, 3, 4},
                "Someone from the prison service in the room",
                "Housing told of release dates"))
        .addActions(
            Action.builder()
                .id(INVITE_PRISON_SERVICE)
                .text("Invite someone from the prison service to the next session")
                .addOwner(FACILICHAIR)
                .due(LocalDate.of(2016, 4, 7))
                .completedOn(LocalDate.of(2016, 3, 21))
                .build(),
            Action.builder()
                .id(MAP_RELEASE_NOTICE)
                .text("Find out who is told of a release date, and when")
                .addOwner(HOUSING_MANAGER)
                .due(LocalDate.of(2016, 4, 7))
                .build())
        .addConclusions(
            "Release on a Friday afternoon leaves no time to find accommodation",
            "The group has no one from the prison service")
        .addQuestions("Can release dates be shared with housing providers before the day?")
        .nextSession(NextSession.of(morning(LocalDate.of(2016, 4, 7)), VOICES))
        .build();
  }

  private static Session second() {
    RunningOrder order = RunningOrder.subsequentSession();
    return Session.builder()
        .id(SECOND)
        .topic(TOPIC)
        .series(SERIES)
        .title("Prison release: through the governor's lens")
        .startsAt(morning(LocalDate.of(2016, 4, 7)))
        .reportCirculatedOn(LocalDate.of(2016, 4, 7).plusWeeks(1))
        .venue(VOICES)
        .facilitator(FACILICHAIR)
        .addRecorder(RECORDER)
        .addAttendees(
            FACILICHAIR,
            EXPERT_CITIZEN,
            FORMER_GOVERNOR,
            SOCIAL_WORKER,
            HOUSING_MANAGER,
            SUPPORT_WORKER,
            COMMISSIONER,
            RECORDER)
        .runningOrder(order)
        .addAllStagesRun(allStages(order))
        .addBestHopes(
            BestHope.by(FORMER_GOVERNOR, "That the community understands the pressures inside"))
        .addSmallSteps(
            SmallStep.builder()
                .text("A former prison governor accepted the invitation and is here today")
                .noticedBy(FACILICHAIR)
                .followsAction(INVITE_PRISON_SERVICE)
                .build(),
            SmallStep.builder()
                .text("Housing now knows which prison team holds release dates")
                .noticedBy(HOUSING_MANAGER)
                .followsAction(MAP_RELEASE_NOTICE)
                .build())
        .presentation(
            Presentation.builder()
                .kind(PresentationKind.CASE_STUDY)
                .title("Release day from the governor's side of the gate")
                .presenter(FORMER_GOVERNOR)
                .duration(Duration.ofMinutes(5))
                .perspective(Perspective.EXPERT_WITNESS)
                .build())
        .addContributions(
            Contribution.of(
                    ContributionKind.WORKING_WELL,
                    "Talking as equals: the governor and a former prisoner chatting, not across a desk")
                .by(EXPERT_CITIZEN)
                .at(StageKey.DISCUSSION),
            Contribution.of(
                    ContributionKind.PREFERRED_FUTURE,
                    "Nobody leaves prison without knowing where they will sleep")
                .by(FORMER_GOVERNOR)
                .at(StageKey.DISCUSSION))
        .addScaling(
            guideScaling(
                new int[] {4, 5, 5, 6, 4, 5, 6, 5}, "A release-day checklist shared with housing"))
        .addActions(
            Action.builder()
                .id(RELEASE_DAY_CHECKLIST)
                .text("Draft a release-day checklist with housing providers")
                .addOwners(FORMER_GOVERNOR, HOUSING_MANAGER)
                .due(LocalDate.of(2016, 5, 5))
                .completedOn(LocalDate.of(2016, 4, 28))
                .build())
        .addConclusions("Common ground: everyone wants release to a known address")
        .nextSession(NextSession.of(morning(LocalDate.of(2016, 5, 5)), VOICES))
        .build();
  }

  private static Session third() {
    RunningOrder order = RunningOrder.subsequentSession();
    return Session.builder()
        .id(THIRD)
        .topic(TOPIC)
        .series(SERIES)
        .title("Prison release: preventing release to homelessness")
        .startsAt(morning(LocalDate.of(2016, 5, 5)))
        .reportCirculatedOn(LocalDate.of(2016, 5, 5).plusWeeks(1))
        .venue(VOICES)
        .facilitator(FACILICHAIR)
        .addRecorder(RECORDER)
        .addAttendees(
            FACILICHAIR,
            EXPERT_CITIZEN,
            FORMER_GOVERNOR,
            HOUSING_MANAGER,
            SUPPORT_WORKER,
            COMMISSIONER,
            RECORDER)
        .runningOrder(order)
        .addAllStagesRun(allStages(order))
        .addBestHopes(BestHope.of("To leave with recommendations decision makers can act on"))
        .addSmallSteps(
            SmallStep.builder()
                .text(
                    "The release-day checklist was tried with two releases, both to a known address")
                .noticedBy(HOUSING_MANAGER)
                .followsAction(RELEASE_DAY_CHECKLIST)
                .build())
        .presentation(
            Presentation.builder()
                .kind(PresentationKind.GOOD_PRACTICE)
                .title("The release-day checklist")
                .presenter(HOUSING_MANAGER)
                .duration(Duration.ofMinutes(4))
                .perspective(Perspective.MANAGER)
                .build())
        .addScaling(guideScaling(new int[] {6, 7, 7, 8, 6, 7, 7}))
        .addActions(
            Action.builder()
                .id(SEND_REPORT)
                .text(
                    "Send the Prison Release Report to decision makers in the city and the prison service")
                .addOwner(FACILICHAIR)
                .due(LocalDate.of(2016, 6, 30))
                .build())
        .addConclusions("The checklist works when housing hears of the release date in time")
        .addRecommendations(
            "Assess housing need before the release date, so no one is released to homelessness",
            "Avoid Friday releases for people with no address",
            "Challenge short prison sentences, which break tenancies and support")
        .build();
  }
}
