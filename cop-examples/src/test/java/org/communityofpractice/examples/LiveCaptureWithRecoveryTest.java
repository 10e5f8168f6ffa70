package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.communityofpractice.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveCaptureWithRecoveryTest {
  @TempDir Path dir;

  @Test
  void theTornEntryIsDroppedAndReportedAndEverythingBeforeItIsKept() throws IOException {
    LiveCaptureWithRecovery.Outcome o = LiveCaptureWithRecovery.run(dir);
    assertThat(o.recovery().tornLastLine()).isPresent();
    assertThat(o.recovery().eventsKept()).isEqualTo(o.entriesBeforeCrash() - 1);
    Session s = o.session();
    assertThat(s.attendees())
        .contains(
            GuideMembers.EXPERT_CITIZEN,
            GuideMembers.FORMER_GOVERNOR,
            GuideMembers.HOUSING_MANAGER);
    assertThat(s.bestHopes()).hasSize(1);
    assertThat(s.contributions()).isEmpty();
  }

  @Test
  void theFinishedSessionIsFoldedIntoTheArchiveAndTheJournalRemoved() throws IOException {
    LiveCaptureWithRecovery.Outcome o = LiveCaptureWithRecovery.run(dir);
    assertThat(o.archive().session(LiveCaptureWithRecovery.SESSION)).contains(o.session());
    assertThat(o.session().scaling().get(0).statistics().orElseThrow().median()).isEqualTo(7.5);
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(f -> f.toString().endsWith(".jsonl"))).isEmpty();
    }
  }
}
