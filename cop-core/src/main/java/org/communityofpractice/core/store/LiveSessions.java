package org.communityofpractice.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.internal.DurableFiles;
import org.communityofpractice.core.store.internal.OwnerOnly;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.core.validation.internal.Refusals;

/**
 * Sessions being recorded: starting one with a fresh journal, resuming an interrupted one by
 * replaying its journal, and finishing one by folding it into the archive and removing its journal.
 */
final class LiveSessions {
  /** Saves a community as the version after the one expected, as {@link ArchiveStore#save}. */
  @FunctionalInterface
  interface Save {
    ArchiveVersion save(Community community, ArchiveVersion expected);
  }

  private final StoreLayout layout;
  private final VersionedArchives archives;
  private final Durability durability;
  private final Clock clock;

  LiveSessions(StoreLayout layout, VersionedArchives archives, Durability durability, Clock clock) {
    this.layout = layout;
    this.archives = archives;
    this.durability = durability;
    this.clock = clock;
  }

  /** Starts recording a session; see {@link FileArchiveStore#startSession}. */
  LiveSession start(CommunityId community, SessionPlan plan) {
    Community current = archives.require(community).community();
    Path file = layout.journalFile(community, plan.id());
    try {
      Path journals = file.getParent();
      if (OwnerOnly.createFolders(journals)) {
        DurableFiles.forceDirectory(journals.getParent());
      }
      Journal journal = Journal.create(file, durability);
      try {
        SessionRecorder recorder = SessionRecorder.start(current, plan, clock, journal);
        return new LiveSession(
            community, recorder, journal, new RecoveryReport(file, 0, Optional.empty(), List.of()));
      } catch (RuntimeException e) {
        journal.close();
        Files.deleteIfExists(file);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resumes an interrupted session; see {@link FileArchiveStore#resumeSession}. */
  Optional<LiveSession> resume(
      CommunityId community, SessionId session, DamagedJournalPolicy recovery) {
    Community current = archives.require(community).community();
    Path file = layout.journalFile(community, session);
    try {
      if (current.session(session).isPresent()) {
        JournalFolder.remove(file);
        return Optional.empty();
      }
      Journal.Opened opened = Journal.open(file, recovery, durability);
      try {
        if (opened.events().isEmpty()) {
          opened.journal().close();
          JournalFolder.remove(file);
          return Optional.empty();
        }
        SessionRecorder recorder = replay(current, opened);
        return Optional.of(new LiveSession(community, recorder, opened.journal(), opened.report()));
      } catch (RuntimeException e) {
        opened.journal().close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SessionRecorder replay(Community community, Journal.Opened opened) {
    List<CaptureEvent> events = opened.events();
    try {
      return SessionRecorder.replay(community, events, clock, opened.journal());
    } catch (InvalidValueException e) {
      int index = JournalFolder.eventIndex(e.field()).orElse(0);
      throw StoreException.journalDoesNotApply(
          opened.journal().file(),
          opened.lineNumbers().get(index),
          Refusals.expected(e.field(), e.expectation()));
    }
  }

  /**
   * Finishes a session with {@code save}, retrying when another writer saved first; see {@link
   * FileArchiveStore#finishSession}.
   */
  Session finish(LiveSession live, Save save) {
    Session session = live.recorder().finish();
    for (int attempt = 1; ; attempt++) {
      StoredArchive stored = archives.require(live.community());
      if (stored.community().session(session.id()).isPresent()) {
        break;
      }
      try {
        save.save(withSession(stored.community(), session), stored.version());
        break;
      } catch (ArchiveConflictException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
    try {
      live.close();
      JournalFolder.remove(live.journalFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return session;
  }

  private static Community withSession(Community community, Session session) {
    List<Session> sessions = new ArrayList<>(community.sessions());
    sessions.add(session);
    sessions.sort(Community.byStart());
    return Community.builder().from(community).sessions(sessions).build();
  }
}
