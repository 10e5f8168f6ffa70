package org.communityofpractice.core.store;

import java.nio.file.Path;

/**
 * A journal is damaged before its last line, so opening it under {@link
 * DamagedJournalPolicy#STRICT} was refused; or one of its events no longer applies to the
 * community's archive when it is replayed. Nothing was changed; open a damaged journal with {@link
 * DamagedJournalPolicy#SKIP_DAMAGED_LINES} to keep the rest.
 *
 * <pre>{@code
 * store.startSession(community.id(), plan).close();  // and then the laptop's battery ran out
 * try {
 *   store.resumeSession(community.id(), plan.id(), DamagedJournalPolicy.STRICT);
 * } catch (JournalCorruptException e) {
 *   e.line(); // 17
 * }
 * }</pre>
 */
public final class JournalCorruptException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** The first damaged line, from 1. */
  private final int line;

  private JournalCorruptException(Path file, int line, String message) {
    super(file.toString(), message);
    this.line = line;
  }

  static JournalCorruptException damaged(Path file, int line, String reason) {
    return new JournalCorruptException(
        file,
        line,
        "journal "
            + file
            + " is damaged at line "
            + line
            + " ("
            + reason
            + "); nothing was changed: open it with DamagedJournalPolicy.SKIP_DAMAGED_LINES to keep"
            + " the other lines");
  }

  static JournalCorruptException doesNotApply(Path file, int line, String reason) {
    return new JournalCorruptException(
        file,
        line,
        "journal "
            + file
            + ": the event at line "
            + line
            + " does not apply to the community's archive ("
            + reason
            + "); nothing was changed");
  }

  /** {@return the first damaged line, from 1} */
  public int line() {
    return line;
  }
}
