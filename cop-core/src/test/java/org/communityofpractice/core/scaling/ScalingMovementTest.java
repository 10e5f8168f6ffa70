package org.communityofpractice.core.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOW_NEAR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_1;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_2;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_3;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_SERIES;
import static org.communityofpractice.core.fixtures.CommunityFixtures.RELEASE_DAY_PLANNED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.SeriesId;
import org.junit.jupiter.api.Test;

/** Movement across the @SoTCoP prison-release series, worked out by hand. */
class ScalingMovementTest {
  private final Community sotcop = CommunityFixtures.sotcop();
  private final Map<String, ScalingMovement> movement =
      sotcop.scalingMovement(PRISON_RELEASE_SERIES);

  @Test
  void eachQuestionMovesInTheOrderItWasFirstAsked() {
    assertThat(movement.keySet()).containsExactly(HOW_NEAR.text(), RELEASE_DAY_PLANNED.text());
    assertThat(movement.get(HOW_NEAR.text()).points())
        .extracting(ScalingMovement.Point::session)
        .containsExactly(
            PRISON_RELEASE_1.value(), PRISON_RELEASE_2.value(), PRISON_RELEASE_3.value());
  }

  @Test
  void eachPointCarriesTheDayItsSessionWasHeld() {
    assertThat(movement.get(HOW_NEAR.text()).points())
        .extracting(ScalingMovement.Point::date)
        .containsExactly(
            heldOn(PRISON_RELEASE_1), heldOn(PRISON_RELEASE_2), heldOn(PRISON_RELEASE_3));
  }

  /**
   * The publishable series' movement is worked out as the community's own is: with every rating
   * published, the two are the same, dates and all.
   */
  @Test
  void thePublishedMovementIsTheCommunitysOwnWhereNothingIsWithheld() {
    List<ScalingMovement> published =
        DisclosurePolicy.asOf(Instant.parse("2026-12-01T00:00:00Z"))
            .withSuppressionThreshold(2)
            .series(sotcop, PRISON_RELEASE_SERIES)
            .scalingMovement();
    assertThat(published).containsExactlyElementsOf(movement.values());
  }

  private LocalDate heldOn(SessionId id) {
    return sotcop.session(id).map(Session::startsAt).orElseThrow().toLocalDate();
  }

  @Test
  void theMedianRisesFromFourAndAHalfToSeven() {
    // session 1: 3 4 4 5 6 7 -> 4.5; session 2: 4 5 6 6 7 -> 6; session 3: 5 6 7 7 8 8 -> 7
    ScalingMovement howNear = movement.get(HOW_NEAR.text());
    assertThat(howNear.points())
        .extracting(p -> p.statistics().median())
        .containsExactly(4.5, 6.0, 7.0);
    assertThat(howNear.medianSteps()).containsExactly(1.5, 1.0);
    assertThat(howNear.medianChange()).contains(2.5);
  }

  @Test
  void theShareAtOrAboveGoodEnoughRisesFromOneSixthToTwoThirds() {
    // good enough 7: session 1 has one of six, session 3 four of six
    ScalingMovement howNear = movement.get(HOW_NEAR.text());
    assertThat(howNear.shareChange().orElseThrow()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aQuestionOnItsOwnScaleMovesToo() {
    // 0..5: 0 1 2 -> 1; 2 2 3 -> 2; 3 3 4 4 -> 3.5
    ScalingMovement planned = movement.get(RELEASE_DAY_PLANNED.text());
    assertThat(planned.points())
        .extracting(p -> p.statistics().median())
        .containsExactly(1.0, 2.0, 3.5);
    assertThat(planned.medianChange()).contains(2.5);
  }

  @Test
  void onePointHasNoChangeAndAnUnknownSeriesNoMovement() {
    ScalingMovement one =
        new ScalingMovement("q", List.of(movement.get(HOW_NEAR.text()).points().get(0)));
    assertThat(one.medianChange()).isEmpty();
    assertThat(one.shareChange()).isEmpty();
    assertThat(one.medianSteps()).isEmpty();
    assertThat(sotcop.scalingMovement(SeriesId.of("no-such-series"))).isEmpty();
  }

  @Test
  void aSessionWhereNobodyRatedIsLeftOut() {
    Session second = sotcop.session(PRISON_RELEASE_2).orElseThrow();
    Session unrated =
        Session.builder()
            .from(second)
            .scaling(List.of(ScalingRound.builder().question(HOW_NEAR).build()))
            .build();
    List<Session> sessions =
        List.of(
            sotcop.sessions().get(0), unrated, sotcop.sessions().get(2), sotcop.sessions().get(3));
    Community changed = Community.builder().from(sotcop).sessions(sessions).build();
    assertThat(changed.scalingMovement(PRISON_RELEASE_SERIES).get(HOW_NEAR.text()).medianSteps())
        .containsExactly(2.5);
  }
}
