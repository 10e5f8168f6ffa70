package org.communityofpractice.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;

/**
 * Counts and texts in spilled state read back as written, whether the spill is held in memory or
 * has moved to its file, and a small count takes a byte.
 */
class SpillProperties {
  @Property(tries = 200)
  void countsReadBackAsWritten(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> counts,
      @ForAll @IntRange(min = 0, max = 64) int inMemory)
      throws IOException {
    try (Spill spill = new Spill(inMemory)) {
      List<Long> offsets = new ArrayList<>();
      for (int n : counts) {
        offsets.add(spill.append(out -> Spill.writeCount(out, n)));
      }
      offsets.add(
          spill.append(
              out -> {
                for (int n : counts) {
                  Spill.writeCount(out, n);
                }
              }));
      for (int i = 0; i < counts.size(); i++) {
        assertThat(Spill.readCount(spill.read(offsets.get(i)))).isEqualTo(counts.get(i));
      }
      DataInput all = spill.read(offsets.get(counts.size()));
      for (int n : counts) {
        assertThat(Spill.readCount(all)).isEqualTo(n);
      }
    }
  }

  @Property(tries = 200)
  void textsReadBackAsWrittenNullIncluded(
      @ForAll @Size(max = 20) List<@WithNull(0.2) String> texts,
      @ForAll @IntRange(min = 0, max = 64) int inMemory)
      throws IOException {
    try (Spill spill = new Spill(inMemory)) {
      long at =
          spill.append(
              out -> {
                Spill.writeCount(out, texts.size());
                for (String text : texts) {
                  Spill.writeText(out, text);
                }
              });
      DataInput in = spill.read(at);
      List<String> read = new ArrayList<>();
      for (int n = Spill.readCount(in); n > 0; n--) {
        read.add(Spill.readText(in));
      }
      assertThat(read).isEqualTo(texts);
    }
  }

  @Property(tries = 50)
  void aCountBelow128TakesOneByte(@ForAll @IntRange(min = 0, max = 127) int n) {
    try (Spill spill = new Spill(Spill.IN_MEMORY)) {
      spill.append(out -> Spill.writeCount(out, n));
      assertThat(spill.size()).isEqualTo(4 + 1); // the record's length, then the count
    }
  }

  @Property(tries = 50)
  void aNegativeCountIsRefused(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int n) {
    try (Spill spill = new Spill(Spill.IN_MEMORY)) {
      assertThatThrownBy(() -> spill.append(out -> Spill.writeCount(out, n)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must not be negative");
    }
  }
}
