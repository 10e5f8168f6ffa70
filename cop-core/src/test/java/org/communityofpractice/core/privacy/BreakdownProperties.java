package org.communityofpractice.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.communityofpractice.core.validation.InvalidValueException;

class BreakdownProperties {

  /**
   * A reader who knows the shown counts, the total, that "fewer than t" means 0..t-1 and that a
   * withheld count was withheld rather than suppressed, so lies in t..total (or in 0..total when
   * every cell is withheld), cannot pin down any suppressed count: each has at least two values
   * consistent with everything published.
   */
  @Property(tries = 2000)
  void noSuppressedCellIsRecoverableFromThePublishedTotal(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 12) Integer> counts,
      @ForAll @IntRange(min = 0, max = 12) int notRecorded,
      @ForAll @IntRange(min = 2, max = 6) int threshold) {
    Breakdown<Integer> b = Breakdown.partition(keyed(counts), notRecorded, threshold);
    int total = b.total().orElseThrow();
    if (total == 0) {
      return; // nobody to protect: every count is zero
    }
    List<Breakdown.Cell<Integer>> cells = b.cells();
    int shownSum =
        cells.stream()
            .filter(c -> c.count().isShown())
            .mapToInt(c -> c.count().value().getAsInt())
            .sum();
    int hidden = total - shownSum;
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).count().isShown()) {
        continue;
      }
      int feasible = 0;
      boolean allWithheld =
          cells.stream().allMatch(c -> c.count().suppression() == Count.Suppression.WITHHELD);
      for (int v = minOf(cells.get(i).count(), allWithheld);
          v <= maxOf(cells.get(i).count(), total);
          v++) {
        if (othersCanMake(cells, i, hidden - v, total, allWithheld)) {
          feasible++;
        }
      }
      assertThat(feasible).as("values cell %d could take in %s", i, b).isGreaterThanOrEqualTo(2);
    }
  }

  @Property(tries = 500)
  void shownCountsAreTheTrueCountsAndSmallOnesAreNeverShown(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 30) Integer> counts,
      @ForAll @IntRange(min = 0, max = 30) int notRecorded,
      @ForAll @IntRange(min = 2, max = 10) int threshold) {
    Breakdown<Integer> b = Breakdown.partition(keyed(counts), notRecorded, threshold);
    for (int i = 0; i < counts.size(); i++) {
      Count c = b.cells().get(i).count();
      if (counts.get(i) < threshold) {
        assertThat(c.isShown()).isFalse();
      } else if (c.isShown()) {
        assertThat(c.value()).hasValue(counts.get(i));
      }
    }
    assertThat(b.total()).hasValue(counts.stream().mapToInt(Integer::intValue).sum() + notRecorded);
    Breakdown<Integer> o = Breakdown.overlapping(keyed(counts), threshold);
    assertThat(o.total()).isEmpty();
    assertThat(o.cells())
        .allSatisfy(
            c -> assertThat(c.count().suppression() == Count.Suppression.WITHHELD).isFalse());
  }

  @Example
  void oneSmallCellIsProtectedByWithholdingTheSmallestOtherCell() {
    Breakdown<String> b = Breakdown.partition(Map.of("statutory", 9), 2, 5);
    assertThat(b.cells())
        .extracting(c -> c.count().toString())
        .containsExactly("withheld", "fewer than 5");
  }

  @Example
  void aWithheldCellKnownToBeAtLeastTheThresholdDoesNotPinTheSmallCells() {
    // nobody voluntary, five statutory, nobody unrecorded: withholding "5" alone would let a
    // reader say it is at least 5, so exactly 5, and both small cells 0
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("statutory", 5);
    counts.put("voluntary", 0);
    Breakdown<String> b = Breakdown.partition(counts, 0, 5);
    assertThat(b.cells()).extracting(c -> c.count().toString()).containsOnly("withheld");
    assertThat(b.total()).hasValue(5);
  }

  @Example
  void aNegativeCountIsRefusedNamingItsCategory() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("statutory", 9);
    counts.put("voluntary", -1);
    assertThatThrownBy(() -> Breakdown.partition(counts, 0, 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("counts[voluntary] must be within 0..2147483647 but was -1");
    assertThatThrownBy(() -> Breakdown.overlapping(counts, 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("counts[voluntary] must be within 0..2147483647 but was -1");
    assertThatThrownBy(() -> Breakdown.partition(Map.of("statutory", 9), -2, 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("notRecorded must be within 0..2147483647 but was -2");
  }

  private static Map<Integer, Integer> keyed(List<Integer> counts) {
    Map<Integer, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      m.put(i, counts.get(i));
    }
    return m;
  }

  private static int minOf(Count c, boolean allWithheld) {
    return c.suppression() == Count.Suppression.WITHHELD && !allWithheld ? c.threshold() : 0;
  }

  private static int maxOf(Count c, int total) {
    return c.suppression() == Count.Suppression.FEWER_THAN_THRESHOLD
        ? Math.min(c.threshold() - 1, total)
        : total;
  }

  /** Whether the suppressed cells other than {@code except} can add up to exactly {@code sum}. */
  private static boolean othersCanMake(
      List<Breakdown.Cell<Integer>> cells, int except, int sum, int total, boolean allWithheld) {
    if (sum < 0) {
      return false;
    }
    BitSet reachable = new BitSet();
    reachable.set(0);
    for (int i = 0; i < cells.size(); i++) {
      Count c = cells.get(i).count();
      if (i == except || c.isShown()) {
        continue;
      }
      BitSet next = new BitSet();
      int max = maxOf(c, total);
      for (int s = reachable.nextSetBit(0); s >= 0 && s <= total; s = reachable.nextSetBit(s + 1)) {
        for (int v = minOf(c, allWithheld); v <= max && s + v <= total; v++) {
          next.set(s + v);
        }
      }
      reachable = next;
    }
    return reachable.get(sum);
  }
}
