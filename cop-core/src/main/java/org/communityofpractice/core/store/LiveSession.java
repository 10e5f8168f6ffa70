package org.communityofpractice.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.CommunityId;

/**
 * A session being recorded into a {@link FileArchiveStore}: a recorder whose every event goes to
 * the session's journal before the record call returns. Finish it with {@link
 * FileArchiveStore#finishSession(LiveSession)}, which folds the session into the archive and
 * removes the journal.
 *
 * <pre>{@code
 * try (LiveSession live = store.startSession(community.id(), plan)) {
 *   live.recorder().arrived(sam);
 *   live.recorder().advance();
 *   store.finishSession(live);
 * }
 * }</pre>
 */
public final class LiveSession implements AutoCloseable {
  private final CommunityId community;
  private final SessionRecorder recorder;
  private final Journal journal;
  private final RecoveryReport recovery;

  LiveSession(
      CommunityId community, SessionRecorder recorder, Journal journal, RecoveryReport recovery) {
    this.community = Objects.requireNonNull(community, "community");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.recovery = Objects.requireNonNull(recovery, "recovery");
  }

  /** {@return the community the session is recorded into, never {@literal null}} */
  public CommunityId community() {
    return community;
  }

  /**
   * {@return the recorder, never {@literal null}; each event it accepts is in the journal when its
   * call returns}
   */
  public SessionRecorder recorder() {
    return recorder;
  }

  /**
   * {@return what reopening the journal found, clean for a session just started; never {@literal
   * null}}
   */
  public RecoveryReport recovery() {
    return recovery;
  }

  /** {@return the journal's file, never {@literal null}} */
  public Path journalFile() {
    return journal.file();
  }

  Journal journal() {
    return journal;
  }

  /** Closes the journal, keeping it: the session can be resumed later. */
  @Override
  public void close() throws IOException {
    journal.close();
  }

  @Override
  public String toString() {
    return "LiveSession[community=" + community + ", " + recorder + "]";
  }
}
