package org.communityofpractice.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.communityofpractice.core.internal.Checks;

/**
 * Counts of people by a category — perspectives, sectors — with small counts suppressed.
 *
 * <p>A count below the threshold (zero included) is shown as "fewer than {threshold}". In a
 * <em>partition</em>, where every person falls in exactly one cell and the total is published, that
 * is not enough: one suppressed cell could be worked out as the total minus the others. So a
 * partition also withholds shown cells, smallest first, until no suppressed count can be worked
 * out, and withholds every cell when that is not enough.
 *
 * <p>The guarantee, for one breakdown on its own: a reader who knows the shown counts, the total,
 * that "fewer than t" means 0..t-1 and that a withheld cell was withheld rather than suppressed —
 * so is at least t — cannot pin any "fewer than" or withheld count to one value, unless every cell
 * is withheld, when they learn the total and nothing else. It is the arithmetic of one table, not
 * anonymity: comparing several published breakdowns (a series against its sessions, a report
 * against the same report re-issued) can narrow a small count down, which is why lived experience
 * is never published as a count (see {@link DisclosurePolicy}).
 *
 * <pre>{@code
 * import org.communityofpractice.core.people.Sector;
 * Breakdown<Sector> sectors = policy.session(community, session.id()).representation().sectors();
 * for (Breakdown.Cell<Sector> cell : sectors.cells()) {
 *   String label = cell.key().map(Sector::name).orElse("not recorded");
 *   String count = cell.count().toString(); // "7", "fewer than 5" or "withheld"
 * }
 * sectors.total(); // OptionalInt[12]: the cells add up to it
 * }</pre>
 *
 * @param <K> the category
 */
public final class Breakdown<K> {
  /**
   * One cell of a breakdown.
   *
   * @param key the category, or empty for people whose category is not recorded (or may not be
   *     used)
   * @param count the published count
   * @param <K> the category
   */
  public record Cell<K>(Optional<K> key, Count count) {
    /**
     * Checks the cell.
     *
     * @param key the category, or empty for people whose category is not recorded; must not be
     *     {@literal null}
     * @param count the published count; must not be {@literal null}
     * @throws NullPointerException if {@code key} or {@code count} is {@literal null}
     */
    public Cell {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(count, "count");
    }
  }

  private final List<Cell<K>> cells;
  private final OptionalInt total;
  private final int threshold;

  private Breakdown(List<Cell<K>> cells, OptionalInt total, int threshold) {
    this.cells = List.copyOf(cells);
    this.total = total;
    this.threshold = threshold;
  }

  /**
   * A partition: every person counted once, in a cell or as not recorded; the total is published.
   *
   * @param counts the count for every category, in the order to publish; none negative
   * @param notRecorded how many have no category (or may not be counted by it)
   * @param threshold counts below it are suppressed; at least 2
   * @param <K> the category
   * @return the breakdown, with counts suppressed and withheld as needed; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code
   *     suppressionThreshold} when the threshold is outside 2..1000
   */
  public static <K> Breakdown<K> partition(Map<K, Integer> counts, int notRecorded, int threshold) {
    Count.checkThreshold(threshold);
    List<Optional<K>> keys = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    counts.forEach(
        (k, v) -> {
          keys.add(Optional.of(k));
          values.add(checkCount(v, k));
        });
    keys.add(Optional.empty());
    values.add(Checks.within(notRecorded, 0, Integer.MAX_VALUE, "notRecorded"));
    Count[] published = suppressPartition(values, threshold);
    List<Cell<K>> cells = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      cells.add(new Cell<>(keys.get(i), published[i]));
    }
    int total = values.stream().mapToInt(Integer::intValue).sum();
    return new Breakdown<>(cells, OptionalInt.of(total), threshold);
  }

  /**
   * Overlapping counts: a person may be counted in several cells, or none, so no total is published
   * and primary suppression is enough.
   *
   * @param counts the count for every category, in the order to publish; none negative
   * @param threshold counts below it are suppressed; at least 2
   * @param <K> the category
   * @return the breakdown, with small counts suppressed; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code
   *     suppressionThreshold} when the threshold is outside 2..1000
   */
  public static <K> Breakdown<K> overlapping(Map<K, Integer> counts, int threshold) {
    Count.checkThreshold(threshold);
    List<Cell<K>> cells = new ArrayList<>();
    counts.forEach(
        (k, v) -> {
          checkCount(v, k);
          cells.add(
              new Cell<>(
                  Optional.of(k),
                  v < threshold ? Count.fewerThan(threshold) : Count.shown(v, threshold)));
        });
    return new Breakdown<>(cells, OptionalInt.empty(), threshold);
  }

  /**
   * {@return the cells in publishing order, a partition's ending with the not-recorded cell; never
   * {@literal null}}
   */
  public List<Cell<K>> cells() {
    return cells;
  }

  /** {@return the published total of a partition, or empty for overlapping counts} */
  public OptionalInt total() {
    return total;
  }

  /** {@return whether every person is counted exactly once: a partition} */
  public boolean isPartition() {
    return total.isPresent();
  }

  /** {@return the suppression threshold in force, at least 2} */
  public int threshold() {
    return threshold;
  }

  /**
   * The count for {@code key}, if it is a category of this breakdown.
   *
   * @param key the category; must not be {@literal null}
   * @return the count, or empty when {@code key} is not a category of this breakdown
   */
  public Optional<Count> count(K key) {
    return cells.stream()
        .filter(c -> c.key().filter(key::equals).isPresent())
        .map(Cell::count)
        .findFirst();
  }

  /** {@return whether any count is not shown} */
  public boolean anySuppressed() {
    return cells.stream().anyMatch(c -> !c.count().isShown());
  }

  /** Requires a count not below zero; the field's name is built only for the error. */
  private static int checkCount(int count, Object key) {
    if (count < 0) {
      Checks.within(count, 0, Integer.MAX_VALUE, "counts[" + key + "]");
    }
    return count;
  }

  private static Count[] suppressPartition(List<Integer> values, int t) {
    int n = values.size();
    Count[] out = new Count[n];
    List<Integer> shown = new ArrayList<>();
    boolean anyPrimary = false;
    for (int i = 0; i < n; i++) {
      if (values.get(i) < t) {
        anyPrimary = true;
        out[i] = Count.fewerThan(t);
      } else {
        shown.add(i);
        out[i] = Count.shown(values.get(i), t);
      }
    }
    if (!anyPrimary) {
      return out;
    }
    shown.sort(Comparator.comparing(values::get));
    for (int next = 0; pinned(values, out, t); next++) {
      if (next == shown.size()) {
        IntStream.range(0, n).forEach(i -> out[i] = Count.withheld(t));
        return out;
      }
      out[shown.get(next)] = Count.withheld(t);
    }
    return out;
  }

  /**
   * Whether a reader could work out some hidden cell exactly: the hidden cells add up to the total
   * less the shown ones, each "fewer than" cell lies in 0..t-1 and each withheld one in t..total.
   * With one sum and a range per cell, the values a cell can take are exactly those between the
   * bounds the other cells' ranges leave it, so a cell is pinned when those bounds meet.
   */
  private static boolean pinned(List<Integer> values, Count[] published, int t) {
    long rest = 0;
    long low = 0;
    long high = 0;
    int total = 0;
    for (int i = 0; i < values.size(); i++) {
      total += values.get(i);
    }
    for (int i = 0; i < values.size(); i++) {
      if (published[i].isShown()) {
        continue;
      }
      rest += values.get(i);
      low += lowest(published[i], t);
      high += highest(published[i], t, total);
    }
    for (int i = 0; i < values.size(); i++) {
      if (published[i].isShown()) {
        continue;
      }
      long from =
          Math.max(lowest(published[i], t), rest - (high - highest(published[i], t, total)));
      long to = Math.min(highest(published[i], t, total), rest - (low - lowest(published[i], t)));
      if (from >= to) {
        return true;
      }
    }
    return false;
  }

  private static int lowest(Count c, int t) {
    return c.suppression() == Count.Suppression.WITHHELD ? t : 0;
  }

  private static int highest(Count c, int t, int total) {
    return c.suppression() == Count.Suppression.WITHHELD ? total : t - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Breakdown<?> other
        && cells.equals(other.cells)
        && total.equals(other.total)
        && threshold == other.threshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cells, total, threshold);
  }

  @Override
  public String toString() {
    return "Breakdown{cells="
        + cells
        + ", total="
        + (total.isPresent() ? total.getAsInt() : "none")
        + "}";
  }
}
