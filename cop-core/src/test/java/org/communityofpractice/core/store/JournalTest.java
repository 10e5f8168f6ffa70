package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.ScriptedSession;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
  @TempDir Path dir;

  /** Records the scripted session through a journal; returns the in-memory recorder. */
  private SessionRecorder recordScripted(Path file, Durability durability) throws IOException {
    try (Journal journal = Journal.create(file, durability)) {
      SessionRecorder recorder =
          SessionRecorder.start(sotcop(), ScriptedSession.plan(1), Clock.systemUTC(), journal);
      ScriptedSession.events(1).forEach(recorder::record);
      return recorder;
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /**
   * Records the scripted session through a journal and takes the file as a crash would leave it:
   * read while the journal is still open, before it is closed. Returns the recorder; the crash
   * image is written back over the file.
   */
  private SessionRecorder recordScriptedAndCrash(Path file, Durability durability)
      throws IOException {
    Journal journal = Journal.create(file, durability);
    SessionRecorder recorder =
        SessionRecorder.start(sotcop(), ScriptedSession.plan(1), Clock.systemUTC(), journal);
    ScriptedSession.events(1).forEach(recorder::record);
    journal.flush();
    byte[] atTheCrash = Files.readAllBytes(file);
    journal.close();
    Files.write(file, atTheCrash);
    return recorder;
  }

  /** The length of the lines: where the run of zero bytes at the end starts. */
  private static int linesEnd(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == 0) {
      end--;
    }
    return end;
  }

  @Test
  void writesOneJsonLinePerEventWithItsSequenceNumber() throws IOException {
    Path file = dir.resolve("s.jsonl");
    SessionRecorder recorder = recordScripted(file, Durability.everyEvent());
    List<String> lines = lines(file);
    assertThat(lines).hasSize(recorder.events().size());
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = mapper.readTree(lines.get(i));
      assertThat(line.get("seq").asInt()).isEqualTo(i + 1);
      assertThat(line.get("crc32c").asText()).matches("[0-9a-f]{8}");
      assertThat(line.get("event").get("type").asText()).isNotBlank();
    }
    assertThat(mapper.readTree(lines.get(0)).get("event").get("type").asText()).isEqualTo("opened");
  }

  @Test
  void reopeningReplaysToTheSameRecorderState() throws IOException {
    Path file = dir.resolve("s.jsonl");
    SessionRecorder recorder = recordScripted(file, Durability.everyEvent());

    Journal.Opened opened =
        Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent());
    try (Journal journal = opened.journal()) {
      assertThat(opened.report().isClean()).isTrue();
      assertThat(opened.events()).isEqualTo(recorder.events());
      SessionRecorder replayed =
          SessionRecorder.replay(sotcop(), opened.events(), Clock.systemUTC(), journal);
      Session expected = recorder.finish();
      assertThat(replayed.finish()).isEqualTo(expected);
      assertThat(replayed.currentStage()).isEqualTo(recorder.currentStage());
      assertThat(replayed.warnings()).isEqualTo(recorder.warnings());
      // and it goes on appending after the replayed lines
      replayed.conclude("One more conclusion");
    }
    assertThat(Journal.read(file, DamagedJournalPolicy.STRICT).events())
        .hasSize(recorder.events().size() + 1);
  }

  @Test
  void aTornLastLineIsDroppedReportedAndEverythingBeforeItKept() throws IOException {
    Path file = dir.resolve("s.jsonl");
    SessionRecorder recorder = recordScripted(file, Durability.everyEvent());
    byte[] whole = Files.readAllBytes(file);
    // a power cut in the middle of writing one more line
    String torn =
        "{\"seq\":"
            + (recorder.events().size() + 1)
            + ",\"crc32c\":\"0badf00d\",\"event\":{\"type\":\"conc";
    Files.write(
        file, torn.getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);

    Journal.Opened opened =
        Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent());
    try (Journal journal = opened.journal()) {
      RecoveryReport report = opened.report();
      assertThat(report.isClean()).isFalse();
      assertThat(report.tornLastLine())
          .hasValueSatisfying(
              t -> {
                assertThat(t.line()).isEqualTo(recorder.events().size() + 1);
                assertThat(t.bytes()).isEqualTo(torn.length());
              });
      assertThat(report.eventsKept()).isEqualTo(recorder.events().size());
      assertThat(report.toString()).contains("torn last line").doesNotContain("conc");
      assertThat(opened.events()).isEqualTo(recorder.events());
      assertThat(Files.readAllBytes(file)).isEqualTo(whole);
      journal.accept(new CaptureEvent.Concluded("After the cut"));
    }
    Journal.Contents again = Journal.read(file, DamagedJournalPolicy.STRICT);
    assertThat(again.report().isClean()).isTrue();
    assertThat(again.events()).hasSize(recorder.events().size() + 1);
  }

  @Test
  void aWholeLastLineWithoutItsNewlineIsKept() throws IOException {
    Path file = dir.resolve("s.jsonl");
    SessionRecorder recorder = recordScripted(file, Durability.everyEvent());
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 1));

    Journal.Opened opened =
        Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent());
    opened.journal().close();
    assertThat(opened.events()).isEqualTo(recorder.events());
    assertThat(opened.report().isClean()).isTrue();
    assertThat(Files.readAllBytes(file)).isEqualTo(whole);
  }

  @Test
  void garbageInTheMiddleRefusesToOpenNamingTheLineAndChangesNothing() throws IOException {
    Path file = dir.resolve("s.jsonl");
    recordScripted(file, Durability.everyEvent());
    List<String> lines = new ArrayList<>(lines(file));
    lines.set(4, "\u0000\u0000garbage");
    Files.write(file, lines, StandardCharsets.UTF_8);
    byte[] damaged = Files.readAllBytes(file);

    assertThatThrownBy(
            () -> Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent()))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(StoreException.Reason.JOURNAL_DAMAGED);
              assertThat(e.line()).hasValue(5);
              assertThat(e.location()).isEqualTo(file.toString());
              assertThat(e.getMessage()).contains("line 5").doesNotContain("garbage");
            });
    assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    // the lock was released: a second attempt gets the same answer, not "in use"
    assertThatThrownBy(
            () -> Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent()))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.JOURNAL_DAMAGED));
  }

  @Test
  void skippingDamagedLinesIsAnExplicitChoiceAndEachIsReported() throws IOException {
    Path file = dir.resolve("s.jsonl");
    SessionRecorder recorder = recordScripted(file, Durability.everyEvent());
    List<String> lines = new ArrayList<>(lines(file));
    lines.set(4, "not json at all");
    Files.write(file, lines, StandardCharsets.UTF_8);

    Journal.Opened opened =
        Journal.open(file, DamagedJournalPolicy.SKIP_DAMAGED_LINES, Durability.everyEvent());
    opened.journal().close();
    List<CaptureEvent> expected = new ArrayList<>(recorder.events());
    expected.remove(4);
    assertThat(opened.events()).isEqualTo(expected);
    assertThat(opened.report().damagedLines())
        .singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(5));
    assertThat(opened.lineNumbers()).doesNotContain(5).hasSize(expected.size());
    assertThat(opened.report().tornLastLine()).isEmpty();
  }

  @Test
  void aChangedCharacterThatStillParsesIsCaughtByTheChecksum() throws IOException {
    Path file = dir.resolve("s.jsonl");
    recordScripted(file, Durability.everyEvent());
    List<String> lines = new ArrayList<>(lines(file));
    int index = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"rated\"")) {
        index = i;
        break;
      }
    }
    String line = lines.get(index);
    String changed = line.replaceFirst("\"value\":(\\d+)", "\"value\":1");
    assertThat(changed).isNotEqualTo(line);
    lines.set(index, changed);
    Files.write(file, lines, StandardCharsets.UTF_8);

    int lineNumber = index + 1;
    assertThatThrownBy(() -> Journal.read(file, DamagedJournalPolicy.STRICT))
        .isInstanceOfSatisfying(
            StoreException.class, e -> assertThat(e.line()).hasValue(lineNumber))
        .hasMessageContaining("crc32c");
  }

  @Test
  void aSecondWriterOfTheSameJournalIsRefused() throws IOException {
    Path file = dir.resolve("s.jsonl");
    recordScripted(file, Durability.everyEvent());
    Journal.Opened first = Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent());
    try (Journal journal = first.journal()) {
      assertThatThrownBy(
              () -> Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent()))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.JOURNAL_IN_USE));
      journal.accept(new CaptureEvent.Concluded("still writing"));
    }
  }

  @Test
  void groupCommitKeepsEveryEventOnceClosed() throws IOException {
    Path file = dir.resolve("s.jsonl");
    SessionRecorder recorder =
        recordScripted(file, Durability.groupCommit(8, Duration.ofSeconds(1)));
    assertThat(Journal.read(file, DamagedJournalPolicy.STRICT).events())
        .isEqualTo(recorder.events());
  }

  @Test
  void aClosedJournalRefusesAppends() throws IOException {
    Journal journal = Journal.create(dir.resolve("s.jsonl"), Durability.everyEvent());
    journal.close();
    assertThatThrownBy(() -> journal.accept(new CaptureEvent.Advanced()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anEventOfAnUnknownKindIsDamageEvenWithAGoodChecksum() throws IOException {
    Path file = dir.resolve("s.jsonl");
    recordScripted(file, Durability.everyEvent());
    List<String> lines = new ArrayList<>(lines(file));
    // crc32c of {"type":"shouted"} as the journal writes it
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update("{\"type\":\"shouted\"}".getBytes(StandardCharsets.UTF_8));
    lines.add(
        2,
        String.format(
            "{\"seq\":3,\"crc32c\":\"%08x\",\"event\":{\"type\":\"shouted\"}}", crc.getValue()));
    Files.write(file, lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Journal.read(file, DamagedJournalPolicy.STRICT))
        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.line()).hasValue(3))
        .hasMessageContaining("$.event.type");
  }

  @Test
  void theFileGrowsInChunksOfZerosAndClosingCutsThemOff() throws IOException {
    Path file = dir.resolve("s.jsonl");
    try (Journal journal = Journal.create(file, Durability.everyEvent())) {
      SessionRecorder recorder =
          SessionRecorder.start(sotcop(), ScriptedSession.plan(1), Clock.systemUTC(), journal);
      recorder.advance();
      byte[] open = Files.readAllBytes(file);
      assertThat(open.length).isEqualTo(Journal.CHUNK_BYTES);
      int end = linesEnd(open);
      assertThat(open[end - 1]).isEqualTo((byte) '\n');
      assertThat(Arrays.copyOfRange(open, end, open.length)).containsOnly((byte) 0);
    }
    byte[] closed = Files.readAllBytes(file);
    assertThat(closed).doesNotContain((byte) 0);
    assertThat(closed[closed.length - 1]).isEqualTo((byte) '\n');
    assertThat(lines(file)).hasSize(2);
  }

  @Test
  void aJournalLongerThanAChunkGrowsByWholeChunksAndReadsBack() throws IOException {
    Path file = dir.resolve("s.jsonl");
    List<CaptureEvent> written = new ArrayList<>();
    try (Journal journal =
        Journal.create(file, Durability.groupCommit(50, Duration.ofMinutes(1)))) {
      for (int i = 0; Files.size(file) <= 2L * Journal.CHUNK_BYTES; i++) {
        CaptureEvent event = new CaptureEvent.Concluded("Conclusion number " + i);
        journal.accept(event);
        written.add(event);
      }
      assertThat(Files.size(file) % Journal.CHUNK_BYTES).isZero();
      assertThat(Journal.read(file, DamagedJournalPolicy.STRICT).events()).isEqualTo(written);
    }
    assertThat(Files.readAllBytes(file)).doesNotContain((byte) 0);
    assertThat(Journal.read(file, DamagedJournalPolicy.STRICT).events()).isEqualTo(written);
  }

  @Test
  void zerosAfterTheLastLineAreUnusedSpaceToEveryReader() throws IOException {
    Path file = dir.resolve("s.jsonl");
    SessionRecorder recorder = recordScripted(file, Durability.everyEvent());
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length + 1000));

    Journal.Contents read = Journal.read(file, DamagedJournalPolicy.STRICT);
    assertThat(read.events()).isEqualTo(recorder.events());
    assertThat(read.report().isClean()).isTrue();
    assertThat(Journal.rewrite(file, events -> events).isClean()).isTrue();
    assertThat(Files.readAllBytes(file)).isEqualTo(whole);
  }

  @Test
  void aCrashedJournalEndingInUnusedZerosOpensCleanWithEveryEvent() throws IOException {
    Path file = dir.resolve("s.jsonl");
    SessionRecorder recorder = recordScriptedAndCrash(file, Durability.everyEvent());
    byte[] crashed = Files.readAllBytes(file);
    int end = linesEnd(crashed);
    assertThat(end).as("the crash left zeros after the lines").isLessThan(crashed.length);

    Journal.Contents read = Journal.read(file, DamagedJournalPolicy.STRICT);
    assertThat(read.events()).isEqualTo(recorder.events());
    assertThat(read.report().isClean()).isTrue();
    assertThat(Files.readAllBytes(file)).as("reading changes nothing").isEqualTo(crashed);

    Journal.Opened opened =
        Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent());
    try (Journal journal = opened.journal()) {
      assertThat(opened.report().isClean()).isTrue();
      assertThat(opened.events()).isEqualTo(recorder.events());
      assertThat(Files.readAllBytes(file)).isEqualTo(Arrays.copyOf(crashed, end));
      journal.accept(new CaptureEvent.Concluded("After the crash"));
    }
    assertThat(Files.readAllBytes(file)).doesNotContain((byte) 0);
    assertThat(Journal.read(file, DamagedJournalPolicy.STRICT).events())
        .hasSize(recorder.events().size() + 1);
  }

  @Test
  void aLineTornBeforeTheUnusedZerosIsDroppedAndReportedWithoutTheZeros() throws IOException {
    Path file = dir.resolve("s.jsonl");
    SessionRecorder recorder =
        recordScriptedAndCrash(file, Durability.groupCommit(4, Duration.ofMinutes(1)));
    byte[] crashed = Files.readAllBytes(file);
    int end = linesEnd(crashed);
    // the crash cut the next line short: its first bytes overwrote some of the zeros
    byte[] torn =
        ("{\"seq\":" + (recorder.events().size() + 1) + ",\"crc32c\":\"0badf00d\",\"ev")
            .getBytes(StandardCharsets.UTF_8);
    System.arraycopy(torn, 0, crashed, end, torn.length);
    Files.write(file, crashed);

    Journal.Opened opened =
        Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent());
    try (Journal journal = opened.journal()) {
      assertThat(opened.events()).isEqualTo(recorder.events());
      assertThat(opened.report().damagedLines()).isEmpty();
      assertThat(opened.report().tornLastLine())
          .hasValueSatisfying(
              t -> {
                assertThat(t.line()).isEqualTo(recorder.events().size() + 1);
                assertThat(t.bytes()).isEqualTo(torn.length);
              });
      assertThat(Files.readAllBytes(file)).isEqualTo(Arrays.copyOf(crashed, end));
      journal.accept(new CaptureEvent.Concluded("After the cut"));
    }
    assertThat(Journal.read(file, DamagedJournalPolicy.STRICT).report().isClean()).isTrue();
  }

  @Test
  void zerosWithALineAfterThemAreDamageNotUnusedSpace() throws IOException {
    Path file = dir.resolve("s.jsonl");
    recordScripted(file, Durability.everyEvent());
    byte[] whole = Files.readAllBytes(file);
    List<String> before = lines(file);
    byte[] lastLine = (before.get(before.size() - 1) + "\n").getBytes(StandardCharsets.UTF_8);
    int lastStart = whole.length - lastLine.length;
    // the second last line's bytes lost to zeros, the last line and zeros after it kept
    int secondLastStart = lastStart - 1;
    while (whole[secondLastStart - 1] != '\n') {
      secondLastStart--;
    }
    Arrays.fill(whole, secondLastStart, lastStart - 1, (byte) 0);
    byte[] damaged = Arrays.copyOf(whole, whole.length + 100);
    Files.write(file, damaged);
    int damagedLine = before.size() - 1;

    assertThatThrownBy(
            () -> Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent()))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(StoreException.Reason.JOURNAL_DAMAGED);
              assertThat(e.line()).hasValue(damagedLine);
            });
    assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
  }

  @Test
  void rewritingACrashedJournalLeavesNoZerosBehind() throws IOException {
    Path file = dir.resolve("s.jsonl");
    SessionRecorder recorder = recordScriptedAndCrash(file, Durability.everyEvent());
    assertThat(Files.readAllBytes(file)).contains((byte) 0);

    RecoveryReport report = Journal.rewrite(file, events -> events);

    assertThat(report.isClean()).isTrue();
    assertThat(Files.readAllBytes(file)).doesNotContain((byte) 0);
    assertThat(Journal.read(file, DamagedJournalPolicy.STRICT).events())
        .isEqualTo(recorder.events());
  }
}
