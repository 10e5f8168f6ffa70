package org.communityofpractice.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.review.GuideScenario.AS_OF;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReviewTest {
  /** A session that leaves out most of the guide's practice. */
  static Community patchy() {
    List<Session> sessions =
        GuideScenario.goodSeries().stream()
            .map(
                s ->
                    Session.builder()
                        .from(s)
                        .bestHopes(List.of())
                        .stagesRun(List.of(StageKey.DISCUSSION))
                        .scaling(List.of())
                        .presentation(
                            Presentation.builder()
                                .kind(PresentationKind.GOOD_PRACTICE)
                                .title("Slides")
                                .duration(Duration.ofMinutes(25))
                                .build())
                        .reportCirculatedOn(java.util.Optional.empty())
                        .build())
            .collect(Collectors.toList());
    return GuideScenario.community(sessions).build();
  }

  static final ReviewRule NO_NETWORKING =
      new ReviewRule() {
        @Override
        public String code() {
          return "no-networking";
        }

        @Override
        public List<Finding> session(Session s, ReviewContext context) {
          return s.ran(StageKey.NETWORKING)
              ? List.of()
              : List.of(
                  context
                      .finding(code(), Severity.NOTE, s)
                      .noticed("The session closed without time for networking.")
                      .tryNext(
                          "Consider leaving time for farewells and the remaining refreshments.")
                      .build());
        }
      };

  @Test
  void inWelshTheGuidesChecksSayWhatTheyNoticedInWelshWithTheSameCodesAndEvidence() {
    List<Finding> english = Review.guide().build().review(patchy(), AS_OF);
    List<Finding> welsh = Review.guide().language("cy").build().review(patchy(), AS_OF);
    assertThat(welsh)
        .extracting(Finding::code)
        .isEqualTo(english.stream().map(Finding::code).toList());
    assertThat(welsh)
        .extracting(Finding::evidence)
        .isEqualTo(english.stream().map(Finding::evidence).toList());
    for (int i = 0; i < english.size(); i++) {
      assertThat(welsh.get(i).noticed()).isNotEqualTo(english.get(i).noticed());
      assertThat(welsh.get(i).tryNext()).isNotEqualTo(english.get(i).tryNext());
    }
    Finding overran =
        welsh.stream()
            .filter(f -> f.code().equals("presentation-overran"))
            .findFirst()
            .orElseThrow();
    assertThat(overran.noticed())
        .isEqualTo("Parhaodd y cyflwyniad 25 munud; mae'r canllaw yn awgrymu 5 ar y mwyaf.");
    assertThat(
            english.stream()
                .filter(f -> f.code().equals("presentation-overran"))
                .findFirst()
                .orElseThrow()
                .noticed())
        .isEqualTo("The presentation ran 25 minutes; the guide suggests 5 at most.");
    assertThatThrownBy(() -> Review.guide().language("not a tag"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("language must be a BCP 47 language tag such as en-GB but was not a tag");
  }

  @Test
  void findingsComeCommunityFirstThenSessionsInDateOrder() {
    List<Finding> findings = Review.guide().build().review(patchy(), AS_OF);
    assertThat(findings).isNotEmpty();
    List<String> sessions =
        findings.stream()
            .map(f -> f.session().map(SessionId::value).orElse(""))
            .collect(Collectors.toList());
    assertThat(sessions).isSorted();
    assertThat(findings.stream().map(Finding::code).distinct())
        .contains(
            "no-best-hopes",
            "no-scaling-question",
            "presentation-overran",
            "report-not-circulated");
  }

  @Test
  void aCheckSwitchedOffStaysSilent() {
    List<Finding> findings =
        Review.guide().without(GuideCheck.PRESENTATION_OVERRAN).build().review(patchy(), AS_OF);
    assertThat(findings)
        .extracting(Finding::code)
        .doesNotContain("presentation-overran")
        .contains("no-best-hopes");
  }

  @Test
  void aCommunityAddsItsOwnRule() {
    Review review = Review.guide().with(NO_NETWORKING).build();
    assertThat(review.rules()).hasSize(GuideCheck.values().length + 1);
    List<Finding> findings =
        review.reviewSession(GuideScenario.goodCommunity(), SessionId.of("s-2"), AS_OF);
    assertThat(findings).extracting(Finding::code).containsExactly("no-networking");
  }

  @Test
  void twoRulesMayNotShareACode() {
    assertThatThrownBy(() -> Review.guide().with(GuideCheck.NO_BEST_HOPES.rule()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rule.code must be unique within the review but was no-best-hopes");
  }

  @Test
  void reviewingAnUnknownSessionNamesIt() {
    assertThatThrownBy(
            () ->
                Review.guide()
                    .build()
                    .reviewSession(GuideScenario.goodCommunity(), SessionId.of("s-9"), AS_OF))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("session must be a session of the community but was s-9");
  }

  @Test
  void everyGuideCheckHasADistinctCodeAndItsRuleCarriesIt() {
    for (GuideCheck check : GuideCheck.values()) {
      assertThat(check.rule().code()).isEqualTo(check.code());
    }
    assertThat(java.util.Arrays.stream(GuideCheck.values()).map(GuideCheck::code).distinct())
        .hasSize(GuideCheck.values().length);
  }

  @Test
  void findingsCarryNoPersonalData() {
    Community c = patchy();
    List<Finding> findings = Review.guide().build().review(c, AS_OF);
    for (Finding f : findings) {
      String all = f.noticed() + f.tryNext() + f.evidence() + f;
      for (Person p : c.register().people()) {
        assertThat(all).doesNotContain(p.name());
        p.role().ifPresent(r -> assertThat(all).doesNotContain(r));
        p.organisation().ifPresent(o -> assertThat(all).doesNotContain(o));
      }
    }
  }

  @Test
  void evidenceCanOnlyHoldIdsCountsAndCategories() {
    assertThatThrownBy(() -> Evidence.share("s", 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Evidence.count("Has Space", 1))
        .isInstanceOf(InvalidValueException.class);
    assertThat(Evidence.share("s", 0.25).value()).isEqualTo("0.25");
    assertThat(Evidence.ids("sessions", List.of(SessionId.of("s-1"), SessionId.of("s-2"))).value())
        .isEqualTo("s-1,s-2");
  }

  @Test
  void livedExperienceWithoutExplicitConsentInForceIsFlaggedWithoutNamingAnyone() {
    Community c = GuideScenario.goodCommunity();
    Person someone =
        c.register().people().stream()
            .filter(p -> !p.isExpertByExperience())
            .findFirst()
            .orElseThrow();
    Person withLivedExperience =
        Person.builder()
            .from(someone)
            .addPerspective(org.communityofpractice.core.people.Perspective.EXPERT_BY_EXPERIENCE)
            .build();
    java.util.List<Person> people = new java.util.ArrayList<>(c.register().people());
    people.set(people.indexOf(someone), withLivedExperience);
    Community recorded =
        Community.builder()
            .from(c)
            .register(
                org.communityofpractice.core.people.MemberRegister.builder()
                    .from(c.register())
                    .people(people)
                    .build())
            .consent(
                org.communityofpractice.core.consent.ConsentLedger.of(
                    c.consent().events().stream()
                        .filter(
                            e ->
                                !(e.person().equals(someone.id())
                                    && e.purpose()
                                        == org.communityofpractice.core.consent.ConsentPurpose
                                            .LIVED_EXPERIENCE_RECORDED))
                        .toList()))
            .build();
    List<Finding> findings =
        Review.builder()
            .with(GuideCheck.LIVED_EXPERIENCE_WITHOUT_CONSENT.rule())
            .build()
            .review(recorded, AS_OF);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).evidence("people_without_consent")).hasValue(someone.id().value());
    assertThat(findings.get(0).noticed()).doesNotContain(someone.name());
  }

  @Test
  void consentRecordedOutOfTheOrderOfItsDatesIsFlagged() {
    Community c = GuideScenario.goodCommunity();
    Person someone = c.register().people().get(0);
    var terms =
        org.communityofpractice.core.consent.ConsentTerms.builder()
            .person(someone.id())
            .purpose(org.communityofpractice.core.consent.ConsentPurpose.NAMED_IN_REPORTS)
            .at(java.time.Instant.parse("2016-03-10T10:00:00Z"))
            .method(org.communityofpractice.core.consent.ConsentMethod.FORM)
            .notice(org.communityofpractice.core.consent.NoticeVersion.of("2016-1"))
            .recordedBy(org.communityofpractice.core.people.Actor.role("facilitator"))
            .build();
    Community late =
        Community.builder()
            .from(c)
            .consent(
                c.consent()
                    .grant(terms)
                    .withdraw(terms.withAt(java.time.Instant.parse("2016-03-01T10:00:00Z"))))
            .build();
    Review review = Review.builder().with(GuideCheck.CONSENT_OUT_OF_ORDER.rule()).build();
    assertThat(review.review(c, AS_OF)).isEmpty();
    assertThat(review.review(late, AS_OF))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence("entries")).hasValue("1"));
  }
}
