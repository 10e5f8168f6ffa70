package org.communityofpractice.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.fixtures.CommunityFixtures.CHAIR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.EXPERT_CITIZEN;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOCIAL_WORKER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.VOICES;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A session checks what it can check alone: everyone it names was in the room, stages in order. */
class SessionTest {
  private static final PersonId STRANGER = PersonId.of("p-stranger");
  private final Session any = CommunityFixtures.anySession();

  private Session.Builder anySession() {
    return Session.builder().from(any);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> rejects(
      Executable build, String message) {
    return assertThatThrownBy(build::execute)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void theSmallSessionBuildsAndCountsItsHeadcount() {
    assertThat(any.headcount()).isEqualTo(3);
    assertThat(any.peopleNamed()).containsExactly(CHAIR, EXPERT_CITIZEN, SOCIAL_WORKER);
    assertThat(any.runningOrder()).isEqualTo(RunningOrder.firstSession());
  }

  @Test
  void rejectsAFacilitatorWhoWasNotInTheRoom() {
    rejects(
        () -> anySession().facilitator(STRANGER).build(),
        "facilitator must be one of the session's attendees (value withheld (personal data))");
  }

  @Test
  void rejectsAnAttendeeListedTwice() {
    rejects(
        () -> anySession().addAttendee(EXPERT_CITIZEN).build(),
        "attendees[3] must be unique (value withheld (personal data))");
  }

  @Test
  void rejectsRecordersCoFacilitatorsAndContributorsWhoWereNotThere() {
    rejects(
        () -> anySession().addRecorder(STRANGER).build(),
        "recorders[0] must be one of the session's attendees (value withheld (personal data))");
    rejects(
        () -> anySession().addCoFacilitator(STRANGER).build(),
        "coFacilitators[0] must be one of the session's attendees (value withheld (personal data))");
    rejects(
        () -> anySession().addBestHope(BestHope.by(STRANGER, "hope")).build(),
        "bestHopes[1].by must be one of the session's attendees (value withheld (personal data))");
    rejects(
        () ->
            anySession()
                .addContribution(Contribution.of(ContributionKind.COMMENT, "c").by(STRANGER))
                .build(),
        "contributions[0].by must be one of the session's attendees (value withheld (personal data))");
    rejects(
        () ->
            anySession()
                .addSmallStep(SmallStep.builder().text("s").noticedBy(STRANGER).build())
                .build(),
        "smallSteps[0].noticedBy must be one of the session's attendees (value withheld (personal data))");
    rejects(
        () ->
            anySession()
                .presentation(
                    Presentation.builder()
                        .kind(PresentationKind.CASE_STUDY)
                        .title("t")
                        .presenter(STRANGER)
                        .duration(Duration.ofMinutes(5))
                        .build())
                .build(),
        "presentation.presenter must be one of the session's attendees (value withheld (personal data))");
  }

  @Test
  void rejectsARatingOrIdeaFromSomeoneNotInTheRoom() {
    ScalingRound round =
        ScalingRound.builder()
            .question(CommunityFixtures.HOW_NEAR)
            .addRatings(Rating.anonymous(5), Rating.by(STRANGER, 6))
            .build();
    rejects(
        () -> anySession().addScaling(round).build(),
        "scaling[1].ratings[1].ratedBy must be one of the session's attendees (value withheld (personal data))");
    ScalingRound idea =
        ScalingRound.builder()
            .question(CommunityFixtures.HOW_NEAR)
            .addOnePointUpIdea(OnePointUpIdea.by(STRANGER, "idea"))
            .build();
    rejects(
        () -> anySession().addScaling(idea).build(),
        "scaling[1].onePointUpIdeas[0].offeredBy must be one of the session's attendees (value withheld (personal data))");
  }

  @Test
  void rejectsAStageOutOfOrder() {
    rejects(
        () -> anySession().addStagesRun(StageKey.DISCUSSION, StageKey.BEST_HOPES).build(),
        "stagesRun[1] must come after 'discussion' in running order 'first-session' but was best-hopes");
  }

  @Test
  void rejectsAStageRunTwice() {
    rejects(
        () -> anySession().addStagesRun(StageKey.BEST_HOPES, StageKey.BEST_HOPES).build(),
        "stagesRun[1] must come after 'best-hopes' in running order 'first-session' but was best-hopes");
  }

  @Test
  void rejectsAStageTheRunningOrderDoesNotHave() {
    // "small steps noticed" belongs to the subsequent-session template only
    rejects(
        () -> anySession().addStagesRun(StageKey.BEST_HOPES, StageKey.SMALL_STEPS).build(),
        "stagesRun[1] must be a stage of running order 'first-session' but was small-steps");
    rejects(
        () ->
            anySession()
                .addContribution(
                    Contribution.of(ContributionKind.COMMENT, "c").at(StageKey.WELCOME_NEW))
                .build(),
        "contributions[0].stage must be a stage of running order 'first-session' but was welcome-new");
  }

  @Test
  void acceptsTheSubsequentSessionsOwnStages() {
    Session later =
        anySession()
            .runningOrder(RunningOrder.subsequentSession())
            .addStagesRun(StageKey.WELCOME_NEW, StageKey.SMALL_STEPS, StageKey.CHAIRS_SUMMARY)
            .build();
    assertThat(later.ran(StageKey.SMALL_STEPS)).isTrue();
    assertThat(later.ran(StageKey.PRESENTATION)).isFalse();
  }

  @Test
  void rejectsANextSessionNotAfterThisOne() {
    ZonedDateTime start = any.startsAt();
    rejects(
        () -> anySession().nextSession(NextSession.of(start.minusDays(1), VOICES)).build(),
        "nextSession.startsAt must be after the session's start "
            + start
            + " but was "
            + start.minusDays(1));
    assertThatThrownBy(() -> anySession().nextSession(NextSession.of(start, VOICES)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("nextSession.startsAt must be after");
  }

  @Test
  void comparesNextSessionTimesAsInstantsAcrossZones() {
    // 10:00 in London in July is 09:00 UTC: 09:30 UTC is after it, although its local time is
    // earlier
    ZonedDateTime laterInUtc =
        any.startsAt().withZoneSameInstant(java.time.ZoneOffset.UTC).plusMinutes(30);
    assertThat(laterInUtc.getHour()).isEqualTo(9);
    assertThat(anySession().nextSession(NextSession.of(laterInUtc, VOICES)).build().nextSession())
        .isPresent();
  }

  @Test
  void rejectsASmallStepFollowingThisSameSession() {
    rejects(
        () ->
            anySession()
                .addSmallStep(SmallStep.builder().text("s").followsSession(any.id()).build())
                .build(),
        "smallSteps[0].followsSession must name an earlier session but was s-any");
  }

  @Test
  void rejectsBlankTextWhereverTextIsRecorded() {
    rejects(
        () -> anySession().addConclusion("fine").addConclusion("  ").build(),
        "conclusions[1] must not be blank but was \"  \"");
    rejects(
        () -> anySession().addRecommendation("").build(),
        "recommendations[0] must not be blank but was \"\"");
    rejects(
        () -> anySession().addQuestion("\n").build(),
        "questions[0] must not be blank but was \"\\u000A\"");
    rejects(() -> anySession().title(" ").build(), "title must not be blank but was \" \"");
    rejects(
        () -> Contribution.of(ContributionKind.DATA, " "), "text must not be blank but was \" \"");
    rejects(() -> BestHope.of(""), "text must not be blank but was \"\"");
    rejects(() -> Artefact.of("a.jpg", "caption", " "), "altText must not be blank but was \" \"");
    rejects(() -> Venue.of(" "), "name must not be blank but was \" \"");
  }

  @Test
  void rejectsDuplicateActionIdsAndOwners() {
    Action a = Action.builder().id(ActionId.of("a-1")).text("do it").build();
    rejects(
        () -> anySession().addAction(a).addAction(a).build(),
        "actions[1].id must be unique but was a-1");
    rejects(
        () -> Action.builder().id(ActionId.of("a-2")).text("t").addOwners(CHAIR, CHAIR).build(),
        "owners[1] must be unique (value withheld (personal data))");
  }

  @Test
  void rejectsAPresentationOfNoTimeOrADay() {
    Presentation.Builder p = Presentation.builder().kind(PresentationKind.CASE_STUDY).title("t");
    rejects(
        () -> p.duration(Duration.ZERO).build(),
        "duration must be positive and under a day but was PT0S");
    rejects(
        () -> p.duration(Duration.ofHours(24)).build(),
        "duration must be positive and under a day but was PT24H");
  }

  @Test
  void noticesAPresentationThatRanPastFiveMinutes() {
    Presentation.Builder p = Presentation.builder().kind(PresentationKind.CASE_STUDY).title("t");
    assertThat(p.duration(Duration.ofMinutes(5)).build().overran()).isFalse();
    assertThat(p.duration(Duration.ofMinutes(5).plusSeconds(1)).build().overran()).isTrue();
  }

  @Test
  void rejectsIdsThatAreNotIdentifiers() {
    rejects(
        () -> SessionId.of("two words"),
        "sessionId must be 1..64 letters, digits, '.', '_' or '-' but was \"two words\"");
    rejects(
        () -> ActionId.of(""),
        "actionId must be 1..64 letters, digits, '.', '_' or '-' but was \"\"");
    rejects(
        () -> ActionId.of("a".repeat(65)),
        // the message shows 64 characters of the quoted value: its quote and 63 letters
        "actionId must be 1..64 letters, digits, '.', '_' or '-' but was \""
            + "a".repeat(63)
            + "…");
  }

  @Test
  void listsCannotBeChangedAfterBuilding() {
    List<PersonId> attendees = any.attendees();
    assertThatThrownBy(() -> attendees.add(STRANGER))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
