package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.examples.GuideMembers.EXPERT_CITIZEN;
import static org.communityofpractice.examples.GuideMembers.FORMER_GOVERNOR;
import static org.communityofpractice.examples.PrisonReleaseSeries.FIRST;
import static org.communityofpractice.examples.PrisonReleaseSeries.SECOND;
import static org.communityofpractice.examples.PrisonReleaseSeries.SERIES;
import static org.communityofpractice.examples.PrisonReleaseSeries.THIRD;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.review.Finding;
import org.communityofpractice.core.review.GuideCheck;
import org.communityofpractice.core.review.Review;
import org.communityofpractice.core.review.Severity;
import org.communityofpractice.core.scaling.ScalingMovement;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.junit.jupiter.api.Test;

class PrisonReleaseSeriesTest {
  private final Community community = PrisonReleaseSeries.community();

  @Test
  void theSeriesHasThreeSessionsInDateOrder() {
    assertThat(community.sessionsOf(SERIES))
        .extracting(Session::id)
        .containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void noOneFromThePrisonServiceIsAtTheFirstSession() {
    assertThat(community.topic(PrisonReleaseSeries.TOPIC).orElseThrow().neededServices())
        .contains(GuideMembers.PRISON_SERVICE);
    assertThat(session(FIRST).attendees())
        .map(id -> community.register().find(id).orElseThrow())
        .noneMatch(p -> p.organisation().filter(GuideMembers.PRISON_SERVICE::equals).isPresent());
  }

  @Test
  void theReviewSaysTheFirstSessionHadNoOneFromThePrisonServiceAndNothingElse() {
    // the example's ids are minted ("p-w942hh3944b6"), so not even the ids look personal
    List<Finding> findings =
        Review.guide().build().review(community, Instant.parse("2016-06-01T00:00:00Z"));
    assertThat(findings)
        .filteredOn(f -> f.severity() != Severity.NOTE)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(GuideCheck.MISSING_PERSPECTIVES.code());
              assertThat(f.session()).contains(FIRST);
              assertThat(f.evidence("needed_service")).contains(GuideMembers.PRISON_SERVICE);
            });
  }

  @Test
  void aFormerPrisonGovernorComesToTheSecondAsExpertWitness() {
    Person governor = community.register().find(FORMER_GOVERNOR).orElseThrow();
    assertThat(governor.perspectives()).contains(Perspective.EXPERT_WITNESS);
    assertThat(governor.organisation()).contains(GuideMembers.PRISON_SERVICE);
    assertThat(session(FIRST).attendees()).doesNotContain(FORMER_GOVERNOR);
    assertThat(session(SECOND).attendees()).contains(FORMER_GOVERNOR);
    assertThat(session(SECOND).presentation().orElseThrow().presenter()).contains(FORMER_GOVERNOR);
  }

  @Test
  void anExpertCitizenWhoHasExperiencedPrisonIsAtEverySession() {
    Person expertCitizen = community.register().find(EXPERT_CITIZEN).orElseThrow();
    assertThat(expertCitizen.isExpertByExperience()).isTrue();
    assertThat(expertCitizen.livedExperience()).contains(LivedExperience.CRIMINAL_JUSTICE);
    assertThat(community.sessionsOf(SERIES))
        .allSatisfy(s -> assertThat(s.attendees()).contains(EXPERT_CITIZEN));
  }

  @Test
  void theMedianMovesUpAtEverySessionOfTheSeries() {
    ScalingMovement movement = community.scalingMovement(SERIES).get(ScalingQuestion.GUIDE_WORDING);
    assertThat(movement.points()).hasSize(3);
    assertThat(movement.medianSteps()).allSatisfy(step -> assertThat(step).isPositive());
    assertThat(movement.medianChange())
        .hasValueSatisfying(change -> assertThat(change).isEqualTo(4.0));
    assertThat(movement.shareChange())
        .hasValueSatisfying(change -> assertThat(change).isPositive());
  }

  @Test
  void everySmallStepFollowsAnActionAgreedAtAnEarlierSession() {
    Map<ActionId, SessionId> agreedAt = new HashMap<>();
    List<Session> sessions = community.sessionsOf(SERIES);
    for (Session s : sessions) {
      for (SmallStep step : s.smallSteps()) {
        assertThat(step.followsAction()).isPresent();
        assertThat(agreedAt).containsKey(step.followsAction().get());
        assertThat(agreedAt.get(step.followsAction().get())).isNotEqualTo(s.id());
      }
      s.actions().forEach(a -> agreedAt.put(a.id(), s.id()));
    }
    assertThat(session(SECOND).smallSteps())
        .extracting(step -> step.followsAction().orElseThrow())
        .contains(PrisonReleaseSeries.INVITE_PRISON_SERVICE);
    assertThat(session(THIRD).smallSteps())
        .extracting(step -> step.followsAction().orElseThrow())
        .containsExactly(PrisonReleaseSeries.RELEASE_DAY_CHECKLIST);
  }

  @Test
  void theSeriesEndsWithRecommendations() {
    assertThat(community.series(SERIES).orElseThrow().concluded()).isTrue();
    assertThat(session(THIRD).recommendations())
        .anySatisfy(r -> assertThat(r).contains("released to homelessness"));
  }

  @Test
  void mainPrintsTheMovementAndTheSmallSteps() {
    String printed = Printed.byMain(PrisonReleaseSeries::main);
    assertThat(printed)
        .contains("median change across the series: 4.0")
        .contains("(follows \"Invite someone from the prison service to the next session\")")
        .contains("recommendation: ");
  }

  private Session session(SessionId id) {
    return community.session(id).orElseThrow();
  }
}
