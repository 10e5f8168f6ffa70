package org.communityofpractice.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.internal.DurableFiles;
import org.communityofpractice.core.store.internal.JournalRedaction;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.core.validation.internal.Refusals;

/**
 * A community's folder of journals, seen from outside the recording: which sessions have one, what
 * each holds so far, and the work done on them when no session is open — redacting them for an
 * erasure, removing one whose session was folded into the archive.
 */
final class JournalFolder {
  private static final Pattern EVENT_INDEX = Pattern.compile("events\\[(\\d+)\\]");

  private final StoreLayout layout;

  JournalFolder(StoreLayout layout) {
    this.layout = layout;
  }

  /** The sessions of a community with a journal, in order. */
  List<SessionId> sessions(CommunityId community) {
    Path journals = layout.journalsOf(community);
    List<SessionId> sessions = new ArrayList<>();
    if (!Files.isDirectory(journals)) {
      return sessions;
    }
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(journals, StoreLayout.journalGlob())) {
      for (Path f : files) {
        sessions.add(StoreLayout.sessionOf(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sessions.sort(Comparator.naturalOrder());
    return sessions;
  }

  /**
   * The journals of a community, each checked not to be open for writing, so that redacting them
   * cannot fail half way for that reason; leftovers of an interrupted rewrite are removed.
   *
   * @throws StoreException ({@code JOURNAL_IN_USE}) when one is open
   */
  List<Path> closed(CommunityId community) throws IOException {
    Path dir = layout.journalsOf(community);
    List<Path> journals = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return journals;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.endsWith(Journal.TEMPORARY_SUFFIX)) {
          Files.deleteIfExists(f);
        } else if (StoreLayout.isJournal(f)) {
          journals.add(f);
        }
      }
    }
    journals.sort(Comparator.naturalOrder());
    for (Path journal : journals) {
      Journal.requireClosed(journal);
    }
    return journals;
  }

  /**
   * Rewrites each journal with the redactions applied; the damaged lines it dropped are added to
   * {@code damage}.
   *
   * @return the sessions of the journals rewritten
   */
  static List<SessionId> redact(
      List<Path> journals,
      List<JournalRedaction> redactions,
      List<RecoveryReport.DamagedLine> damage)
      throws IOException {
    List<SessionId> redacted = new ArrayList<>();
    for (Path journal : journals) {
      RecoveryReport report =
          Journal.rewrite(
              journal,
              events -> {
                List<CaptureEvent> out = events;
                for (JournalRedaction r : redactions) {
                  out = r.apply(out);
                }
                return out;
              });
      damage.addAll(report.damagedLines());
      report.tornLastLine().ifPresent(damage::add);
      redacted.add(StoreLayout.sessionOf(journal));
    }
    return redacted;
  }

  /** Removes a journal, when there is one, and forces its folder. */
  static void remove(Path file) throws IOException {
    if (Files.deleteIfExists(file)) {
      DurableFiles.forceDirectory(file.getParent());
    }
  }

  /**
   * The sessions the journals hold so far that {@code current} does not; read, not opened, so this
   * works while a session is being recorded.
   *
   * @throws StoreException ({@code JOURNAL_DAMAGED}) when a journal's events no longer apply
   */
  List<Session> sessionsSoFar(CommunityId community, Community current) {
    List<Session> inProgress = new ArrayList<>();
    try {
      for (SessionId id : sessions(community)) {
        Path file = layout.journalFile(community, id);
        List<CaptureEvent> events;
        try {
          events = Journal.read(file, DamagedJournalPolicy.SKIP_DAMAGED_LINES).events();
        } catch (NoSuchFileException e) {
          continue; // finished meanwhile: its session is in a newer archive
        }
        if (!events.isEmpty() && current.session(id).isEmpty()) {
          inProgress.add(sessionSoFar(current, events, file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inProgress;
  }

  /** The session a journal holds so far; a presentation still running counts as given. */
  private static Session sessionSoFar(Community community, List<CaptureEvent> events, Path file) {
    List<CaptureEvent> all = new ArrayList<>(events);
    Optional<CaptureEvent.PresentationStarted> running = Optional.empty();
    for (CaptureEvent e : events) {
      if (e instanceof CaptureEvent.PresentationStarted p) {
        running = Optional.of(p);
      } else if (e instanceof CaptureEvent.PresentationStopped) {
        running = Optional.empty();
      }
    }
    running.ifPresent(p -> all.add(new CaptureEvent.PresentationStopped(p.at().plusSeconds(1))));
    try {
      return SessionRecorder.replay(community, all).finish();
    } catch (InvalidValueException e) {
      int line = eventIndex(e.field()).orElse(0) + 1;
      throw StoreException.journalDoesNotApply(
          file, line, Refusals.expected(e.field(), e.expectation()));
    }
  }

  /** The index of the event a replay's error names ({@code events[3]...}), if it names one. */
  static Optional<Integer> eventIndex(String field) {
    Matcher m = EVENT_INDEX.matcher(field);
    return m.lookingAt() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
