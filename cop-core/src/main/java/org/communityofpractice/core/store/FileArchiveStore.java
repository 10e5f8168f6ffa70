package org.communityofpractice.core.store;

import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.rights.RequestOutcome;
import org.communityofpractice.core.rights.RetentionPolicy;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.internal.FolderLock;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The embedded {@link ArchiveStore}: a folder per community under a root folder.
 *
 * <pre>{@code
 * FileArchiveStore store = FileArchiveStore.builder(folder.resolve("archives")).keepBackups(10).build();
 * store.save(community, ArchiveVersion.NONE);
 * try (LiveSession live = store.startSession(community.id(), plan)) {
 *   live.recorder().arrived(sam);                  // in the journal when this returns
 *   store.finishSession(live);                     // folded into the archive, journal removed
 * }
 * }</pre>
 *
 * <p>Layout of {@code <root>/<community id>/}:
 *
 * <ul>
 *   <li>{@code archive-000000000007.json} — the archive JSON ({@link
 *       org.communityofpractice.core.json.ArchiveJson}); the file with the highest version is the
 *       current archive, the others are its backups, the newest {@code keepBackups} of them kept;
 *   <li>{@code journals/<session id>.jsonl} — the journal of each session being recorded (JSON
 *       Lines, one event a line; while it is open, or after a crash, the file may end in a run of
 *       zero bytes written ahead of the lines, which closing the journal cuts off);
 *   <li>{@code .lock} — taken while saving.
 * </ul>
 *
 * <p><b>Saving.</b> A save writes the new version to a temporary file, forces it to the disk, moves
 * it atomically to its versioned name and forces the folder: after a crash or power cut at any
 * moment the current archive is the old version or the new one, never a mix. Saves of one community
 * are serialized by a lock (in this program and, through a file lock, across programs); under it
 * the version the save expects is compared with the current one, and a save that lost the race gets
 * {@link ArchiveConflictException} with nothing written. Nothing is ever overwritten: each version
 * has a file of its own.
 *
 * <p><b>Reading.</b> A current archive that does not read gives {@link CorruptArchiveException}
 * naming the file and JSON path and the newest backup that reads; the store changes nothing.
 *
 * <p>Community and session ids become file names; the ids {@code .} and {@code ..} are refused. On
 * a file system that ignores case, two ids that differ only in case share a folder: keep ids in
 * lower case there.
 */
public final class FileArchiveStore implements ArchiveStore {
  private final StoreLayout layout;
  private final VersionedArchives archives;
  private final ErasureLogFiles erasureLog;
  private final JournalFolder journals;
  private final ErasureCarrier erasures;
  private final LiveSessions live;

  private FileArchiveStore(Builder b) {
    this.layout = new StoreLayout(b.root.toAbsolutePath().normalize());
    this.archives = new VersionedArchives(layout, b.keepBackups);
    this.erasureLog = new ErasureLogFiles(layout);
    this.journals = new JournalFolder(layout);
    this.erasures = new ErasureCarrier(layout, archives, erasureLog, journals);
    this.live = new LiveSessions(layout, archives, b.durability, b.clock);
  }

  /**
   * A store in {@code root}, created when first saved to.
   *
   * @param root the folder holding a folder per community, must not be {@literal null}
   * @return a builder: 10 backups, every event forced, the system clock
   */
  public static Builder builder(Path root) {
    return new Builder(root);
  }

  /** Builds a {@link FileArchiveStore}. */
  public static final class Builder {
    private final Path root;
    private int keepBackups = 10;
    private Durability durability = Durability.everyEvent();
    private Clock clock = Clock.systemUTC();

    private Builder(Path root) {
      this.root = Objects.requireNonNull(root, "root");
    }

    /**
     * How many earlier versions to keep besides the current one; 0 keeps none. The default, 10, is
     * cop's own choice (the guide gives none): a round number of saves to step back through, small
     * enough that an erasure has few copies to reach. A charity with a retention schedule should
     * set its own.
     *
     * @param keepBackups how many, not negative
     * @return this builder, never {@literal null}
     * @throws InvalidValueException naming {@code keepBackups} when it is negative
     */
    public Builder keepBackups(int keepBackups) {
      if (keepBackups < 0) {
        throw InvalidValueException.of("keepBackups", "must not be negative", keepBackups);
      }
      this.keepBackups = keepBackups;
      return this;
    }

    /**
     * When journal appends are forced; see {@link Durability} for the risk of group commit.
     *
     * @param durability when to force; must not be {@literal null}
     * @return this builder, never {@literal null}
     */
    public Builder durability(Durability durability) {
      this.durability = Objects.requireNonNull(durability, "durability");
      return this;
    }

    /**
     * The clock recorders stamp presentations with.
     *
     * @param clock the clock, {@link Clock#systemUTC()} by default; must not be {@literal null}
     * @return this builder, never {@literal null}
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * {@return the store over the builder's root folder, never {@literal null}; nothing is written
     * until the first save}
     */
    public FileArchiveStore build() {
      return new FileArchiveStore(this);
    }
  }

  /** {@return the root folder, never {@literal null}} */
  public Path root() {
    return layout.root();
  }

  /**
   * The folder of a community's archive, backups and journals.
   *
   * @param community the community's id; must not be {@literal null}
   * @return the folder's path, whether or not it exists; never {@literal null}
   */
  public Path folderOf(CommunityId community) {
    return layout.folderOf(community);
  }

  /**
   * The file of a version of a community's archive.
   *
   * @param community the community's id; must not be {@literal null}
   * @param version the version; must not be {@literal null}
   * @return the file's path, whether or not it exists; never {@literal null}
   */
  public Path archiveFile(CommunityId community, ArchiveVersion version) {
    return layout.archiveFile(community, version);
  }

  /**
   * The journal of a session of a community.
   *
   * @param community the community's id; must not be {@literal null}
   * @param session the session's id; must not be {@literal null}
   * @return the file's path, whether or not it exists; never {@literal null}
   */
  public Path journalFile(CommunityId community, SessionId session) {
    return layout.journalFile(community, session);
  }

  // ---- archives ----

  @Override
  public Optional<StoredArchive> load(CommunityId community) {
    Objects.requireNonNull(community, "community");
    return archives.load(community);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The store's erasure log is replayed on {@code community} first, so that saving a copy from
   * before an erasure (a restored backup, the demo run again) does not bring an erased person back:
   * the version saved is then not quite the one given — load it to see it. And when {@code
   * community} erased people the current archive holds ({@link DataSubjectRights#erase} on a
   * value), the erasure is carried to the backups and journals and logged, as {@link #erase} does;
   * their words are removed there, whatever the erasure did with them.
   *
   * @throws StoreException ({@code ERASURE_NOT_REPLAYED}) when {@code community} holds someone the
   *     log erased and refuses their erasure again (restricted for a legal claim there); nothing is
   *     saved
   * @throws StoreException ({@code JOURNAL_IN_USE}) when {@code community} erased someone while a
   *     session is being recorded; nothing is saved
   */
  @Override
  public ArchiveVersion save(Community community, ArchiveVersion expected) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(expected, "expected");
    CommunityId id = community.id();
    return FolderLock.underLock(
        folderOf(id),
        () -> {
          ArchiveVersion current = archives.requireCurrent(id, expected);
          Community replayed = erasureLog.replayed(id, community);
          List<ErasureLog.Entry> erasedHere =
              current.equals(ArchiveVersion.NONE)
                  ? List.of()
                  : ErasuresBetween.of(archives.currentOrNull(id, current), replayed);
          if (erasedHere.isEmpty()) {
            return archives.save(id, replayed, expected);
          }
          return erasures
              .carry(id, erasedHere, Optional.of(replayed), expected)
              .version()
              .orElseThrow();
        });
  }

  @Override
  public List<ArchiveBackup> backups(CommunityId community) {
    return archives.backups(community);
  }

  @Override
  public Community loadBackup(CommunityId community, ArchiveVersion version) {
    return archives.loadBackup(community, version);
  }

  @Override
  public List<CommunityId> communities() {
    return archives.communities();
  }

  // ---- erasure and retention ----

  /**
   * Erases a person from everything the store keeps of a community: the current archive (saved as a
   * new version), every backup (rewritten in place, or deleted when it cannot be read or refuses),
   * and the journal of every session in progress (redacted: the person's place goes to their
   * tombstone's opaque id, their words go or stay unattributed as the request says). Afterwards no
   * file under the community's folder holds the person's name, contact details or anything their
   * access report listed as theirs. The erasure is added to the {@linkplain #erasureLogFile erasure
   * log} first.
   *
   * <p>When the current archive no longer holds the person (it was saved after an erasure made on
   * the value) but a backup or a journal still does, those are erased, leaving the tombstone the
   * current archive has for them; the outcome is then done with no version saved.
   *
   * <p>What the store cannot reach is said in the result: reports, exports and tables written from
   * the archive earlier, copies kept elsewhere (replay the log on them), and other people's words
   * that mention the person ({@link ErasureAcrossStore#mentionedIn()}).
   *
   * <p>Refused, with nothing changed, when the erasure is refused (the person is held nowhere in
   * the store, or is held for a legal claim). Sessions being recorded must be closed first: their
   * journals are rewritten, and a recorder holds what was said in memory.
   *
   * @throws NoSuchElementException when the community has no archive
   * @throws StoreException ({@code JOURNAL_IN_USE}) when a session of the community is being
   *     recorded; nothing was changed
   * @throws StoreException ({@code SEND_LOG_IN_USE}) when a report of the community is being
   *     circulated (the erasure takes the person out of the send log too); nothing was changed
   */
  @Override
  public ErasureAcrossStore erase(CommunityId community, ErasureRequest request) {
    Objects.requireNonNull(request, "request");
    return FolderLock.underLock(folderOf(community), () -> erasures.erase(community, request));
  }

  /**
   * Runs a retention sweep over a community's archive and carries what it removed to the backups
   * (each person the sweep anonymised gets the current archive's entry there; each person it erased
   * is erased there) and to the journals of sessions in progress (redacted for each person erased).
   *
   * @param community the community's id; must not be {@literal null}
   * @param policy the retention policy; must not be {@literal null}
   * @param now the instant to judge at; must not be {@literal null}
   * @param actor who runs the sweep, for the audit; must not be {@literal null}
   * @return what the sweep did and reached, with the archive version saved; never {@literal null}
   * @throws NoSuchElementException when the community has no archive
   * @throws StoreException ({@code JOURNAL_IN_USE}) when a session of the community is being
   *     recorded; nothing was changed
   */
  public RetentionAcrossStore applyRetention(
      CommunityId community, RetentionPolicy policy, Instant now, Actor actor) {
    Objects.requireNonNull(policy, "policy");
    return FolderLock.underLock(
        folderOf(community), () -> erasures.applyRetention(community, policy, now, actor));
  }

  /**
   * The file of a community's erasure log: every erasure carried out through this store, by {@link
   * #erase}, a retention sweep or a {@link #save} of a community that erased someone, in order. It
   * names each erased person by a keyed hash of their id (the key is {@link #erasureKeyFile}),
   * never by id, name or words, with the opaque id of the tombstone each left. Keep a copy of both
   * files wherever the archives are copied, and keep them longer than the copies.
   *
   * @param community the community's id; must not be {@literal null}
   * @return the file's path, whether or not it exists; never {@literal null}
   */
  public Path erasureLogFile(CommunityId community) {
    return layout.erasureLogFile(community);
  }

  /**
   * The file of the key the erasure log's hashes are made with: random (in hex), made when the
   * first erasure is logged, owner-only, and never written into an archive. Without it the log
   * cannot be matched to anyone, and the store refuses to save or replay rather than let erased
   * people back.
   *
   * @param community the community's id; must not be {@literal null}
   * @return the file's path, whether or not it exists; never {@literal null}
   */
  public Path erasureKeyFile(CommunityId community) {
    return layout.erasureKeyFile(community);
  }

  /**
   * The erasures logged for a community, in order, each named by the opaque id of the tombstone it
   * left; empty when there were none.
   *
   * @param community the community's id; must not be {@literal null}
   * @return the opaque ids, in the order erased; never {@literal null}
   * @throws CorruptArchiveException when the log, or its key, cannot be read
   */
  public List<PersonId> erasures(CommunityId community) {
    return erasureLog.tombstones(community);
  }

  /**
   * The logged erasure of {@code person}, if the log holds one: it is found by hashing the id
   * given, so only someone who knows the id can ask.
   *
   * @param community the community's id; must not be {@literal null}
   * @param person the id the person had; must not be {@literal null}
   * @return the entry, or empty when the log holds no erasure of that id
   * @throws CorruptArchiveException when the log, or its key, cannot be read
   */
  public Optional<ErasureLog.Entry> erasureOf(CommunityId community, PersonId person) {
    Objects.requireNonNull(person, "person");
    return erasureLog.find(community, person);
  }

  /**
   * Carries out the logged erasures again on a copy of the community restored from elsewhere, such
   * as an offsite copy from before an erasure: everyone it still holds whom the log erased is
   * erased again, leaving the same opaque id. {@link #save} does this itself; this is for copies
   * that are not saved back.
   *
   * <pre>{@code
   * Community restored = community;                // an old backup, read back
   * Community safe = store.replayErasures(community.id(), restored).community();
   * }</pre>
   *
   * @param community the community's id; must not be {@literal null}
   * @param restored the restored copy; must not be {@literal null}
   * @return what the replay did, with the community after it; never {@literal null}
   * @throws CorruptArchiveException when the log, or its key, cannot be read
   */
  public ErasureLog.Replay replayErasures(CommunityId community, Community restored) {
    Objects.requireNonNull(restored, "restored");
    return erasureLog.replayOn(community, restored);
  }

  // ---- access ----

  /**
   * Everything the store holds about a person in a community, for a subject access request: what
   * the current archive holds ({@link DataSubjectRights#access}) and what the journals of sessions
   * in progress or interrupted hold — their arrival, words, ratings, a presentation still running —
   * and what the send log records as delivered to them. Journals and the send log are read, not
   * opened, so this works while a session is being recorded or a report circulated.
   *
   * @param community the community's id; must not be {@literal null}
   * @param person the person's id; must not be {@literal null}
   * @return the report, or the refusal when the register does not hold the person
   * @throws NoSuchElementException when the community has no archive
   * @throws StoreException ({@code JOURNAL_DAMAGED}) when a journal's events no longer apply to the
   *     archive
   */
  public RequestOutcome<AccessReport> access(CommunityId community, PersonId person) {
    Objects.requireNonNull(person, "person");
    Community current = archives.require(community).community();
    List<Session> inProgress = journals.sessionsSoFar(community, current);
    RequestOutcome<AccessReport> outcome = DataSubjectRights.access(current, person, inProgress);
    if (!outcome.isDone()) {
      return outcome;
    }
    return RequestOutcome.done(
        outcome
            .result()
            .withSent(
                SendLog.deliveredTo(SendLog.fileIn(this, community), person).stream()
                    .map(e -> new AccessReport.Sent(e.circulation(), e.at()))
                    .toList()));
  }

  // ---- sessions being recorded ----

  /**
   * Starts recording a session of a stored community: creates its journal and opens a recorder that
   * writes every event to it.
   *
   * @param community the community's id; must not be {@literal null}
   * @param plan the session's plan; must not be {@literal null}
   * @return the live session, open until finished or closed; never {@literal null}
   * @throws NoSuchElementException when the community has no archive
   * @throws UncheckedIOException wrapping a {@link FileAlreadyExistsException} when the session
   *     already has a journal: resume it instead
   */
  public LiveSession startSession(CommunityId community, SessionPlan plan) {
    return live.start(community, plan);
  }

  /**
   * The sessions of a community with a journal: being recorded, or interrupted.
   *
   * @param community the community's id; must not be {@literal null}
   * @return the sessions' ids, never {@literal null}; empty when there are none
   * @throws UncheckedIOException when the journals' folder cannot be read
   */
  public List<SessionId> sessionsInProgress(CommunityId community) {
    return journals.sessions(community);
  }

  /**
   * Resumes a session whose recording was interrupted: reopens its journal (a torn last line is
   * dropped; other damage is handled as {@code recovery} says) and replays it. A journal whose
   * session the archive already holds (the program stopped between folding it and removing the
   * journal) is removed, as is one that holds no whole event (the program stopped while starting
   * it, before any record call returned); both give empty.
   *
   * @param community the community's id; must not be {@literal null}
   * @param session the session's id; must not be {@literal null}
   * @param recovery what to do with damaged lines before the last; must not be {@literal null}
   * @return the live session, or empty when there was nothing to resume
   * @throws StoreException ({@code JOURNAL_DAMAGED}) when the journal is damaged before its last
   *     line under {@link DamagedJournalPolicy#STRICT}, or an event no longer applies to the
   *     archive
   */
  public Optional<LiveSession> resumeSession(
      CommunityId community, SessionId session, DamagedJournalPolicy recovery) {
    return live.resume(community, session, recovery);
  }

  /**
   * Finishes a session: folds it into the community's archive as a new version, then closes and
   * removes its journal. When another writer saved meanwhile, the session is folded into the newer
   * version (adding a session does not depend on the rest), a few times at most.
   *
   * @param live the live session, started or resumed by this store; must not be {@literal null}
   * @return the session as folded
   * @throws ArchiveConflictException when other writers kept saving first
   */
  public Session finishSession(LiveSession live) {
    return this.live.finish(live, this::save);
  }

  @Override
  public String toString() {
    return "FileArchiveStore[" + layout.root() + ", keepBackups=" + archives.keepBackups() + "]";
  }
}
