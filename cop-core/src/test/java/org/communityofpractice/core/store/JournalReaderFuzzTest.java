package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.communityofpractice.core.fixtures.FuzzTime;

/**
 * A coverage-guided fuzz target for the journal reader: any bytes as a journal file are scanned
 * without an exception when damaged lines are skipped, and with at most a {@link StoreException} (a
 * damaged journal) when they are not; every line is either kept, damaged or the torn last one.
 * Regression inputs are in {@code JournalReaderFuzzTestInputs/journal}; {@code -Pfuzz} fuzzes it
 * for a fixed time.
 */
class JournalReaderFuzzTest {
  private static final Path FILE = Path.of("fuzzed.journal");

  @FuzzTest(maxDuration = FuzzTime.EACH)
  void journal(byte[] input) {
    JournalLines.Scan skipping =
        JournalLines.scan(FILE, input, DamagedJournalPolicy.SKIP_DAMAGED_LINES);
    long lines = 0;
    for (byte b : input) {
      lines += b == '\n' ? 1 : 0;
    }
    if (input.length > 0 && input[input.length - 1] != '\n') {
      lines++;
    }
    RecoveryReport report = skipping.report();
    assertThat(
            skipping.events().size()
                + report.damagedLines().size()
                + (skipping.tornLastLine().isPresent() ? 1 : 0))
        .isEqualTo((int) lines);
    assertThat(skipping.keptBytes()).isBetween(0L, (long) input.length);
    try {
      JournalLines.Scan strict = JournalLines.scan(FILE, input, DamagedJournalPolicy.STRICT);
      assertThat(strict.events()).isEqualTo(skipping.events());
    } catch (StoreException e) {
      assertThat(e.reason()).isEqualTo(StoreException.Reason.JOURNAL_DAMAGED);
      assertThat(report.damagedLines()).isNotEmpty();
    }
  }
}
