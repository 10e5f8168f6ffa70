package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.communityofpractice.core.capture.CaptureArbitraries;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.EventSink;
import org.communityofpractice.core.capture.ScriptedSession;
import org.communityofpractice.core.capture.SessionRecorder;

class JournalReplayProperties {
  private static final Clock CLOCK =
      Clock.fixed(ScriptedSession.startsAt(1).toInstant(), ZoneOffset.UTC);

  @Provide
  Arbitrary<List<CaptureEvent>> sequences() {
    return CaptureArbitraries.sequences();
  }

  /**
   * Any sequence of commands, journaled and replayed from the file, gives the same session (and
   * stage and warnings) as running them in memory. Group commit keeps the property fast; the lines
   * written are the same as under every-event durability.
   */
  @Property(tries = 80)
  void journaledAndReplayedGivesTheSameSessionAsInMemory(
      @ForAll("sequences") List<CaptureEvent> commands) throws IOException {
    SessionRecorder memory =
        SessionRecorder.start(sotcop(), ScriptedSession.plan(1), CLOCK, EventSink.NONE);
    CaptureArbitraries.recordAll(memory, commands);
    int accepted = memory.events().size() - 1;
    Statistics.label("accepted events")
        .collect(accepted < 5 ? "0-4" : accepted < 15 ? "5-14" : "15+");
    // The check catches a generator that stopped producing sessions worth replaying; it must not
    // fail by chance. 23.1% of generated sequences have fewer than 5 accepted events (5,000
    // sampled at genSize 80; 3 sigma: 25%); count every edge case jqwik mixes in (under 10% of
    // tries) as one of them too and a try lands in "0-4" with p <= 0.35. Failing needs at least
    // 52 of 80 such tries: P(Binomial(80, 0.35) >= 52) = 4.6e-8 per run, under 1e-6.
    Statistics.label("accepted events").coverage(c -> c.check("0-4").percentage(p -> p < 65));

    Path dir = Files.createTempDirectory("journal-property");
    try {
      Path file = dir.resolve("session.jsonl");
      try (Journal journal =
          Journal.create(file, Durability.groupCommit(64, Duration.ofMinutes(1)))) {
        SessionRecorder journaled =
            SessionRecorder.start(sotcop(), ScriptedSession.plan(1), CLOCK, journal);
        CaptureArbitraries.recordAll(journaled, commands);
      }
      Journal.Opened opened =
          Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent());
      try (Journal journal = opened.journal()) {
        assertThat(opened.report().isClean()).isTrue();
        SessionRecorder replayed =
            SessionRecorder.replay(sotcop(), opened.events(), CLOCK, journal);
        assertThat(replayed.events()).isEqualTo(memory.events());
        assertThat(CaptureArbitraries.outcome(replayed))
            .isEqualTo(CaptureArbitraries.outcome(memory));
        assertThat(replayed.currentStage()).isEqualTo(memory.currentStage());
        assertThat(replayed.warnings()).isEqualTo(memory.warnings());
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
