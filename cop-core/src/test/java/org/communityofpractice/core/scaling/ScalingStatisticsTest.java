package org.communityofpractice.core.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Statistics against figures worked out by hand. Quartiles are Hyndman and Fan type 7 (R's {@code
 * quantile(x)} default): for sorted x of size n, h = (n - 1) p and Q(p) = x[floor h] + (h - floor
 * h)(x[ceil h] - x[floor h]), indices from 0.
 */
class ScalingStatisticsTest {
  private static final ScalingQuestion HOW_NEAR =
      ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7);

  private static ScalingStatistics of(int... values) {
    return ScalingStatistics.of(values, HOW_NEAR).orElseThrow();
  }

  @Test
  void theReadmeExampleOfThreeRatingsHasMedianSix() {
    // 4, 6, 7: h(0.25) = 0.5 -> 4 + 0.5 * 2 = 5; h(0.5) = 1 -> 6; h(0.75) = 1.5 -> 6 + 0.5 * 1 =
    // 6.5
    ScalingStatistics s = of(4, 6, 7);
    assertThat(s.n()).isEqualTo(3);
    assertThat(s.min()).isEqualTo(4);
    assertThat(s.max()).isEqualTo(7);
    assertThat(s.lowerQuartile()).isEqualTo(5.0);
    assertThat(s.median()).isEqualTo(6.0);
    assertThat(s.upperQuartile()).isEqualTo(6.5);
    assertThat(s.mean()).isCloseTo(17.0 / 3, within(1e-12));
    assertThat(s.goodEnough()).isEqualTo(7);
    assertThat(s.shareAtOrAboveGoodEnough()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void fiveRatingsGiveTheJavadocsFigures() {
    // given in the order the room answered: 7, 3, 8, 6, 5; sorted 3 5 6 7 8
    ScalingStatistics s = of(7, 3, 8, 6, 5);
    assertThat(s.n()).isEqualTo(5);
    assertThat(s.lowerQuartile()).isEqualTo(5.0); // h = 1
    assertThat(s.median()).isEqualTo(6.0); // h = 2
    assertThat(s.upperQuartile()).isEqualTo(7.0); // h = 3
    assertThat(s.mean()).isCloseTo(5.8, within(1e-12)); // 29 / 5
    assertThat(s.shareAtOrAboveGoodEnough()).isEqualTo(0.4); // 7 and 8
    assertThat(s.distribution())
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of(1, 0, 2, 0, 3, 1, 4, 0, 5, 1, 6, 1, 7, 1, 8, 1, 9, 0, 10, 0)));
  }

  @Test
  void sixRatingsInterpolateBetweenOrderStatistics() {
    // sorted 3 4 4 5 6 7; R: quantile(c(3,4,4,5,6,7)) gives 4.00, 4.50, 5.75
    ScalingStatistics s = of(6, 4, 3, 7, 4, 5);
    assertThat(s.lowerQuartile()).isEqualTo(4.0); // h = 1.25 -> 4 + 0.25 * 0
    assertThat(s.median()).isEqualTo(4.5); // h = 2.5 -> 4 + 0.5 * 1
    assertThat(s.upperQuartile()).isEqualTo(5.75); // h = 3.75 -> 5 + 0.75 * 1
    assertThat(s.mean()).isCloseTo(29.0 / 6, within(1e-12));
    assertThat(s.shareAtOrAboveGoodEnough()).isCloseTo(1.0 / 6, within(1e-12));
  }

  @Test
  void oneRatingIsItsOwnMedianAndQuartiles() {
    ScalingStatistics s = of(9);
    assertThat(s.lowerQuartile()).isEqualTo(9.0);
    assertThat(s.median()).isEqualTo(9.0);
    assertThat(s.upperQuartile()).isEqualTo(9.0);
    assertThat(s.shareAtOrAboveGoodEnough()).isEqualTo(1.0);
  }

  @Test
  void theDistributionCoversEveryPointOfTheScaleWithZeros() {
    ScalingQuestion planned = ScalingQuestion.of("How well planned?", Scale.of(0, 5), 3);
    ScalingStatistics s = ScalingStatistics.of(new int[] {0, 2, 2, 5}, planned).orElseThrow();
    assertThat(s.distribution()).containsOnlyKeys(0, 1, 2, 3, 4, 5);
    assertThat(s.distribution())
        .containsEntry(0, 1)
        .containsEntry(1, 0)
        .containsEntry(2, 2)
        .containsEntry(3, 0)
        .containsEntry(4, 0)
        .containsEntry(5, 1);
    assertThat(s.distribution().keySet()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(s.shareAtOrAboveGoodEnough()).isEqualTo(0.25);
    assertThat(s.median()).isEqualTo(2.0);
  }

  @Test
  void aRoundWithoutRatingsHasNoStatistics() {
    assertThat(ScalingRound.builder().question(HOW_NEAR).build().statistics()).isEmpty();
    assertThat(ScalingStatistics.of(new int[0], HOW_NEAR)).isEmpty();
  }

  @Test
  void aRoundsStatisticsAreThoseOfItsValues() {
    ScalingRound round = CommunityFixtures.anonymousRound(4, 6, 7);
    assertThat(round.statistics()).contains(of(4, 6, 7));
  }

  @Test
  void rejectsValuesOutsideTheQuestionsScale() {
    assertThatThrownBy(() -> ScalingStatistics.of(new int[] {4, 11}, HOW_NEAR))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("values[1] must be within 1..10 but was 11");
  }

  @Test
  void theDistributionCannotBeChanged() {
    Map<Integer, Integer> d = of(4, 6).distribution();
    assertThatThrownBy(() -> d.put(4, 2)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.remove(4)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(d::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.keySet().remove(4))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.entrySet().iterator().next().setValue(9))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> {
              var it = d.values().iterator();
              it.next();
              it.remove();
            })
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(d).containsEntry(4, 1).containsEntry(6, 1).hasSize(10);
  }

  @Test
  void aDistributionGivenToTheConstructorIsCopied() {
    Map<Integer, Integer> counts = new TreeMap<>(Map.of(1, 0, 2, 1));
    ScalingStatistics s = new ScalingStatistics(1, 2, 2, 2, 2, 2, 2, counts, 2, 1);
    counts.put(1, 5);
    assertThat(s.distribution()).containsEntry(1, 0);
  }
}
