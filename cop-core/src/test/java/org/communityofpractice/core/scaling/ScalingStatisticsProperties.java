package org.communityofpractice.core.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.fixtures.DomainArbitraries;

/** Laws every round's statistics obey, whatever the ratings and the scale. */
class ScalingStatisticsProperties {

  @Property(tries = 1000)
  void orderStatisticsAreOrdered(@ForAll("ratedRounds") ScalingRound round) {
    ScalingStatistics s = round.statistics().orElseThrow();
    assertThat((double) s.min()).isLessThanOrEqualTo(s.lowerQuartile());
    assertThat(s.lowerQuartile()).isLessThanOrEqualTo(s.median());
    assertThat(s.median()).isLessThanOrEqualTo(s.upperQuartile());
    assertThat(s.upperQuartile()).isLessThanOrEqualTo(s.max());
    assertThat(s.mean()).isBetween((double) s.min(), (double) s.max());
    assertThat(round.question().scale().contains(s.min())).isTrue();
    assertThat(round.question().scale().contains(s.max())).isTrue();
  }

  @Property(tries = 1000)
  void theDistributionCountsEveryRatingOnEveryPointOfTheScale(
      @ForAll("ratedRounds") ScalingRound round) {
    ScalingStatistics s = round.statistics().orElseThrow();
    Scale scale = round.question().scale();
    assertThat(s.n()).isEqualTo(round.ratings().size());
    assertThat(s.distribution()).hasSize(scale.points());
    assertThat(s.distribution().keySet()).allMatch(scale::contains);
    assertThat(s.distribution().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(s.n());
    for (int point = scale.min(); point <= scale.max(); point++) {
      int p = point;
      assertThat(s.distribution().get(point))
          .isEqualTo((int) round.ratings().stream().filter(r -> r.value() == p).count());
    }
  }

  @Property(tries = 500)
  void theDistributionIsTheSortedMapOfTheCounts(@ForAll("ratedRounds") ScalingRound round) {
    ScalingStatistics s = round.statistics().orElseThrow();
    Scale scale = round.question().scale();
    Map<Integer, Integer> expected = new TreeMap<>();
    for (int point = scale.min(); point <= scale.max(); point++) {
      int p = point;
      expected.put(point, (int) round.ratings().stream().filter(r -> r.value() == p).count());
    }
    assertThat(s.distribution()).isEqualTo(expected);
    assertThat(expected).isEqualTo(s.distribution());
    assertThat(s.distribution().hashCode()).isEqualTo(expected.hashCode());
    assertThat(s.distribution().toString()).isEqualTo(expected.toString());
    assertThat(s.distribution().keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(s.distribution().get(scale.min() - 1)).isNull();
    assertThat(s.distribution().get(scale.max() + 1)).isNull();
    @SuppressWarnings("CollectionIncompatibleType") // on purpose: a Long key is not an Integer key
    boolean longKeyFound = s.distribution().containsKey((long) scale.min());
    assertThat(longKeyFound).isFalse();
    ScalingStatistics rebuilt =
        new ScalingStatistics(
            s.n(),
            s.min(),
            s.max(),
            s.lowerQuartile(),
            s.median(),
            s.upperQuartile(),
            s.mean(),
            expected,
            s.goodEnough(),
            s.shareAtOrAboveGoodEnough());
    assertThat(rebuilt).isEqualTo(s).hasSameHashCodeAs(s);
  }

  @Property(tries = 1000)
  void theShareAtOrAboveGoodEnoughIsTheFractionOfRatingsThere(
      @ForAll("ratedRounds") ScalingRound round) {
    ScalingStatistics s = round.statistics().orElseThrow();
    long atOrAbove =
        round.ratings().stream().filter(r -> r.value() >= round.question().goodEnough()).count();
    assertThat(s.shareAtOrAboveGoodEnough())
        .isBetween(0.0, 1.0)
        .isEqualTo((double) atOrAbove / s.n());
  }

  @Property(tries = 500)
  void theOrderOfTheRatingsDoesNotMatter(@ForAll("ratedRounds") ScalingRound round) {
    List<Rating> reversed = new ArrayList<>(round.ratings());
    Collections.reverse(reversed);
    ScalingRound other = ScalingRound.builder().from(round).ratings(reversed).build();
    assertThat(other.statistics()).isEqualTo(round.statistics());
  }

  @Property(tries = 500)
  void theMedianOfAnOddCountIsTheMiddleRating(@ForAll("ratedRounds") ScalingRound round) {
    int[] sorted = round.values();
    java.util.Arrays.sort(sorted);
    ScalingStatistics s = round.statistics().orElseThrow();
    if (sorted.length % 2 == 1) {
      assertThat(s.median()).isEqualTo(sorted[sorted.length / 2]);
    } else {
      assertThat(s.median())
          .isEqualTo((sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0);
    }
  }

  @Provide
  Arbitrary<ScalingRound> ratedRounds() {
    return DomainArbitraries.scalingRounds().filter(r -> !r.ratings().isEmpty());
  }
}
