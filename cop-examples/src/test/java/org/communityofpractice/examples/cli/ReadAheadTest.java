package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
  private static final SyntheticNetwork NETWORK =
      SyntheticNetwork.builder().seed(3).communities(12).membersPerCommunity(8).build();

  private static List<Path> paths(int n) {
    return IntStream.range(0, n).mapToObj(i -> Path.of("archive-" + i + ".json")).toList();
  }

  private static int index(Path p) {
    String name = p.getFileName().toString();
    return Integer.parseInt(name.substring("archive-".length(), name.indexOf('.')));
  }

  @Test
  void handsOutTheArchivesInTheOrderGivenWhateverOrderTheReadsFinishIn() {
    List<Path> paths = paths(12);
    List<Community> got = new ArrayList<>();
    // later archives read quicker, so reads finish out of order
    try (ReadAhead read =
        ReadAhead.of(
            paths,
            p -> {
              sleep(2L * (12 - index(p)));
              return NETWORK.community(index(p), 1);
            })) {
      read.forEachRemaining(got::add);
    }
    assertThat(got)
        .extracting(Community::id)
        .containsExactlyElementsOf(
            IntStream.range(0, 12).mapToObj(i -> NETWORK.community(i, 1).id()).toList());
  }

  @Test
  void holdsNoMoreThanOneArchivePerThreadAndOneMoreAtOnce() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    int processors = Runtime.getRuntime().availableProcessors();
    try (ReadAhead read =
        ReadAhead.of(
            paths(12),
            p -> {
              most.accumulateAndGet(started.incrementAndGet() - consumed.get(), Math::max);
              return NETWORK.community(index(p), 1);
            })) {
      while (read.hasNext()) {
        read.next();
        sleep(5);
        consumed.incrementAndGet();
      }
    }
    assertThat(started.get()).isEqualTo(12);
    assertThat(most.get()).isBetween(1, processors + 1);
  }

  @Test
  void aFailedReadIsThrownWhenItsTurnComesAndTheReadsAfterItStop() {
    Set seen = new Set();
    try (ReadAhead read =
        ReadAhead.of(
            paths(40),
            p -> {
              seen.add(index(p));
              if (index(p) == 3) {
                throw UserError.invalid("archive 3 is not an archive");
              }
              return NETWORK.community(index(p) % 12, 1);
            })) {
      for (int i = 0; i < 3; i++) {
        assertThat(read.next()).isNotNull();
      }
      assertThatThrownBy(read::next)
          .isInstanceOf(UserError.class)
          .hasMessage("archive 3 is not an archive");
    }
    assertThat(seen.max())
        .as("reads stop after the failure")
        .isLessThan(3 + Runtime.getRuntime().availableProcessors() + 2);
  }

  /** The indexes read, from any thread. */
  private static final class Set {
    private final java.util.Set<Integer> indexes = ConcurrentHashMap.newKeySet();

    void add(int i) {
      indexes.add(i);
    }

    int max() {
      return indexes.stream().mapToInt(Integer::intValue).max().orElse(-1);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
