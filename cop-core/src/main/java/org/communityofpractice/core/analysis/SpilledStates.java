package org.communityofpractice.core.analysis;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fold's state per series (or per question in a series), numbered from 0 in the order first seen:
 * the {@value #IN_MEMORY} used most recently are held, the others written to a {@link Spill} and
 * read back if their series comes again. A series may always take up again, so its state is kept to
 * the end; but a community meets one series at a time, so what is held stays small however many
 * sessions pass. Not thread-safe.
 *
 * @param <S> the state
 */
final class SpilledStates<S> implements AutoCloseable {
  /** States held in memory: cop's own figure, far more series than a network runs at once. */
  static final int IN_MEMORY = 4096;

  /** Writes and reads one state. */
  interface Codec<S> {
    void write(S state, DataOutput out) throws IOException;

    S read(DataInput in) throws IOException;
  }

  private final Codec<S> codec;
  private final Spill spill;
  private final int inMemory;
  private long[] offsets = new long[64];
  private int count;
  private final Map<Integer, S> held =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, S> eldest) {
          if (size() <= inMemory) {
            return false;
          }
          offsets[eldest.getKey()] = spill.append(out -> codec.write(eldest.getValue(), out));
          return true;
        }
      };

  /**
   * States held up to {@link TableFold.Limits#states()}, spilled as {@link
   * TableFold.Limits#bytes()} says.
   */
  SpilledStates(Codec<S> codec, TableFold.Limits limits) {
    this.codec = codec;
    this.inMemory = limits.states();
    this.spill = new Spill(limits.bytes());
  }

  /** How many states there are. */
  int size() {
    return count;
  }

  /** Adds a state; its number. */
  int add(S state) {
    if (count == offsets.length) {
      offsets = Arrays.copyOf(offsets, count * 2);
    }
    offsets[count] = -1;
    held.put(count, state);
    return count++;
  }

  /** The state with a number, read back if it was spilled; changes to it are kept. */
  S get(int number) {
    S state = held.get(number);
    if (state == null) {
      try {
        state = codec.read(spill.read(offsets[number]));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read analysis state back", e);
      }
      held.put(number, state);
    }
    return state;
  }

  /**
   * The state with a number, for writing its row at the end: read back if spilled, not held again.
   */
  S last(int number) {
    S state = held.get(number);
    if (state != null) {
      return state;
    }
    try {
      return codec.read(spill.read(offsets[number]));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read analysis state back", e);
    }
  }

  @Override
  public void close() {
    held.clear();
    spill.close();
  }
}
