package org.communityofpractice.examples.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.ArchiveConflictException;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.DamagedJournalPolicy;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.core.store.LiveSession;
import org.communityofpractice.core.store.StoredArchive;

/**
 * The web app's way into the file store: every change is a new archive version (so backups, the
 * erasure log and journals apply as for any other caller), and every capture is a {@link
 * LiveSession} whose journal holds each entry before the page confirms it. Captures stay open
 * between requests; after a restart the first request for one resumes it from its journal.
 */
final class Store implements AutoCloseable {
  /** How often a change is tried again when another writer saved first: cop's own number. */
  private static final int ATTEMPTS = 3;

  private final FileArchiveStore files;
  private final Clock clock;
  private final Map<Key, LiveSession> live = new HashMap<>();
  private final PicturedSideFile sideFile;

  Store(FileArchiveStore files, Clock clock) {
    this.files = files;
    this.clock = clock;
    this.sideFile = new PicturedSideFile(files.root());
    sideFile.migrate(files);
  }

  /**
   * The photos {@code person} is pictured in: in finished sessions and in captures in progress
   * (each resumed from its journal to count them).
   */
  synchronized int photosOf(CommunityId id, PersonId person) {
    int n =
        (int)
            community(id).sessions().stream()
                .flatMap(s -> s.artefacts().stream())
                .filter(a -> a.pictures(person))
                .count();
    for (SessionId session : inProgress(id)) {
      n +=
          (int)
              live(id, session).recorder().events().stream()
                  .filter(
                      e ->
                          e instanceof CaptureEvent.ArtefactAdded a
                              && a.artefact().pictures(person))
                  .count();
    }
    return n;
  }

  /**
   * The captures in progress holding a photo of {@code person} that an earlier build of the app
   * recorded in its side file: erasing them waits until these are finished.
   */
  List<String> waitingPhotosOf(CommunityId id, PersonId person) {
    return sideFile.waitingFor(id, person);
  }

  private record Key(CommunityId community, SessionId session) {}

  FileArchiveStore files() {
    return files;
  }

  Clock clock() {
    return clock;
  }

  List<CommunityId> communities() {
    return files.communities();
  }

  /** The community's current archive; {@link NotFound} when the store has none. */
  StoredArchive load(CommunityId id) {
    return files.load(id).orElseThrow(NotFound::new);
  }

  Community community(CommunityId id) {
    return load(id).community();
  }

  /** Saves a new community; refused (as a conflict) when one with its id exists. */
  void create(Community community) {
    files.save(community, ArchiveVersion.NONE);
  }

  /**
   * Applies {@code change} to the current archive and saves it as the next version; when another
   * writer saved first, applies it again to theirs.
   */
  Community change(CommunityId id, UnaryOperator<Community> change) {
    for (int attempt = 1; ; attempt++) {
      StoredArchive stored = load(id);
      Community changed = change.apply(stored.community());
      try {
        files.save(changed, stored.version());
        return changed;
      } catch (ArchiveConflictException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** The sessions of a community being captured, or paused with a journal. */
  List<SessionId> inProgress(CommunityId id) {
    return files.sessionsInProgress(id);
  }

  /** Starts capturing a session; its journal exists when this returns. */
  synchronized LiveSession start(CommunityId id, SessionPlan plan) {
    LiveSession session = files.startSession(id, plan);
    live.put(new Key(id, plan.id()), session);
    return session;
  }

  /**
   * The capture of a session: the open one, or the one resumed from its journal after a restart or
   * a pause. {@link NotFound} when there is no journal (never started, or finished).
   */
  synchronized LiveSession live(CommunityId id, SessionId session) {
    Key key = new Key(id, session);
    LiveSession open = live.get(key);
    if (open != null) {
      return open;
    }
    if (!inProgress(id).contains(session)) {
      throw new NotFound();
    }
    LiveSession resumed =
        files.resumeSession(id, session, DamagedJournalPolicy.STRICT).orElseThrow(NotFound::new);
    live.put(key, resumed);
    return resumed;
  }

  /**
   * Records into a capture with nothing else in between: no pause, no erasure, no other entry (so
   * two browsers cannot give two actions the same id, nor write to a journal being closed).
   */
  synchronized <T> T record(
      CommunityId id, SessionId session, java.util.function.Function<SessionRecorder, T> entry) {
    return entry.apply(live(id, session).recorder());
  }

  /** Runs {@code work} with nothing else changing the store or a capture in between. */
  synchronized <T> T atomically(Supplier<T> work) {
    return work.get();
  }

  /** Closes a capture, keeping its journal: it resumes on the next request for it. */
  synchronized void pause(CommunityId id, SessionId session) {
    LiveSession open = live.remove(new Key(id, session));
    if (open != null) {
      close(open);
    }
  }

  /**
   * Runs {@code work} with every capture of the community paused (an erasure rewrites their
   * journals; a new person joins the register); each resumes from its journal on its next request.
   */
  synchronized <T> T withCapturesPaused(CommunityId id, Supplier<T> work) {
    for (Key key : new ArrayList<>(live.keySet())) {
      if (key.community().equals(id)) {
        pause(key.community(), key.session());
      }
    }
    return work.get();
  }

  /** Folds the capture into the archive; its journal goes. */
  synchronized Session finish(CommunityId id, SessionId session) {
    LiveSession capture = live(id, session);
    Session done = files.finishSession(capture);
    live.remove(new Key(id, session));
    sideFile.finished(files, id, session);
    return done;
  }

  Optional<LiveSession> openCapture(CommunityId id, SessionId session) {
    synchronized (this) {
      return Optional.ofNullable(live.get(new Key(id, session)));
    }
  }

  @Override
  public synchronized void close() {
    live.values().forEach(Store::close);
    live.clear();
  }

  private static void close(LiveSession session) {
    try {
      session.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Nothing at that address: no such community, person, topic or capture. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound() {
      super("not found");
    }
  }
}
