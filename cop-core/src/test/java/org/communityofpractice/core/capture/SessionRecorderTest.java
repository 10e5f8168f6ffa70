package org.communityofpractice.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.fixtures.CommunityFixtures.BUDDY_PROCEDURE;
import static org.communityofpractice.core.fixtures.CommunityFixtures.CHAIR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.EXPERT_CITIZEN;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOUSING_MANAGER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOW_NEAR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.LONE_WORKING;
import static org.communityofpractice.core.fixtures.CommunityFixtures.NEUTRAL_EXPERT;
import static org.communityofpractice.core.fixtures.CommunityFixtures.RECORDER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOCIAL_WORKER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.VOICES;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.capture.CaptureWarning.CoreStageSkipped;
import org.communityofpractice.core.capture.CaptureWarning.PresentationOverran;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Tombstone;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class SessionRecorderTest {

  private static SessionRecorder scripted(int n) {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(n));
    ScriptedSession.events(n).forEach(recorder::record);
    return recorder;
  }

  private static Community withoutSessions() {
    return Community.builder().from(sotcop()).sessions(List.of()).legacy(List.of()).build();
  }

  @Test
  void choosesTheFirstSessionTemplateWhenTheCommunityHasNotMetBefore() {
    SessionRecorder recorder = SessionRecorder.start(withoutSessions(), ScriptedSession.plan(1));
    assertThat(recorder.runningOrder()).isEqualTo(RunningOrder.firstSession());
  }

  @Test
  void choosesTheSubsequentSessionTemplateOnceTheCommunityHasMet() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    assertThat(recorder.runningOrder()).isEqualTo(RunningOrder.subsequentSession());
  }

  @Test
  void usesTheCommunitysOwnRunningOrderWhenThePlanNamesIt() {
    RunningOrder shortOne =
        RunningOrder.builder()
            .id("short")
            .name("A short session")
            .addStage(RunningOrder.firstSession().stage(StageKey.BEST_HOPES).orElseThrow())
            .addStage(RunningOrder.firstSession().stage(StageKey.DISCUSSION).orElseThrow())
            .build();
    Community community = Community.builder().from(sotcop()).addRunningOrder(shortOne).build();
    SessionPlan plan =
        SessionPlan.builder().from(ScriptedSession.plan(1)).runningOrder(shortOne).build();
    SessionRecorder recorder = SessionRecorder.start(community, plan);
    assertThat(recorder.runningOrder()).isEqualTo(shortOne);
    assertThat(recorder.currentStage().orElseThrow().key()).isEqualTo(StageKey.BEST_HOPES);
  }

  @Test
  void rejectsARunningOrderTheCommunityDoesNotHave() {
    RunningOrder unknown =
        RunningOrder.builder()
            .id("unknown")
            .name("Unknown")
            .addStage(RunningOrder.firstSession().stage(StageKey.BEST_HOPES).orElseThrow())
            .build();
    SessionPlan plan =
        SessionPlan.builder().from(ScriptedSession.plan(1)).runningOrder(unknown).build();
    assertThatThrownBy(() -> SessionRecorder.start(sotcop(), plan))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("runningOrder"));
  }

  @Test
  void knowsTheCurrentStageAndItsPrompts() {
    SessionRecorder recorder = SessionRecorder.start(withoutSessions(), ScriptedSession.plan(1));
    assertThat(recorder.currentStage().orElseThrow().key()).isEqualTo(StageKey.MEET_AND_GREET);
    recorder.advance();
    assertThat(recorder.currentStage().orElseThrow().key()).isEqualTo(StageKey.BEST_HOPES);
    assertThat(recorder.prompts())
        .contains("If this session is a good use of your time what will have happened?");
  }

  @Test
  void finishingGivesTheSessionBuiltByHandFromTheSameFacts() {
    Session byHand =
        Session.builder()
            .id(ScriptedSession.id(1))
            .topic(LONE_WORKING)
            .title("Lone working, 1")
            .startsAt(ScriptedSession.startsAt(1))
            .venue(VOICES)
            .facilitator(CHAIR)
            .addRecorder(RECORDER)
            .addAttendees(
                CHAIR, RECORDER, EXPERT_CITIZEN, SOCIAL_WORKER, HOUSING_MANAGER, NEUTRAL_EXPERT)
            .runningOrder(RunningOrder.subsequentSession())
            .addStagesRun(
                StageKey.MEET_AND_GREET,
                StageKey.WELCOME_RETURNING,
                StageKey.BEST_HOPES,
                StageKey.GONE_WELL,
                StageKey.SMALL_STEPS,
                StageKey.PRESENTATION,
                StageKey.GOOD_PRACTICE,
                StageKey.CLARIFICATION,
                StageKey.DISCUSSION,
                StageKey.CONCLUSIONS,
                StageKey.USEFULNESS,
                StageKey.THANKS_AND_NEXT_DATE,
                StageKey.NETWORKING)
            .addBestHope(BestHope.by(EXPERT_CITIZEN, "Hear whether the buddy calls help, 1"))
            .addBestHope(BestHope.of("One thing to try on Monday \"at 9\"\nand after"))
            .presentation(
                Presentation.builder()
                    .kind(PresentationKind.CASE_STUDY)
                    .title("A home visit that went wrong, and what changed")
                    .presenter(SOCIAL_WORKER)
                    .perspective(Perspective.FRONTLINE_PRACTITIONER)
                    .duration(Duration.ofSeconds(241))
                    .build())
            .addContribution(
                Contribution.of(ContributionKind.GONE_WELL, "Buddy calls started in two teams")
                    .by(SOCIAL_WORKER)
                    .at(StageKey.GONE_WELL))
            .addContribution(
                Contribution.of(ContributionKind.GOOD_PRACTICE, "Text the buddy a code word — ✓")
                    .by(HOUSING_MANAGER)
                    .at(StageKey.GOOD_PRACTICE))
            .addContribution(
                Contribution.of(ContributionKind.QUESTION, "Who holds the rota at weekends?")
                    .by(NEUTRAL_EXPERT)
                    .at(StageKey.CLARIFICATION))
            .addContribution(
                Contribution.of(ContributionKind.USEFULNESS, "Hearing the Expert Citizen's view")
                    .by(SOCIAL_WORKER)
                    .at(StageKey.USEFULNESS))
            .addScaling(
                ScalingRound.builder()
                    .question(HOW_NEAR)
                    .addRatings(
                        Rating.by(EXPERT_CITIZEN, 5),
                        Rating.by(SOCIAL_WORKER, 6),
                        Rating.anonymous(7))
                    .addOnePointUpIdea(
                        OnePointUpIdea.by(HOUSING_MANAGER, "A shared rota everyone can see"))
                    .build())
            .addAction(
                Action.builder()
                    .id(ScriptedSession.actionId(1))
                    .text("Publish the weekend rota")
                    .addOwner(HOUSING_MANAGER)
                    .build())
            .addSmallStep(
                SmallStep.builder()
                    .text("A manager rang back within the hour")
                    .noticedBy(SOCIAL_WORKER)
                    .followsAction(BUDDY_PROCEDURE)
                    .build())
            .addConclusion("Buddy calls work when someone answers")
            .addRecommendation("Every team names a weekend buddy")
            .addQuestion("Could the out-of-hours service hold the rota?")
            .addArtefact(
                Artefact.of(
                    "photos/flipchart-1.jpg",
                    "What a good visit looks like",
                    "A flip chart with three columns"))
            .nextSession(NextSession.of(ScriptedSession.startsAt(2), VOICES))
            .build();

    Session recorded = scripted(1).finish();

    assertThat(recorded).isEqualTo(byHand);
    assertThat(recorded.hashCode()).isEqualTo(byHand.hashCode());
  }

  @Test
  void recordsNoArrivalTimes() {
    assertThat(
            Arrays.stream(CaptureEvent.Arrived.class.getRecordComponents())
                .map(RecordComponent::getType)
                .toList())
        .containsExactly(PersonId.class);
  }

  @Test
  void skippingACoreStageWarnsAndSkippingAnOptionalOneDoesNot() {
    SessionRecorder recorder = SessionRecorder.start(withoutSessions(), ScriptedSession.plan(1));
    assertThat(recorder.skip()).isEmpty(); // meet and greet is optional
    assertThat(recorder.skip()).containsExactly(new CoreStageSkipped(StageKey.BEST_HOPES));
    assertThat(recorder.warnings()).containsExactly(new CoreStageSkipped(StageKey.BEST_HOPES));
    assertThat(recorder.finish().stagesRun()).containsExactly(StageKey.GONE_WELL);
    assertThat(recorder.coreStagesNotRun())
        .containsExactly(
            StageKey.BEST_HOPES,
            StageKey.PRESENTATION,
            StageKey.DISCUSSION,
            StageKey.CONCLUSIONS,
            StageKey.USEFULNESS);
  }

  @Test
  void returningToAStageTagsContributionsWithIt() {
    SessionRecorder recorder = scripted(1);
    recorder.returnTo(StageKey.GOOD_PRACTICE);
    recorder.contribute(ContributionKind.GOOD_PRACTICE, "One more example", Optional.empty());
    Session session = recorder.finish();
    assertThat(session.contributions().get(session.contributions().size() - 1).stage())
        .contains(StageKey.GOOD_PRACTICE);
  }

  @Test
  void aPresentationRunningPastFiveMinutesWarnsLiveAndWhenItStops() {
    MutableClock clock = new MutableClock(Instant.parse("2016-07-07T09:20:00Z"));
    SessionRecorder recorder =
        SessionRecorder.start(sotcop(), ScriptedSession.plan(1), clock, EventSink.NONE);
    assertThat(
            recorder.startPresentation(
                PresentationKind.CASE_STUDY, "Lone working", Optional.of(CHAIR), Optional.empty()))
        .isEmpty();
    clock.now = clock.now.plus(Duration.ofMinutes(5));
    assertThat(recorder.presentationOverrun(clock.now)).isEmpty();
    clock.now = clock.now.plusSeconds(1);
    assertThat(recorder.presentationOverrun(clock.now))
        .contains(new PresentationOverran(Duration.ofSeconds(301)));
    assertThat(recorder.stopPresentation())
        .containsExactly(new PresentationOverran(Duration.ofSeconds(301)));
    assertThat(recorder.finish().presentation().orElseThrow().duration())
        .isEqualTo(Duration.ofSeconds(301));
  }

  @Test
  void aPresentationOfFiveMinutesGivesNoWarning() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    assertThat(
            recorder.givePresentation(
                Presentation.builder()
                    .kind(PresentationKind.GOOD_PRACTICE)
                    .title("Buddy calls")
                    .duration(Duration.ofMinutes(5))
                    .build()))
        .isEmpty();
  }

  @Test
  void rejectsARatingOffTheScaleNamingTheFieldAndChangesNothing() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    recorder.askScalingQuestion(HOW_NEAR);
    List<CaptureEvent> before = recorder.events();
    Session sessionBefore = recorder.finish();

    assertThatThrownBy(() -> recorder.rate(Rating.anonymous(11)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("scaling[0].ratings[0].value");
              assertThat(e.value()).isEqualTo("11");
            });

    assertThat(recorder.events()).isEqualTo(before);
    assertThat(recorder.finish()).isEqualTo(sessionBefore);
  }

  @Test
  void rejectsARatingBeforeAnyQuestion() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    assertThatThrownBy(() -> recorder.rate(Rating.anonymous(5)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("round"));
  }

  @Test
  void rejectsSomeoneTheRegisterDoesNotHold() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    int events = recorder.events().size();
    assertThatThrownBy(() -> recorder.arrived(PersonId.of("p-7kx2qd9m4tbz")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("person");
              assertThat(e.value()).isEqualTo("p-7kx2qd9m4tbz");
            });
    assertThatThrownBy(() -> recorder.arrived(PersonId.of("dee.turner")))
        .as("an id that spells a name is withheld")
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getMessage()).doesNotContain("dee"));
    assertThat(recorder.events()).hasSize(events);
    assertThat(recorder.finish().attendees()).containsExactly(CHAIR, RECORDER);
  }

  @Test
  void anErasedPersonsOpaqueIdIsAcceptedOnReplayButNotLive() {
    PersonId erased = PersonId.of("x-9q7k2m");
    Community community =
        Community.builder()
            .from(sotcop())
            .register(
                MemberRegister.builder()
                    .from(sotcop().register())
                    .addTombstone(
                        new Tombstone(
                            erased,
                            Instant.parse("2016-04-01T00:00:00Z"),
                            Actor.role("data protection lead"),
                            ErasureGround.REQUESTED_BY_PERSON))
                    .build())
            .build();
    SessionRecorder live = SessionRecorder.start(community, ScriptedSession.plan(1));
    int events = live.events().size();
    assertThatThrownBy(() -> live.arrived(erased))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("person");
              assertThat(e.value()).isEqualTo("x-9q7k2m");
            });
    assertThat(live.events()).hasSize(events);

    // a journal rewritten after the erasure names the opaque id where the person arrived
    List<CaptureEvent> journal = new ArrayList<>(live.events());
    journal.add(new CaptureEvent.Arrived(erased));
    SessionRecorder replayed = SessionRecorder.replay(community, journal);
    assertThat(replayed.finish().attendees()).contains(erased);
    assertThatThrownBy(() -> replayed.arrived(PersonId.of("erased-2")))
        .isInstanceOf(InvalidValueException.class);
    SessionRecorder resumed = SessionRecorder.replay(community, live.events());
    assertThatThrownBy(() -> resumed.arrived(erased))
        .as("once replayed, recording is live again")
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("person"));
  }

  @Test
  void aRejectionLateInASessionNamesTheFactAtItsPlaceInTheSession() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    for (int i = 0; i < 3; i++) {
      recorder.contribute(ContributionKind.COMMENT, "Said " + i, Optional.empty());
    }
    recorder.askScalingQuestion(HOW_NEAR);
    recorder.rate(Rating.anonymous(5));
    recorder.askScalingQuestion(HOW_NEAR);
    recorder.rate(Rating.anonymous(6));
    Session before = recorder.finish();
    List<CaptureEvent> eventsBefore = recorder.events();

    assertThatThrownBy(
            () ->
                recorder.contribute(ContributionKind.COMMENT, "Hello", Optional.of(EXPERT_CITIZEN)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("contributions[3].by"));
    assertThatThrownBy(() -> recorder.rate(Rating.by(EXPERT_CITIZEN, 7)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("scaling[1].ratings[1].ratedBy"));
    assertThat(recorder.finish()).isEqualTo(before);
    assertThat(recorder.events()).isEqualTo(eventsBefore);
  }

  @Test
  void rejectsAContributionFromSomeoneNotInTheRoom() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    assertThatThrownBy(
            () ->
                recorder.contribute(ContributionKind.COMMENT, "Hello", Optional.of(EXPERT_CITIZEN)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("contributions[0].by"));
    assertThat(recorder.finish().contributions()).isEmpty();
  }

  @Test
  void aPresenterWhoHasNotArrivedIsRefusedAtTheStartNamedByIdAndTheSessionStillFinishes() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    assertThatThrownBy(
            () ->
                recorder.startPresentation(
                    PresentationKind.CASE_STUDY,
                    "Lone working",
                    Optional.of(EXPERT_CITIZEN),
                    Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("presenter");
              // the fixture's id spells a role, so it is withheld; a minted id would be shown
              assertThat(e.isPersonal()).isTrue();
              assertThat(e.getMessage()).doesNotContain(EXPERT_CITIZEN.value());
              assertThat(e.expectation()).isEqualTo("must have arrived");
            });
    assertThat(recorder.finish().presentation()).isEmpty();

    recorder.arrived(EXPERT_CITIZEN);
    assertThat(recorder.attendees()).endsWith(EXPERT_CITIZEN);
    recorder.startPresentation(
        PresentationKind.CASE_STUDY, "Lone working", Optional.of(EXPERT_CITIZEN), Optional.empty());
    recorder.stopPresentation();
    assertThat(recorder.finish().presentation().orElseThrow().presenter()).contains(EXPERT_CITIZEN);
  }

  @Test
  void rejectsAnActionIdTheCommunityHasUsed() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    assertThatThrownBy(
            () -> recorder.agreeAction(Action.builder().id(BUDDY_PROCEDURE).text("Again").build()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("action.id"));
  }

  @Test
  void rejectsMovingPastTheLastStage() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    int stages = recorder.runningOrder().stages().size();
    for (int i = 0; i < stages; i++) {
      recorder.advance();
    }
    assertThat(recorder.currentStage()).isEmpty();
    assertThatThrownBy(recorder::advance)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("stage"));
  }

  @Test
  void aStartedPresentationMustStopBeforeTheSessionFinishes() {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    recorder.startPresentation(
        PresentationKind.CASE_STUDY, "Lone working", Optional.empty(), Optional.empty());
    assertThatThrownBy(recorder::finish)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("presentation"));
  }

  @Test
  void replayingTheEventsGivesTheSameState() {
    SessionRecorder recorder = scripted(1);
    SessionRecorder replayed = SessionRecorder.replay(sotcop(), recorder.events());
    assertThat(replayed.finish()).isEqualTo(recorder.finish());
    assertThat(replayed.currentStage()).isEqualTo(recorder.currentStage());
    assertThat(replayed.warnings()).isEqualTo(recorder.warnings());
    assertThat(replayed.events()).isEqualTo(recorder.events());
  }

  @Test
  void replayNamesTheEventThatDoesNotApply() {
    List<CaptureEvent> events = new ArrayList<>(scripted(1).events());
    events.add(3, new CaptureEvent.Rated(0, Rating.anonymous(5)));
    assertThatThrownBy(() -> SessionRecorder.replay(sotcop(), events))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("events[3].round"));
  }

  @Test
  void theSinkSeesEachAcceptedEventAndAFailingSinkChangesNothing() {
    List<CaptureEvent> seen = new ArrayList<>();
    boolean[] fail = {false};
    EventSink sink =
        e -> {
          if (fail[0]) {
            throw new IllegalStateException("disk full");
          }
          seen.add(e);
        };
    SessionRecorder recorder =
        SessionRecorder.start(sotcop(), ScriptedSession.plan(1), Clock.systemUTC(), sink);
    recorder.arrived(EXPERT_CITIZEN);
    assertThat(seen).isEqualTo(recorder.events());
    fail[0] = true;
    assertThatThrownBy(() -> recorder.arrived(SOCIAL_WORKER)).hasMessage("disk full");
    assertThat(recorder.finish().attendees()).doesNotContain(SOCIAL_WORKER);
    assertThat(seen).isEqualTo(recorder.events());
  }

  @Test
  void eventsNeverShowWhatPeopleSaidInToString() {
    for (CaptureEvent e : scripted(1).events()) {
      assertThat(e.toString())
          .doesNotContain(
              "buddy call",
              "Buddy call",
              "code word",
              "weekend",
              "Monday",
              "flip chart",
              "home visit",
              "rang back",
              "Expert Citizen's view");
    }
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
