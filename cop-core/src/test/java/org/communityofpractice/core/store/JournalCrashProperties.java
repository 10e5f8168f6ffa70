package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.communityofpractice.core.capture.CaptureArbitraries;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.ScriptedSession;
import org.communityofpractice.core.capture.SessionRecorder;

class JournalCrashProperties {
  private static final Clock CLOCK =
      Clock.fixed(ScriptedSession.startsAt(1).toInstant(), ZoneOffset.UTC);

  @Provide
  Arbitrary<List<CaptureEvent>> sequences() {
    return CaptureArbitraries.sequences();
  }

  /**
   * A crash at any byte of what the journal wrote: the file keeps the lines up to that byte and
   * then the zeros the journal wrote ahead of them, up to the size the file had grown to. Reopening
   * gives back exactly the events whose lines were whole (a line missing only its newline is whole)
   * and nothing else, reports a torn line only when the cut fell inside one, leaves only those
   * lines in the file, and goes on appending after them — under every durability.
   */
  @Property(tries = 60)
  void reopeningAfterACrashAnywhereRecoversExactlyTheWholeLines(
      @ForAll("sequences") List<CaptureEvent> commands,
      @ForAll boolean groupCommit,
      @ForAll @IntRange(min = 0, max = 1_000) int line,
      @ForAll @IntRange(min = 0, max = 2_000) int offset)
      throws IOException {
    Path dir = Files.createTempDirectory("journal-crash-property");
    try {
      Path file = dir.resolve("session.jsonl");
      Written w = write(file, commands, groupCommit);
      List<CaptureEvent> events = w.events();

      // the cut: a byte within a line, its newline, or the end
      int cutLine = line % (events.size() + 1);
      int lineStart = w.start(cutLine);
      int lineLength = w.length(cutLine);
      int cut = lineStart + offset % (lineLength + 1);
      byte[] crashed = new byte[w.bytes().length];
      System.arraycopy(w.bytes(), 0, crashed, 0, cut);
      Files.write(file, crashed);

      boolean onlyTheNewlineLost = lineLength > 0 && cut == lineStart + lineLength - 1;
      int whole =
          Math.min(
              events.size(),
              cutLine + (onlyTheNewlineLost || cut == lineStart + lineLength ? 1 : 0));
      boolean torn = cut > lineStart && whole == cutLine;
      assertReopensWith(file, w, whole, torn);
    } finally {
      delete(dir);
    }
  }

  /**
   * A crash while the last line was being forced, where the disk kept the end of the line but not
   * its beginning (the two lay on different pages, and the journal writes into space the file
   * already has, so no change of size hides the line until it is whole): the line reads as zeros
   * and then its tail. Reopening drops it as the torn last line it is — a zero byte is never part
   * of a written line — and keeps every line before it, under the strict policy.
   */
  @Property(tries = 60)
  void aLastLineWhoseBeginningNeverReachedTheDiskIsTorn(
      @ForAll("sequences") List<CaptureEvent> commands,
      @ForAll @IntRange(min = 1, max = 2_000) int lost,
      @ForAll boolean keepsItsNewline)
      throws IOException {
    Path dir = Files.createTempDirectory("journal-crash-property");
    try {
      Path file = dir.resolve("session.jsonl");
      Written w = write(file, commands, false);
      int last = w.events().size() - 1;
      if (last < 0) {
        return;
      }
      int lineStart = w.start(last);
      int lineLength = w.length(last);
      int kept = lineLength - (keepsItsNewline ? 0 : 1);
      int from = lineStart + 1 + (lost - 1) % (kept - 1);
      byte[] crashed = new byte[w.bytes().length];
      System.arraycopy(w.bytes(), 0, crashed, 0, lineStart);
      System.arraycopy(w.bytes(), from, crashed, from, lineStart + kept - from);
      Files.write(file, crashed);

      assertReopensWith(file, w, last, true);
    } finally {
      delete(dir);
    }
  }

  /** What the journal wrote, before it was closed (so with its zeros), and its events. */
  private static final class Written {
    private final byte[] bytes;
    private final List<CaptureEvent> events;
    private final List<Integer> starts;
    private final int end;

    Written(byte[] bytes, List<CaptureEvent> events, List<Integer> starts, int end) {
      this.bytes = bytes;
      this.events = events;
      this.starts = starts;
      this.end = end;
    }

    byte[] bytes() {
      return bytes;
    }

    List<CaptureEvent> events() {
      return events;
    }

    int start(int line) {
      return line == events.size() ? end : starts.get(line);
    }

    int length(int line) {
      return line == events.size() ? 0 : indexOf(bytes, (byte) '\n', start(line)) + 1 - start(line);
    }
  }

  private static Written write(Path file, List<CaptureEvent> commands, boolean groupCommit)
      throws IOException {
    Durability durability =
        groupCommit ? Durability.groupCommit(8, Duration.ofMinutes(1)) : Durability.everyEvent();
    Journal journal = Journal.create(file, durability);
    SessionRecorder recorder =
        SessionRecorder.start(sotcop(), ScriptedSession.plan(1), CLOCK, journal);
    CaptureArbitraries.recordAll(recorder, commands);
    journal.flush();
    byte[] written = Files.readAllBytes(file);
    journal.close();
    List<CaptureEvent> events = recorder.events();
    List<Integer> starts = new ArrayList<>();
    int end = 0;
    for (int i = 0; i < events.size(); i++) {
      starts.add(end);
      end = indexOf(written, (byte) '\n', end) + 1;
    }
    assertThat(Arrays.copyOfRange(written, end, written.length)).containsOnly((byte) 0);
    return new Written(written, events, starts, end);
  }

  /**
   * Reopening gives back exactly the first {@code whole} events, reports a torn line when {@code
   * torn}, leaves only their lines in the file, and goes on appending after them.
   */
  private static void assertReopensWith(Path file, Written w, int whole, boolean torn)
      throws IOException {
    List<CaptureEvent> kept = w.events().subList(0, whole);
    int keptBytes = w.start(whole);
    Journal.Opened opened =
        Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent());
    try (Journal again = opened.journal()) {
      assertThat(opened.events()).isEqualTo(kept);
      assertThat(opened.report().damagedLines()).isEmpty();
      assertThat(opened.report().tornLastLine().isPresent()).isEqualTo(torn);
      assertThat(Files.readAllBytes(file)).isEqualTo(Arrays.copyOf(w.bytes(), keptBytes));
      again.accept(new CaptureEvent.Concluded("After the crash"));
    }
    byte[] after = Files.readAllBytes(file);
    assertThat(after).doesNotContain((byte) 0);
    List<CaptureEvent> expected = new ArrayList<>(kept);
    expected.add(new CaptureEvent.Concluded("After the crash"));
    assertThat(Journal.read(file, DamagedJournalPolicy.STRICT).events()).isEqualTo(expected);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no newline after byte " + from);
  }
}
