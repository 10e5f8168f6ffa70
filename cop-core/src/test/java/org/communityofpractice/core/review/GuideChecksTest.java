package org.communityofpractice.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.review.GuideScenario.AS_OF;
import static org.communityofpractice.core.review.GuideScenario.CHAIR;
import static org.communityofpractice.core.review.GuideScenario.EXPERT_CITIZEN;
import static org.communityofpractice.core.review.GuideScenario.GOVERNOR;
import static org.communityofpractice.core.review.GuideScenario.HOUSING;
import static org.communityofpractice.core.review.GuideScenario.NEUTRAL;
import static org.communityofpractice.core.review.GuideScenario.PROBATION;
import static org.communityofpractice.core.review.GuideScenario.community;
import static org.communityofpractice.core.review.GuideScenario.goodCommunity;
import static org.communityofpractice.core.review.GuideScenario.goodSeries;
import static org.communityofpractice.core.review.GuideScenario.goodSession;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One scenario from the guide per check where it speaks, and one where it stays silent. */
class GuideChecksTest {

  static List<Finding> run(GuideCheck check, Community community) {
    return run(check, community, AS_OF, ReviewSettings.guide());
  }

  static List<Finding> run(
      GuideCheck check, Community community, Instant asOf, ReviewSettings settings) {
    return Review.builder().with(check.rule()).settings(settings).build().review(community, asOf);
  }

  /** The good series with session {@code n} (1..3) changed. */
  static Community withSession(int n, UnaryOperator<Session.Builder> change) {
    List<Session> sessions = new ArrayList<>(goodSeries());
    sessions.set(n - 1, change.apply(goodSession(n)).build());
    return community(sessions).build();
  }

  static List<String> sessionsOf(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.session().map(Object::toString).orElse("-"))
        .collect(Collectors.toList());
  }

  @Test
  void theGoodSeriesHearsNothingFromAnyCheck() {
    // the scenario's ids are readable on purpose ("p-expert-citizen"): only that check speaks
    assertThat(Review.guide().build().review(goodCommunity(), AS_OF))
        .extracting(Finding::code)
        .containsExactly(GuideCheck.IDS_THAT_LOOK_PERSONAL.code());
    assertThat(
            Review.guide()
                .without(GuideCheck.IDS_THAT_LOOK_PERSONAL)
                .build()
                .review(goodCommunity(), AS_OF))
        .isEmpty();
  }

  @Nested
  class NoLivedExperience {
    @Test
    void aSessionWithNoExpertCitizenAndAPractitionersCaseStudyIsAMultiAgencyMeeting() {
      Community c =
          withSession(
              2,
              b ->
                  b.attendees(List.of(CHAIR, HOUSING, NEUTRAL, GOVERNOR))
                      .presentation(
                          Presentation.builder()
                              .kind(PresentationKind.CASE_STUDY)
                              .title("A housing case")
                              .presenter(HOUSING)
                              .duration(Duration.ofMinutes(5))
                              .perspective(Perspective.FRONTLINE_PRACTITIONER)
                              .build()));
      List<Finding> findings = run(GuideCheck.NO_LIVED_EXPERIENCE, c);
      assertThat(sessionsOf(findings)).containsExactly("s-2");
      Finding f = findings.get(0);
      assertThat(f.severity()).isEqualTo(Severity.IMPORTANT);
      assertThat(f.tryNext())
          .contains("multi-agency meeting, not a true CoP")
          .contains("Who should be here?");
      assertThat(f.evidence("attendees")).contains("4");
      assertThat(f.evidence("experts_by_experience")).contains("0");
    }

    @Test
    void staysSilentWhenACaseStudyFromThatPerspectiveIsShared() {
      Community c =
          withSession(
              2,
              b ->
                  b.attendees(List.of(CHAIR, HOUSING, NEUTRAL, GOVERNOR))
                      .presentation(
                          Presentation.builder()
                              .kind(PresentationKind.CASE_STUDY)
                              .title("A release story")
                              .presenter(HOUSING)
                              .duration(Duration.ofMinutes(5))
                              .perspective(Perspective.EXPERT_BY_EXPERIENCE)
                              .build()));
      assertThat(run(GuideCheck.NO_LIVED_EXPERIENCE, c)).isEmpty();
    }

    @Test
    void aRestrictedExpertCitizenIsNotCountedSinceTheirDataMayNotBeProcessed() {
      Community good = goodCommunity();
      MemberRegister restricted =
          MemberRegister.builder()
              .from(good.register())
              .people(
                  good.register().people().stream()
                      .map(
                          p ->
                              p.id().equals(EXPERT_CITIZEN)
                                  ? p.withRestriction(
                                      org.communityofpractice.core.people.Restriction.of(
                                          Instant.parse("2016-01-01T00:00:00Z"),
                                          org.communityofpractice.core.people.RestrictionGround
                                              .values()[0]))
                                  : p)
                      .collect(Collectors.toList()))
              .build();
      Community c = Community.builder().from(good).register(restricted).build();
      // the case study still comes from lived experience, so the session is a true CoP
      assertThat(run(GuideCheck.NO_LIVED_EXPERIENCE, c)).isEmpty();
      assertThat(run(GuideCheck.MISSING_PERSPECTIVES, c))
          .hasSize(3)
          .allSatisfy(
              f -> assertThat(f.evidence("missing_perspective")).contains("EXPERT_BY_EXPERIENCE"));
    }
  }

  @Nested
  class MissingPerspectives {
    @Test
    void thePrisonReleaseSeriesWithoutThePrisonServiceIsAskedWhoShouldBeHere() {
      List<Session> sessions = new ArrayList<>();
      for (int n = 1; n <= 3; n++) {
        sessions.add(
            goodSession(n).attendees(List.of(CHAIR, EXPERT_CITIZEN, HOUSING, NEUTRAL)).build());
      }
      List<Finding> findings = run(GuideCheck.MISSING_PERSPECTIVES, community(sessions).build());
      assertThat(sessionsOf(findings)).containsExactly("s-1", "s-2", "s-3");
      assertThat(findings)
          .allSatisfy(
              f -> {
                assertThat(f.evidence("needed_service")).contains("the prison service");
                assertThat(f.evidence("missing_perspective")).isEmpty();
                assertThat(f.tryNext()).contains("Who should be here?").contains("expert witness");
              });
    }

    @Test
    void staysSilentOnceAFormerPrisonGovernorIsInvitedAsAnExpertWitness() {
      List<Session> sessions = new ArrayList<>();
      sessions.add(
          goodSession(1).attendees(List.of(CHAIR, EXPERT_CITIZEN, HOUSING, NEUTRAL)).build());
      sessions.add(goodSession(2).build()); // the governor came
      List<Finding> findings = run(GuideCheck.MISSING_PERSPECTIVES, community(sessions).build());
      assertThat(sessionsOf(findings)).containsExactly("s-1");
    }

    @Test
    void namesAMissingPerspectiveTheTopicNeeds() {
      Community c =
          withSession(
              1,
              b ->
                  b.attendees(List.of(CHAIR, EXPERT_CITIZEN, NEUTRAL, GOVERNOR))
                      .bestHopes(List.of())
                      .scaling(List.of())
                      .actions(
                          List.of(
                              org.communityofpractice.core.session.Action.builder()
                                  .id(org.communityofpractice.core.session.ActionId.of("a-1"))
                                  .text("x")
                                  .build())));
      List<Finding> findings = run(GuideCheck.MISSING_PERSPECTIVES, c);
      assertThat(sessionsOf(findings)).containsExactly("s-1");
      assertThat(findings.get(0).evidence("missing_perspective"))
          .contains("FRONTLINE_PRACTITIONER");
      assertThat(findings.get(0).evidence("needed_service")).isEmpty();
    }

    @Test
    void aServiceIsInTheRoomWhenSomeonesOrganisationNamesIt() {
      Person officer =
          GuideScenario.person(
              PersonId.of("p-officer"),
              "Resettlement Officer",
              "HM Prison and Probation Service",
              Perspective.FRONTLINE_PRACTITIONER,
              Sector.STATUTORY);
      Community good = goodCommunity();
      List<Session> sessions =
          List.of(
              goodSession(1)
                  .attendees(List.of(CHAIR, EXPERT_CITIZEN, HOUSING, NEUTRAL, officer.id()))
                  .build());
      Community c =
          community(sessions)
              .register(MemberRegister.builder().from(good.register()).addPerson(officer).build())
              .build();
      assertThat(run(GuideCheck.MISSING_PERSPECTIVES, c)).isEmpty();
    }
  }

  @Nested
  class NoNeutralExpert {
    @Test
    void aCommunityWithNoNeutralExpertIsInvitedToFindOne() {
      Community good = goodCommunity();
      List<Session> sessions =
          List.of(
              goodSession(1).attendees(List.of(CHAIR, EXPERT_CITIZEN, HOUSING, GOVERNOR)).build());
      Community c =
          community(sessions)
              .register(
                  MemberRegister.builder()
                      .people(
                          good.register().people().stream()
                              .filter(p -> !p.id().equals(NEUTRAL))
                              .collect(Collectors.toList()))
                      .build())
              .build();
      List<Finding> findings = run(GuideCheck.NO_NEUTRAL_EXPERT, c);
      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).session()).isEmpty();
      assertThat(findings.get(0).tryNext()).contains("see the wood for the trees");
      assertThat(findings.get(0).evidence("members")).contains("5");
    }

    @Test
    void aSessionTheNeutralExpertMissedIsNoted() {
      Community c =
          withSession(2, b -> b.attendees(List.of(CHAIR, EXPERT_CITIZEN, HOUSING, GOVERNOR)));
      List<Finding> findings = run(GuideCheck.NO_NEUTRAL_EXPERT, c);
      assertThat(sessionsOf(findings)).containsExactly("s-2");
      assertThat(findings.get(0).severity()).isEqualTo(Severity.NOTE);
    }

    @Test
    void staysSilentWhenTheNeutralExpertCame() {
      assertThat(run(GuideCheck.NO_NEUTRAL_EXPERT, goodCommunity())).isEmpty();
    }
  }

  @Nested
  class PresentationOverran {
    static Session.Builder presentationOf(Session.Builder b, int minutes) {
      return b.presentation(
          Presentation.builder()
              .kind(PresentationKind.CASE_STUDY)
              .title("Released on a Friday")
              .presenter(EXPERT_CITIZEN)
              .duration(Duration.ofMinutes(minutes))
              .perspective(Perspective.EXPERT_BY_EXPERIENCE)
              .build());
    }

    @Test
    void aFiveMinutePresentationThatRanTwelveIsNoticed() {
      List<Finding> findings =
          run(GuideCheck.PRESENTATION_OVERRAN, withSession(2, b -> presentationOf(b, 12)));
      assertThat(sessionsOf(findings)).containsExactly("s-2");
      assertThat(findings.get(0).noticed())
          .isEqualTo("The presentation ran 12 minutes; the guide suggests 5 at most.");
      assertThat(findings.get(0).evidence("duration_minutes")).contains("12");
      assertThat(findings.get(0).tryNext()).contains("starting point for the hosted conversation");
    }

    @Test
    void staysSilentAtFiveMinutesAndUnderALongerThresholdTheCommunityChose() {
      assertThat(run(GuideCheck.PRESENTATION_OVERRAN, withSession(2, b -> presentationOf(b, 5))))
          .isEmpty();
      ReviewSettings fifteen =
          ReviewSettings.guide().withMaximumPresentation(Duration.ofMinutes(15));
      assertThat(
              run(
                  GuideCheck.PRESENTATION_OVERRAN,
                  withSession(2, b -> presentationOf(b, 12)),
                  AS_OF,
                  fifteen))
          .isEmpty();
    }
  }

  @Nested
  class NoBestHopes {
    @Test
    void aSessionThatSkippedBestHopesIsInvitedToOpenWithThem() {
      Community c =
          withSession(
              3,
              b ->
                  b.bestHopes(List.of())
                      .stagesRun(
                          List.of(
                              StageKey.PRESENTATION, StageKey.DISCUSSION, StageKey.USEFULNESS)));
      List<Finding> findings = run(GuideCheck.NO_BEST_HOPES, c);
      assertThat(sessionsOf(findings)).containsExactly("s-3");
      assertThat(findings.get(0).tryNext()).contains("If this session is a good use of your time");
    }

    @Test
    void staysSilentWhenTheRoundRanThoughNoHopeWasWrittenDown() {
      assertThat(run(GuideCheck.NO_BEST_HOPES, withSession(3, b -> b.bestHopes(List.of()))))
          .isEmpty();
    }
  }

  @Nested
  class NoScalingQuestion {
    @Test
    void aSessionWithoutAScalingQuestionIsNoticed() {
      List<Finding> findings =
          run(GuideCheck.NO_SCALING_QUESTION, withSession(1, b -> b.scaling(List.of())));
      assertThat(sessionsOf(findings)).containsExactly("s-1");
      assertThat(findings.get(0).tryNext()).contains("one point up").contains("good enough");
    }

    @Test
    void staysSilentWhenTheQuestionWasAsked() {
      assertThat(run(GuideCheck.NO_SCALING_QUESTION, goodCommunity())).isEmpty();
    }
  }

  @Nested
  class NoNextSteps {
    @Test
    void aSessionThatAgreedNoActionsIsInvitedToAgreeNextSteps() {
      // session 3's actions go; no later session refers to them
      List<Finding> findings =
          run(GuideCheck.NO_NEXT_STEPS, withSession(3, b -> b.actions(List.of())));
      assertThat(sessionsOf(findings)).containsExactly("s-3");
      assertThat(findings.get(0).evidence("actions")).contains("0");
    }

    @Test
    void staysSilentWhenActionsWereAgreed() {
      assertThat(run(GuideCheck.NO_NEXT_STEPS, goodCommunity())).isEmpty();
    }
  }

  @Nested
  class NoUsefulnessRound {
    @Test
    void aSessionWithoutTheUsefulnessRoundIsNoted() {
      Community c =
          withSession(
              2,
              b ->
                  b.stagesRun(
                      List.of(StageKey.BEST_HOPES, StageKey.PRESENTATION, StageKey.DISCUSSION)));
      List<Finding> findings = run(GuideCheck.NO_USEFULNESS_ROUND, c);
      assertThat(sessionsOf(findings)).containsExactly("s-2");
      assertThat(findings.get(0).severity()).isEqualTo(Severity.NOTE);
    }

    @Test
    void staysSilentWhenUsefulnessRemarksWereRecorded() {
      Community c =
          withSession(
              2,
              b ->
                  b.stagesRun(
                          List.of(StageKey.BEST_HOPES, StageKey.PRESENTATION, StageKey.DISCUSSION))
                      .addContribution(
                          Contribution.of(ContributionKind.USEFULNESS, "Meeting the governor")
                              .by(HOUSING)));
      assertThat(run(GuideCheck.NO_USEFULNESS_ROUND, c)).isEmpty();
    }
  }

  @Nested
  class NoNextDate {
    @Test
    void theLastSessionOfAContinuingSeriesWithNoDateIsNoticed() {
      List<Finding> findings =
          run(GuideCheck.NO_NEXT_DATE, withSession(3, b -> b.nextSession(Optional.empty())));
      assertThat(sessionsOf(findings)).containsExactly("s-3");
      assertThat(findings.get(0).evidence("series")).contains("prison-release-2016");
    }

    @Test
    void staysSilentWhenTheSeriesMetAgainOrHasConcluded() {
      assertThat(run(GuideCheck.NO_NEXT_DATE, withSession(1, b -> b.nextSession(Optional.empty()))))
          .isEmpty();
      Community concluded =
          Community.builder()
              .from(withSession(3, b -> b.nextSession(Optional.empty())))
              .series(
                  List.of(
                      Series.builder()
                          .id(GuideScenario.SERIES)
                          .topic(GuideScenario.PRISON_RELEASE)
                          .title("Prison release")
                          .concluded(true)
                          .build()))
              .build();
      assertThat(run(GuideCheck.NO_NEXT_DATE, concluded)).isEmpty();
    }
  }

  @Nested
  class SessionsWithoutPurpose {
    static List<Session> withoutPurpose(int howMany, boolean recommendation) {
      List<Session> sessions = new ArrayList<>();
      for (int n = 1; n <= 3; n++) {
        Session.Builder b = goodSession(n).actions(List.of()).smallSteps(List.of());
        if (n > howMany || recommendation) {
          b.addRecommendation("Meet prison leavers at the gate");
        }
        sessions.add(b.build());
      }
      return sessions;
    }

    @Test
    void threeSessionsInARowWithNothingAgreedAreNoticed() {
      List<Finding> findings =
          run(GuideCheck.SESSIONS_WITHOUT_PURPOSE, community(withoutPurpose(3, false)).build());
      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).evidence("sessions")).contains("s-1,s-2,s-3");
      assertThat(findings.get(0).evidence("sessions_in_a_row")).contains("3");
      assertThat(findings.get(0).tryNext()).contains("avoid sessions without purpose");
    }

    @Test
    void staysSilentBelowTheThresholdOrWhenARecommendationWasMade() {
      assertThat(
              run(GuideCheck.SESSIONS_WITHOUT_PURPOSE, community(withoutPurpose(2, false)).build()))
          .isEmpty();
      assertThat(
              run(GuideCheck.SESSIONS_WITHOUT_PURPOSE, community(withoutPurpose(3, true)).build()))
          .isEmpty();
      ReviewSettings four = ReviewSettings.guide().withSessionsWithoutPurpose(4);
      assertThat(
              run(
                  GuideCheck.SESSIONS_WITHOUT_PURPOSE,
                  community(withoutPurpose(3, false)).build(),
                  AS_OF,
                  four))
          .isEmpty();
    }
  }

  @Nested
  class LifeCycleReview {
    @Test
    void aCommunityStillRecordedAsFormingButPerformingIsInvitedToReview() {
      Community c = community(goodSeries()).lifeCycleStage(LifeCycleStage.FORMING).build();
      List<Finding> findings = run(GuideCheck.LIFE_CYCLE_REVIEW, c);
      assertThat(findings).hasSize(1);
      Finding f = findings.get(0);
      assertThat(f.evidence("recorded_stage")).contains("FORMING");
      assertThat(f.evidence("suggested_stage")).contains("PERFORMING");
      assertThat(f.evidence("recent_small_steps_following_actions")).contains("2");
      assertThat(f.tryNext()).contains("forming, storming, norming, performing, adjourning");
    }

    @Test
    void aLongQuietSpellSuggestsAdjourning() {
      Instant aYearOn = Instant.parse("2017-04-03T12:00:00Z");
      List<Finding> findings =
          run(GuideCheck.LIFE_CYCLE_REVIEW, goodCommunity(), aYearOn, ReviewSettings.guide());
      assertThat(findings)
          .singleElement()
          .satisfies(f -> assertThat(f.evidence("suggested_stage")).contains("ADJOURNING"));
    }

    @Test
    void staysSilentWhenTheRecordedStageMatchesTheSignals() {
      assertThat(run(GuideCheck.LIFE_CYCLE_REVIEW, goodCommunity())).isEmpty();
    }
  }

  @Nested
  class ReportNotCirculated {
    @Test
    void aReportStillWaitingAfterTheGraceIsNoticed() {
      List<Finding> findings =
          run(
              GuideCheck.REPORT_NOT_CIRCULATED,
              withSession(3, b -> b.reportCirculatedOn(Optional.empty())));
      assertThat(sessionsOf(findings)).containsExactly("s-3");
      assertThat(findings.get(0).evidence("days_since_session")).contains("59");
      assertThat(findings.get(0).tryNext()).contains("email list");
    }

    @Test
    void goesQuietOnceACirculationReachedSomeoneOnTheEmailListAndOnlyThen() {
      java.time.LocalDate on = java.time.LocalDate.of(2016, 4, 20);
      org.communityofpractice.core.topic.CirculationRecord toTheList =
          org.communityofpractice.core.topic.CirculationRecord.of(
              on,
              "report-s-3",
              org.communityofpractice.core.consent.ConsentPurpose.COMMUNITY_COMMUNICATIONS,
              12);
      assertThat(
              run(
                  GuideCheck.REPORT_NOT_CIRCULATED,
                  withSession(
                      3, b -> b.reportCirculatedOn(Optional.empty()).addCirculations(toTheList))))
          .isEmpty();
      // to nobody, or only to decision makers: the community has not had it
      org.communityofpractice.core.topic.CirculationRecord toNobody =
          org.communityofpractice.core.topic.CirculationRecord.of(
              on,
              "report-s-3",
              org.communityofpractice.core.consent.ConsentPurpose.COMMUNITY_COMMUNICATIONS,
              0);
      org.communityofpractice.core.topic.CirculationRecord toDecisionMakers =
          org.communityofpractice.core.topic.CirculationRecord.of(
              on,
              "findings-s-3",
              org.communityofpractice.core.consent.ConsentPurpose.DECISION_MAKER_COMMUNICATIONS,
              3);
      assertThat(
              sessionsOf(
                  run(
                      GuideCheck.REPORT_NOT_CIRCULATED,
                      withSession(
                          3,
                          b ->
                              b.reportCirculatedOn(Optional.empty())
                                  .addCirculations(toNobody, toDecisionMakers)))))
          .containsExactly("s-3");
    }

    @Test
    void staysSilentWithinTheGrace() {
      Instant aWeekOn = Instant.parse("2016-04-10T12:00:00Z");
      assertThat(
              run(
                  GuideCheck.REPORT_NOT_CIRCULATED,
                  withSession(3, b -> b.reportCirculatedOn(Optional.empty())),
                  aWeekOn,
                  ReviewSettings.guide()))
          .isEmpty();
    }
  }

  @Nested
  class LapsedConsent {
    ConsentTerms communications(PersonId person, String at, String notice) {
      return ConsentTerms.builder()
          .person(person)
          .purpose(ConsentPurpose.COMMUNITY_COMMUNICATIONS)
          .at(Instant.parse(at))
          .method(ConsentMethod.PAPER_ATTENDANCE_LIST)
          .notice(NoticeVersion.of(notice))
          .recordedBy(Actor.role("facilitator"))
          .build();
    }

    Community withLedger(ConsentLedger ledger) {
      return Community.builder().from(goodCommunity()).consent(ledger).build();
    }

    @Test
    void peopleWhoseAgreementLapsedAreCountedByIdOnlyAndThoseWhoWithdrewAreLeftAlone() {
      ConsentLedger ledger =
          ConsentLedger.empty()
              .grant(communications(EXPERT_CITIZEN, "2014-05-01T10:00:00Z", "2014-1"))
              .grant(communications(HOUSING, "2016-02-03T10:00:00Z", "2016-1"))
              .grant(communications(NEUTRAL, "2016-02-03T10:00:00Z", "2016-1"))
              .withdraw(communications(NEUTRAL, "2016-03-03T10:00:00Z", "2016-1"));
      ReviewSettings settings =
          ReviewSettings.guide()
              .withConsentRules(ConsentRules.none().withCurrentNotice(NoticeVersion.of("2016-1")));
      List<Finding> findings =
          run(GuideCheck.LAPSED_CONSENT_ON_EMAIL_LIST, withLedger(ledger), AS_OF, settings);
      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.evidence("on_email_list")).contains("2");
                assertThat(f.evidence("lapsed")).contains("1");
                assertThat(f.evidence("lapsed_people")).contains("p-expert-citizen");
                assertThat(f.evidence("withdrawn_people")).isEmpty();
                assertThat(f.toString()).doesNotContain("p-neutral");
              });
    }

    @Test
    void aWithdrawalIsADecisionToRespectNotAFinding() {
      ConsentLedger ledger =
          ConsentLedger.empty()
              .grant(communications(HOUSING, "2016-02-03T10:00:00Z", "2016-1"))
              .grant(communications(NEUTRAL, "2016-02-03T10:00:00Z", "2016-1"))
              .withdraw(communications(NEUTRAL, "2016-03-03T10:00:00Z", "2016-1"));
      ReviewSettings settings =
          ReviewSettings.guide()
              .withConsentRules(ConsentRules.none().withCurrentNotice(NoticeVersion.of("2016-1")));
      assertThat(run(GuideCheck.LAPSED_CONSENT_ON_EMAIL_LIST, withLedger(ledger), AS_OF, settings))
          .isEmpty();
    }

    @Test
    void staysSilentWhenEveryoneOnTheListAgreedUnderTheCurrentNotice() {
      ConsentLedger ledger =
          ConsentLedger.empty()
              .grant(communications(HOUSING, "2016-02-03T10:00:00Z", "2016-1"))
              .grant(communications(PROBATION, "2016-02-03T10:00:00Z", "2016-1"));
      ReviewSettings settings =
          ReviewSettings.guide()
              .withConsentRules(ConsentRules.none().withCurrentNotice(NoticeVersion.of("2016-1")));
      assertThat(run(GuideCheck.LAPSED_CONSENT_ON_EMAIL_LIST, withLedger(ledger), AS_OF, settings))
          .isEmpty();
    }
  }
}
