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

      // where each line starts, and the cut: a byte within a line, its newline, or the end
      List<Integer> starts = new ArrayList<>();
      int end = 0;
      for (int i = 0; i < events.size(); i++) {
        starts.add(end);
        end = indexOf(written, (byte) '\n', end) + 1;
      }
      assertThat(Arrays.copyOfRange(written, end, written.length)).containsOnly((byte) 0);
      int cutLine = line % (events.size() + 1);
      int lineStart = cutLine == events.size() ? end : starts.get(cutLine);
      int lineLength =
          cutLine == events.size() ? 0 : indexOf(written, (byte) '\n', lineStart) + 1 - lineStart;
      int cut = lineStart + offset % (lineLength + 1);
      byte[] crashed = new byte[written.length];
      System.arraycopy(written, 0, crashed, 0, cut);
      Files.write(file, crashed);

      boolean onlyTheNewlineLost = lineLength > 0 && cut == lineStart + lineLength - 1;
      int whole =
          Math.min(
              events.size(),
              cutLine + (onlyTheNewlineLost || cut == lineStart + lineLength ? 1 : 0));
      boolean torn = cut > lineStart && whole == cutLine;
      List<CaptureEvent> kept = events.subList(0, whole);
      int keptBytes = whole < events.size() ? starts.get(whole) : end;

      Journal.Opened opened =
          Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent());
      try (Journal again = opened.journal()) {
        assertThat(opened.events()).isEqualTo(kept);
        assertThat(opened.report().damagedLines()).isEmpty();
        assertThat(opened.report().tornLastLine().isPresent()).isEqualTo(torn);
        assertThat(Files.readAllBytes(file)).isEqualTo(Arrays.copyOf(written, keptBytes));
        again.accept(new CaptureEvent.Concluded("After the crash"));
      }
      byte[] after = Files.readAllBytes(file);
      assertThat(after).doesNotContain((byte) 0);
      List<CaptureEvent> expected = new ArrayList<>(kept);
      expected.add(new CaptureEvent.Concluded("After the crash"));
      assertThat(Journal.read(file, DamagedJournalPolicy.STRICT).events()).isEqualTo(expected);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
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
