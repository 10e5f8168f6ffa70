package org.communityofpractice.core.scaling;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Summary statistics of one scaling round.
 *
 * <p>Quartiles use linear interpolation between order statistics (Hyndman and Fan type 7, the
 * default of R's {@code quantile} and of pandas), so a researcher's own figures agree with ours.
 *
 * <pre>{@code
 * ScalingStatistics s = session.scaling().get(0).statistics().orElseThrow();
 * s.n();                       // 5
 * s.median();                  // 6.0
 * s.shareAtOrAboveGoodEnough(); // 0.4
 * }</pre>
 *
 * @param n the number of ratings, at least 1
 * @param min the lowest rating
 * @param max the highest rating
 * @param lowerQuartile the 25th percentile
 * @param median the 50th percentile
 * @param upperQuartile the 75th percentile
 * @param mean the arithmetic mean
 * @param distribution for every point of the scale, how many gave it (zeros included)
 * @param goodEnough the good-enough level of the question
 * @param shareAtOrAboveGoodEnough the share of ratings at or above good enough, in 0..1
 */
public record ScalingStatistics(
    int n,
    int min,
    int max,
    double lowerQuartile,
    double median,
    double upperQuartile,
    double mean,
    Map<Integer, Integer> distribution,
    int goodEnough,
    double shareAtOrAboveGoodEnough) {

  /**
   * Copies the distribution into a sorted, unchangeable map.
   *
   * @param n the number of ratings, at least 1
   * @param min the lowest rating
   * @param max the highest rating
   * @param lowerQuartile the 25th percentile
   * @param median the 50th percentile
   * @param upperQuartile the 75th percentile
   * @param mean the arithmetic mean
   * @param distribution for every point of the scale, how many gave it; must not be {@literal null}
   * @param goodEnough the good-enough level of the question
   * @param shareAtOrAboveGoodEnough the share of ratings at or above good enough, in 0..1
   * @throws NullPointerException if {@code distribution} is {@literal null}
   */
  public ScalingStatistics {
    if (!(distribution
        instanceof Distribution)) { // a Distribution is already sorted and unchangeable
      distribution = Collections.unmodifiableMap(new TreeMap<>(distribution));
    }
  }

  /**
   * The statistics of a round, or empty when it has no ratings.
   *
   * @param round the scaling round; must not be {@literal null}
   * @return the statistics, or empty when the round has no ratings
   */
  public static Optional<ScalingStatistics> of(ScalingRound round) {
    return of(round.values(), round.question());
  }

  /**
   * The statistics of some values answering {@code question}, or empty when there are none.
   *
   * @param values the ratings' values, in any order; must not be {@literal null}, may be empty
   * @param question the question they answer, which gives the scale and good enough; must not be
   *     {@literal null}
   * @return the statistics, or empty when {@code values} is empty
   * @throws InvalidValueException when a value lies outside the question's scale, naming its index
   */
  public static Optional<ScalingStatistics> of(int[] values, ScalingQuestion question) {
    Scale scale = question.scale();
    for (int i = 0; i < values.length; i++) {
      if (!scale.contains(values[i])) {
        throw InvalidValueException.of("values[" + i + "]", "must be within " + scale, values[i]);
      }
    }
    if (values.length == 0) {
      return Optional.empty();
    }
    // a counting sort: a scale has few points
    int[] counts = new int[scale.max() - scale.min() + 1];
    long sum = 0;
    for (int v : values) {
      counts[v - scale.min()]++;
      sum += v;
    }
    int[] sorted = new int[values.length];
    int atOrAbove = 0;
    for (int i = 0, at = 0; i < counts.length; i++) {
      int point = scale.min() + i;
      Arrays.fill(sorted, at, at + counts[i], point);
      at += counts[i];
      if (point >= question.goodEnough()) {
        atOrAbove += counts[i];
      }
    }
    int n = sorted.length;
    return Optional.of(
        new ScalingStatistics(
            n,
            sorted[0],
            sorted[n - 1],
            quantile(sorted, 0.25),
            quantile(sorted, 0.5),
            quantile(sorted, 0.75),
            (double) sum / n,
            new Distribution(scale.min(), counts),
            question.goodEnough(),
            (double) atOrAbove / n));
  }

  /** Type 7 quantile of sorted values. */
  static double quantile(int[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = (int) Math.ceil(h);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * How many gave each point of a scale, lowest point first: an unchangeable map over the counts of
   * a counting sort, so the statistics of a round need not build and then copy a tree.
   */
  private static final class Distribution extends AbstractMap<Integer, Integer> {
    private final int min;
    private final int[] counts;

    /** Takes {@code counts}, which nothing else may change afterwards. */
    Distribution(int min, int[] counts) {
      this.min = min;
      this.counts = counts;
    }

    @Override
    public int size() {
      return counts.length;
    }

    @Override
    public boolean containsKey(Object key) {
      return index(key) >= 0;
    }

    @Override
    public Integer get(Object key) {
      int i = index(key);
      return i < 0 ? null : counts[i];
    }

    private int index(Object key) {
      if (key instanceof Integer point) {
        long i = (long) point - min;
        return i >= 0 && i < counts.length ? (int) i : -1;
      }
      return -1;
    }

    @Override
    public Set<Entry<Integer, Integer>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return counts.length;
        }

        @Override
        public Iterator<Entry<Integer, Integer>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < counts.length;
            }

            @Override
            public Entry<Integer, Integer> next() {
              if (next >= counts.length) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new SimpleImmutableEntry<>(min + i, counts[i]);
            }
          };
        }
      };
    }
  }
}
