package org.communityofpractice.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What opening a journal found: how many events it kept, a torn last line it dropped, damaged lines
 * it left out. Reasons name lines and positions, never what the lines hold.
 *
 * <pre>{@code
 * store.startSession(community.id(), plan).close();  // and then the laptop's battery ran out
 * LiveSession live = store.resumeSession(community.id(), plan.id(), DamagedJournalPolicy.STRICT).orElseThrow();
 * RecoveryReport report = live.recovery();
 * if (!report.isClean()) {
 *   System.out.println(report); // e.g. "journal x.jsonl: 41 events kept; torn last line 42 (17 bytes) dropped"
 * }
 * }</pre>
 *
 * @param file the journal
 * @param eventsKept the events read and kept
 * @param tornLastLine the torn last line that was dropped, if any
 * @param damagedLines lines left out under {@link DamagedJournalPolicy#SKIP_DAMAGED_LINES}
 */
public record RecoveryReport(
    Path file, int eventsKept, Optional<DamagedLine> tornLastLine, List<DamagedLine> damagedLines) {

  /**
   * A line that could not be read.
   *
   * @param line its number, from 1
   * @param bytes its length in bytes
   * @param reason why, without the line's content
   */
  public record DamagedLine(int line, int bytes, String reason) {
    /**
     * Checks the record.
     *
     * @param line its number, from 1
     * @param bytes its length in bytes
     * @param reason why, without the line's content; must not be {@literal null}
     * @throws NullPointerException if {@code reason} is {@literal null}
     */
    public DamagedLine {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Checks the record.
   *
   * @param file the journal; must not be {@literal null}
   * @param eventsKept the events read and kept
   * @param tornLastLine the torn last line that was dropped, or empty; must not be {@literal null}
   * @param damagedLines lines left out; must not be {@literal null}
   * @throws NullPointerException if {@code file}, {@code tornLastLine} or {@code damagedLines} is
   *     {@literal null}
   */
  public RecoveryReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(tornLastLine, "tornLastLine");
    damagedLines = List.copyOf(damagedLines);
  }

  /** {@return whether the journal was whole: no torn last line and no damaged lines} */
  public boolean isClean() {
    return tornLastLine.isEmpty() && damagedLines.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("journal ")
            .append(file)
            .append(": ")
            .append(eventsKept)
            .append(" events kept");
    tornLastLine.ifPresent(
        t ->
            s.append("; torn last line ")
                .append(t.line())
                .append(" (")
                .append(t.bytes())
                .append(" bytes, ")
                .append(t.reason())
                .append(") dropped"));
    for (DamagedLine d : damagedLines) {
      s.append("; damaged line ")
          .append(d.line())
          .append(" (")
          .append(d.reason())
          .append(") left out");
    }
    return s.toString();
  }
}
