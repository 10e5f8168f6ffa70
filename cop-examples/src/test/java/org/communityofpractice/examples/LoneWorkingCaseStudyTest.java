package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.examples.GuideMembers.SOCIAL_WORKER;
import static org.communityofpractice.examples.LoneWorkingCaseStudy.FOLLOWED_UP;
import static org.communityofpractice.examples.LoneWorkingCaseStudy.RAISED;
import static org.communityofpractice.examples.LoneWorkingCaseStudy.TAKE_EXAMPLES_TO_MANAGER;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.LegacyOutcome;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.review.Review;
import org.communityofpractice.core.review.Severity;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.junit.jupiter.api.Test;

class LoneWorkingCaseStudyTest {
  private final Community community = LoneWorkingCaseStudy.community();
  private final Session raised = community.session(RAISED).orElseThrow();
  private final Session followedUp = community.session(FOLLOWED_UP).orElseThrow();

  @Test
  void aSocialWorkerRaisesLoneWorkingAsACaseStudy() {
    assertThat(raised.presentation())
        .hasValueSatisfying(
            p -> {
              assertThat(p.kind()).isEqualTo(PresentationKind.CASE_STUDY);
              assertThat(p.presenter()).contains(SOCIAL_WORKER);
              assertThat(p.overran()).isFalse();
            });
    assertThat(community.register().find(SOCIAL_WORKER).orElseThrow().perspectives())
        .contains(Perspective.FRONTLINE_PRACTITIONER);
  }

  @Test
  void theCommunitySharesSafePracticeFromSeveralPerspectives() {
    Set<PersonId> sharers =
        raised.contributions().stream()
            .filter(c -> c.kind() == ContributionKind.GOOD_PRACTICE)
            .map(Contribution::by)
            .map(by -> by.orElseThrow())
            .collect(Collectors.toSet());
    assertThat(sharers).hasSizeGreaterThanOrEqualTo(3).doesNotContain(SOCIAL_WORKER);
    Set<Perspective> perspectives =
        sharers.stream()
            .flatMap(id -> community.register().find(id).orElseThrow().perspectives().stream())
            .collect(Collectors.toSet());
    assertThat(perspectives).contains(Perspective.EXPERT_BY_EXPERIENCE, Perspective.MANAGER);
  }

  @Test
  void theSocialWorkersActionIsFollowedByASmallStepAtTheNextSession() {
    assertThat(raised.actions())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo(TAKE_EXAMPLES_TO_MANAGER);
              assertThat(a.owners()).containsExactly(SOCIAL_WORKER);
              assertThat(a.isCompleted()).isTrue();
            });
    assertThat(followedUp.startsAt()).isAfter(raised.startsAt());
    assertThat(followedUp.smallSteps())
        .singleElement()
        .satisfies(step -> assertThat(step.followsAction()).contains(TAKE_EXAMPLES_TO_MANAGER));
  }

  @Test
  void theReviewFindsNothingToWarnAbout() {
    // the example's ids are minted ("p-w942hh3944b6"), so not even the ids look personal
    assertThat(Review.guide().build().review(community, Instant.parse("2017-06-01T00:00:00Z")))
        .noneMatch(f -> f.severity() != Severity.NOTE);
  }

  @Test
  void theLegacyRecordsThatLoneWorkingProceduresChanged() {
    assertThat(community.legacy())
        .extracting(LegacyOutcome::text)
        .startsWith("Lone-working procedures changed");
    assertThat(community.legacy())
        .allSatisfy(l -> assertThat(l.topic()).contains(LoneWorkingCaseStudy.TOPIC));
  }

  @Test
  void theScalingMovesUpFromTheFirstSessionToTheSecond() {
    assertThat(community.scalingMovement(LoneWorkingCaseStudy.SERIES).values())
        .singleElement()
        .satisfies(
            m -> assertThat(m.medianChange()).hasValueSatisfying(c -> assertThat(c).isPositive()));
  }

  @Test
  void mainTellsTheStoryToTheLegacy() {
    assertThat(Printed.byMain(LoneWorkingCaseStudy::main))
        .contains("safe practice shared: A buddy call")
        .contains("small step: The team manager agreed")
        .contains("legacy: Lone-working procedures changed");
  }
}
