package org.communityofpractice.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Tombstone;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.ContributionHandling;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.Erasure;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.rights.Refusal;
import org.communityofpractice.core.rights.RequestOutcome;
import org.communityofpractice.core.rights.RetentionCategory;
import org.communityofpractice.core.rights.RetentionPolicy;
import org.communityofpractice.core.rights.RetentionReport;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.internal.AtomicFiles;
import org.communityofpractice.core.store.internal.BoundedFiles;
import org.communityofpractice.core.store.internal.DurableFiles;
import org.communityofpractice.core.store.internal.FolderLock;
import org.communityofpractice.core.store.internal.JournalRedaction;
import org.communityofpractice.core.store.internal.KeyedErasures;
import org.communityofpractice.core.store.internal.OwnerOnly;
import org.communityofpractice.core.store.internal.StoreJson;
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
 *       Lines, one event a line);
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
  private final Durability durability;
  private final Clock clock;

  private FileArchiveStore(Builder b) {
    this.layout = new StoreLayout(b.root.toAbsolutePath().normalize());
    this.archives = new VersionedArchives(layout, b.keepBackups);
    this.durability = b.durability;
    this.clock = b.clock;
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
          Community replayed = replayLocked(id, community);
          List<ErasureLog.Entry> erasedHere =
              current.equals(ArchiveVersion.NONE)
                  ? List.of()
                  : erasedBy(archives.currentOrNull(id, current), replayed);
          if (erasedHere.isEmpty()) {
            return archives.save(id, replayed, expected);
          }
          return carryLocked(id, erasedHere, Optional.of(replayed), expected)
              .version()
              .orElseThrow();
        });
  }

  /** {@code community} with the logged erasures carried out again on everyone it still holds. */
  private Community replayLocked(CommunityId id, Community community) throws IOException {
    List<KeyedErasures.Logged> logged = loggedErasures(id);
    if (logged.isEmpty()) {
      return community;
    }
    ErasureLog.Replay replay =
        key(id, false).naming(logged, community.register().ids()).replay(community);
    if (!replay.refused().isEmpty()) {
      throw StoreException.erasureNotReplayed(
          erasureLogFile(id).toString(), replay.refused().size());
    }
    return replay.community();
  }

  /**
   * The erasures that {@code after} carried out on people {@code before} holds: each person {@code
   * before} holds and {@code after} does not, paired with a tombstone {@code after} has and {@code
   * before} does not. The log does not know which of their words {@code after} kept, so its entries
   * remove them.
   */
  private static List<ErasureLog.Entry> erasedBy(Community before, Community after) {
    if (before == null) {
      return List.of();
    }
    List<ErasureLog.Entry> entries = new ArrayList<>();
    java.util.Set<PersonId> taken = new java.util.HashSet<>();
    for (Person p : before.register().people()) {
      if (after.register().holds(p.id())) {
        continue;
      }
      Optional<Tombstone> tombstone = tombstoneOf(p.id(), before, after, taken);
      tombstone.ifPresent(
          t -> {
            taken.add(t.id());
            entries.add(
                new ErasureLog.Entry(
                    new ErasureRequest(
                        p.id(),
                        t.erasedAt(),
                        t.actor(),
                        t.ground(),
                        ContributionHandling.REMOVE_TEXT),
                    t.id()));
          });
    }
    return entries;
  }

  /**
   * The tombstone that took {@code person}'s place going from {@code with} to {@code without}: one
   * {@code without} has that {@code with} does not know and that is not {@code taken}, preferring
   * one that stands where the person stood in the sessions both hold.
   */
  private static Optional<Tombstone> tombstoneOf(
      PersonId person, Community with, Community without, java.util.Set<PersonId> taken) {
    java.util.Set<PersonId> known = with.register().knownIds();
    List<Tombstone> candidates =
        new ArrayList<>(
            without.register().tombstones().stream()
                .filter(t -> !known.contains(t.id()) && !taken.contains(t.id()))
                .toList());
    for (Session s : with.sessions()) {
      if (!s.peopleNamed().contains(person)) {
        continue;
      }
      Optional<Session> there = without.session(s.id());
      if (there.isPresent()) {
        List<Tombstone> narrowed =
            candidates.stream().filter(t -> there.get().peopleNamed().contains(t.id())).toList();
        if (!narrowed.isEmpty()) {
          candidates = new ArrayList<>(narrowed);
        }
      }
    }
    return candidates.stream().findFirst();
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
   * that mention the person ({@link StoreErasure#mentionedIn()}).
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
  public StoreErasure erase(CommunityId community, ErasureRequest request) {
    Objects.requireNonNull(request, "request");
    Path folder = folderOf(community);
    return FolderLock.underLock(
        folder,
        () -> {
          StoredArchive stored = requireArchive(community);
          RequestOutcome<Erasure> outcome = DataSubjectRights.erase(stored.community(), request);
          if (outcome.isDone()) {
            Erasure erasure = outcome.result();
            Carried done =
                carryLocked(
                    community,
                    List.of(ErasureLog.Entry.of(erasure)),
                    Optional.of(erasure.community()),
                    stored.version());
            return new StoreErasure(
                outcome,
                done.version(),
                done.reached(),
                mentions(
                    erasure.community(),
                    stored.community().register().find(request.person()).orElseThrow()));
          }
          if (outcome.refusal().orElseThrow().reason() != Refusal.Reason.NOT_HELD) {
            return StoreErasure.refused(outcome);
          }
          return eraseLeftoversLocked(community, stored.community(), request)
              .orElse(StoreErasure.refused(outcome));
        });
  }

  /**
   * Erases a person the current archive no longer holds from the backups and journals that still
   * do; empty when none does.
   */
  private Optional<StoreErasure> eraseLeftoversLocked(
      CommunityId community, Community current, ErasureRequest request) throws IOException {
    PersonId person = request.person();
    Optional<Community> holding = Optional.empty();
    List<Long> versions = archives.versions(community);
    for (int i = 1; i < versions.size() && holding.isEmpty(); i++) {
      try {
        holding =
            Optional.of(archives.read(community, ArchiveVersion.of(versions.get(i))))
                .filter(b -> b.register().holds(person));
      } catch (VersionedArchives.Unreadable e) {
        // deleted by the erasure below if it comes to that
      }
    }
    List<Path> journals = closedJournals(community);
    boolean inJournals = false;
    JournalRedaction probe = new JournalRedaction(person, PersonId.of("erased-probe"), true);
    for (Path journal : journals) {
      List<CaptureEvent> events =
          Journal.read(journal, DamagedJournalPolicy.SKIP_DAMAGED_LINES).events();
      inJournals |= !probe.apply(events).equals(events);
    }
    if (holding.isEmpty() && !inJournals) {
      return Optional.empty();
    }
    List<KeyedErasures.Logged> logged = loggedErasures(community);
    Optional<PersonId> tombstoneId =
        logged.isEmpty()
            ? Optional.empty()
            : key(community, false).find(logged, person).map(ErasureLog.Entry::tombstone);
    java.util.Set<PersonId> loggedTombstones = new java.util.HashSet<>();
    logged.forEach(l -> loggedTombstones.add(l.entry().tombstone()));
    if (tombstoneId.isEmpty() && holding.isPresent()) {
      tombstoneId =
          tombstoneOf(person, holding.get(), current, loggedTombstones).map(Tombstone::id);
    }
    PersonId opaque =
        tombstoneId.isPresent() ? tombstoneId.get() : freshTombstoneId(community, current);
    Tombstone tombstone =
        current.register().tombstones().stream()
            .filter(t -> t.id().equals(opaque))
            .findFirst()
            .orElseGet(
                () ->
                    new Tombstone(
                        opaque,
                        request.at(),
                        request.actor().replacing(person, opaque),
                        request.ground()));
    Carried carried =
        carryLocked(
            community, List.of(new ErasureLog.Entry(request, opaque)), Optional.empty(), null);
    return Optional.of(
        new StoreErasure(
            RequestOutcome.done(new Erasure(current, tombstone, request)),
            Optional.empty(),
            carried.reached(),
            holding
                .map(h -> mentions(current, h.register().find(person).orElseThrow()))
                .orElse(List.of())));
  }

  /** An opaque id that neither the current archive nor any backup knows. */
  private PersonId freshTombstoneId(CommunityId community, Community current) throws IOException {
    java.util.Set<PersonId> known = new java.util.HashSet<>(current.register().knownIds());
    List<Long> versions = archives.versions(community);
    for (int i = 1; i < versions.size(); i++) {
      try {
        known.addAll(
            archives.read(community, ArchiveVersion.of(versions.get(i))).register().knownIds());
      } catch (VersionedArchives.Unreadable e) {
        // deleted by the erasure if it comes to that
      }
    }
    for (int n = current.register().tombstones().size() + 1; ; n++) {
      PersonId candidate = PersonId.of("erased-" + n);
      if (!known.contains(candidate)) {
        return candidate;
      }
    }
  }

  /**
   * Carries erasures to everything the store keeps: logs them (before the files: a crash leaves
   * them to replay), redacts the journals, saves {@code erased} as the next version when given, and
   * erases the people from the backups. The caller holds the folder's lock.
   */
  private Carried carryLocked(
      CommunityId community,
      List<ErasureLog.Entry> entries,
      Optional<Community> erased,
      ArchiveVersion expected)
      throws IOException {
    List<Path> journals = closedJournals(community); // refuses while a session is being recorded
    forgetInSendLogLocked(community, entries); // refuses while a report is being circulated
    logErasuresLocked(community, entries);
    List<RecoveryReport.DamagedLine> damage = new ArrayList<>();
    List<SessionId> redacted =
        redactJournals(
            journals, entries.stream().map(FileArchiveStore::redaction).toList(), damage);
    Optional<ArchiveVersion> version = Optional.empty();
    if (erased.isPresent()) {
      version = Optional.of(archives.save(community, erased.get(), expected));
    }
    VersionedArchives.BackupChanges backups =
        archives.changeBackups(community, backup -> eraseFrom(backup, entries));
    return new Carried(
        version, new FilesReached(backups.rewritten(), backups.deleted(), redacted, damage));
  }

  /**
   * Takes the erased people out of the community's send log, which names who was sent each report.
   * The caller holds the folder's lock.
   *
   * @throws StoreException ({@code SEND_LOG_IN_USE}) while a report is being circulated; nothing
   *     was changed
   */
  private void forgetInSendLogLocked(CommunityId community, List<ErasureLog.Entry> entries)
      throws IOException {
    Path file = SendLog.fileIn(this, community);
    if (entries.isEmpty() || !Files.exists(file)) {
      return;
    }
    java.util.Set<PersonId> people = new java.util.HashSet<>();
    entries.forEach(e -> people.add(e.request().person()));
    try (SendLog log = SendLog.open(file)) {
      Optional<byte[]> kept = log.without(people);
      if (kept.isPresent()) {
        AtomicFiles.replace(file.getParent(), file, kept.get());
        DurableFiles.forceDirectory(file.getParent());
      }
    }
  }

  /** What {@link #carryLocked} did. */
  private record Carried(Optional<ArchiveVersion> version, FilesReached reached) {}

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
  public StoreRetention applyRetention(
      CommunityId community, RetentionPolicy policy, Instant now, Actor actor) {
    Objects.requireNonNull(policy, "policy");
    Path folder = folderOf(community);
    return FolderLock.underLock(
        folder,
        () -> {
          StoredArchive stored = requireArchive(community);
          RetentionReport report = policy.sweep(stored.community(), now, actor);
          Community swept = report.community();
          List<JournalRedaction> redactions =
              report.erasures().stream().map(FileArchiveStore::redaction).toList();
          // a sweep that erases nobody leaves the journals alone, and may run while a session is
          // recorded
          List<Path> journals = report.erasures().isEmpty() ? List.of() : closedJournals(community);
          forgetInSendLogLocked(community, report.erasures());
          logErasuresLocked(community, report.erasures());
          List<RecoveryReport.DamagedLine> damage = new ArrayList<>();
          List<SessionId> redacted = redactJournals(journals, redactions, damage);
          ArchiveVersion version = archives.save(community, swept, stored.version());
          List<PersonId> anonymised =
              report.anonymised().stream()
                  .filter(a -> a.category() != RetentionCategory.WHOLE_RECORD)
                  .map(RetentionReport.Anonymisation::person)
                  .distinct()
                  .toList();
          VersionedArchives.BackupChanges backups =
              archives.changeBackups(
                  community,
                  backup -> {
                    return eraseFrom(withEntriesOf(backup, swept, anonymised), report.erasures());
                  });
          return new StoreRetention(
              report,
              version,
              new FilesReached(backups.rewritten(), backups.deleted(), redacted, damage));
        });
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
    try {
      return loggedErasures(community).stream().map(l -> l.entry().tombstone()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    try {
      List<KeyedErasures.Logged> logged = loggedErasures(community);
      return logged.isEmpty() ? Optional.empty() : key(community, false).find(logged, person);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    try {
      List<KeyedErasures.Logged> logged = loggedErasures(community);
      ErasureLog log =
          logged.isEmpty()
              ? ErasureLog.empty()
              : key(community, false).naming(logged, restored.register().ids());
      return log.replay(restored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<KeyedErasures.Logged> loggedErasures(CommunityId community) throws IOException {
    Path file = erasureLogFile(community);
    if (!Files.exists(file)) {
      return List.of();
    }
    byte[] bytes;
    try {
      bytes = BoundedFiles.read(file);
    } catch (BoundedFiles.RefusedFileException e) {
      throw new CorruptArchiveException(
          file.toString(), Optional.empty(), "the file " + e.reason(), Optional.empty());
    }
    String json =
        StoreJson.utf8(bytes, 0, bytes.length)
            .orElseThrow(
                () ->
                    new CorruptArchiveException(
                        file.toString(),
                        Optional.empty(),
                        "the file is not UTF-8 text",
                        Optional.empty()));
    try {
      return KeyedErasures.read(json);
    } catch (KeyedErasures.Malformed e) {
      throw new CorruptArchiveException(
          file.toString(), Optional.of(e.path()), e.getMessage(), Optional.empty());
    }
  }

  /**
   * The community's erasure key; made when missing and {@code create}, else refused when missing.
   */
  private KeyedErasures key(CommunityId community, boolean create) throws IOException {
    Path file = erasureKeyFile(community);
    if (Files.exists(file)) {
      String hex = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
      if (!hex.matches("[0-9a-f]{" + 2 * KeyedErasures.KEY_BYTES + "}")) {
        throw new CorruptArchiveException(
            file.toString(),
            Optional.empty(),
            "must hold the erasure log's key: "
                + 2 * KeyedErasures.KEY_BYTES
                + " lower-case hex digits",
            Optional.empty());
      }
      return new KeyedErasures(java.util.HexFormat.of().parseHex(hex));
    }
    if (!create) {
      throw new CorruptArchiveException(
          file.toString(),
          Optional.empty(),
          "is missing: the erasure log cannot be matched to anyone without it; restore it from where the"
              + " store was copied",
          Optional.empty());
    }
    byte[] key = new byte[KeyedErasures.KEY_BYTES];
    new SecureRandom().nextBytes(key);
    AtomicFiles.writeNew(
        file, (java.util.HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII));
    DurableFiles.forceDirectory(file.getParent());
    return new KeyedErasures(key);
  }

  /** Adds erasures to the erasure log, all or nothing. */
  private void logErasuresLocked(CommunityId community, List<ErasureLog.Entry> erasures)
      throws IOException {
    if (erasures.isEmpty()) {
      return;
    }
    List<KeyedErasures.Logged> logged = new ArrayList<>(loggedErasures(community));
    KeyedErasures key = key(community, logged.isEmpty());
    for (ErasureLog.Entry erasure : erasures) {
      if (key.find(logged, erasure.request().person()).isEmpty()) {
        logged.add(key.log(erasure));
      }
    }
    Path folder = folderOf(community);
    AtomicFiles.replace(
        folder,
        erasureLogFile(community),
        KeyedErasures.write(logged).getBytes(StandardCharsets.UTF_8));
    DurableFiles.forceDirectory(folder);
  }

  /**
   * The sessions of {@code after} (the community without the person) whose words, by others,
   * mention the person's name or given name: an erasure takes the person's own words, and cannot
   * tell a mention from a namesake.
   */
  private static List<SessionId> mentions(Community after, Person person) {
    List<String> names = new ArrayList<>();
    names.add(person.name());
    String given = person.name().strip().split("\\s+")[0];
    if (given.length() >= 3) {
      names.add(given);
    }
    List<Pattern> patterns =
        names.stream()
            .map(
                n ->
                    Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            .toList();
    List<SessionId> found = new ArrayList<>();
    for (Session s : after.sessions()) {
      if (texts(s).anyMatch(t -> patterns.stream().anyMatch(p -> p.matcher(t).find()))) {
        found.add(s.id());
      }
    }
    return found;
  }

  /** Every free text of a session. */
  private static java.util.stream.Stream<String> texts(Session s) {
    List<String> t = new ArrayList<>();
    s.title().ifPresent(t::add);
    s.chairsIntroduction().ifPresent(t::add);
    s.bestHopes().forEach(h -> t.add(h.text()));
    s.presentation()
        .ifPresent(
            p -> {
              t.add(p.title());
              p.summary().ifPresent(t::add);
            });
    s.contributions().forEach(c -> t.add(c.text()));
    s.scaling().forEach(r -> r.onePointUpIdeas().forEach(i -> t.add(i.text())));
    s.actions().forEach(a -> t.add(a.text()));
    s.smallSteps().forEach(k -> t.add(k.text()));
    t.addAll(s.conclusions());
    t.addAll(s.recommendations());
    t.addAll(s.questions());
    s.artefacts()
        .forEach(
            a -> {
              t.add(a.caption());
              t.add(a.altText());
            });
    return t.stream();
  }

  private static JournalRedaction redaction(ErasureLog.Entry erasure) {
    ErasureRequest request = erasure.request();
    return new JournalRedaction(
        request.person(),
        erasure.tombstone(),
        request.contributions() == ContributionHandling.REMOVE_TEXT);
  }

  /**
   * The backup with the people erased, leaving the tombstone ids the current archive has; unchanged
   * when it holds none of them, empty when it refuses.
   */
  private static Optional<Community> eraseFrom(Community backup, List<ErasureLog.Entry> erasures) {
    ErasureLog.Replay replay = new ErasureLog(erasures).replay(backup);
    return replay.refused().isEmpty() ? Optional.of(replay.community()) : Optional.empty();
  }

  /** The backup with these people's register entries as the current archive has them. */
  private static Community withEntriesOf(
      Community backup, Community current, List<PersonId> people) {
    if (people.stream().noneMatch(backup.register()::holds)) {
      return backup;
    }
    List<Person> entries =
        backup.register().people().stream()
            .map(p -> people.contains(p.id()) ? current.register().find(p.id()).orElse(p) : p)
            .toList();
    return Community.builder()
        .from(backup)
        .register(MemberRegister.builder().from(backup.register()).people(entries).build())
        .build();
  }

  /**
   * The journals of a community, each checked not to be open for writing, so that redacting them
   * cannot fail half way for that reason; leftovers of an interrupted rewrite are removed.
   */
  private List<Path> closedJournals(CommunityId community) throws IOException {
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

  private static List<SessionId> redactJournals(
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
    Community current = requireArchive(community).community();
    List<Session> inProgress = new ArrayList<>();
    try {
      for (SessionId id : sessionsInProgress(community)) {
        Path file = journalFile(community, id);
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

  /** The session a journal holds so far; a presentation still running counts as given. */
  private Session sessionSoFar(Community community, List<CaptureEvent> events, Path file) {
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
      Matcher m = Pattern.compile("events\\[(\\d+)\\]").matcher(e.field());
      int line = m.lookingAt() ? Integer.parseInt(m.group(1)) + 1 : 1;
      throw StoreException.journalDoesNotApply(file, line, e.field() + " " + e.expectation());
    }
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
    Community current = requireArchive(community).community();
    Path file = journalFile(community, plan.id());
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

  /**
   * The sessions of a community with a journal: being recorded, or interrupted.
   *
   * @param community the community's id; must not be {@literal null}
   * @return the sessions' ids, never {@literal null}; empty when there are none
   * @throws UncheckedIOException when the journals' folder cannot be read
   */
  public List<SessionId> sessionsInProgress(CommunityId community) {
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
    Community current = requireArchive(community).community();
    Path file = journalFile(community, session);
    try {
      if (current.session(session).isPresent()) {
        removeJournal(file);
        return Optional.empty();
      }
      Journal.Opened opened = Journal.open(file, recovery, durability);
      try {
        if (opened.events().isEmpty()) {
          opened.journal().close();
          removeJournal(file);
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
      Matcher m = Pattern.compile("events\\[(\\d+)\\]").matcher(e.field());
      int index = m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
      throw StoreException.journalDoesNotApply(
          opened.journal().file(),
          opened.lineNumbers().get(index),
          e.field() + " " + e.expectation());
    }
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
    Session session = live.recorder().finish();
    for (int attempt = 1; ; attempt++) {
      StoredArchive stored = requireArchive(live.community());
      if (stored.community().session(session.id()).isPresent()) {
        break;
      }
      try {
        save(withSession(stored.community(), session), stored.version());
        break;
      } catch (ArchiveConflictException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
    try {
      live.close();
      removeJournal(live.journalFile());
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

  private static void removeJournal(Path file) throws IOException {
    if (Files.deleteIfExists(file)) {
      DurableFiles.forceDirectory(file.getParent());
    }
  }

  private StoredArchive requireArchive(CommunityId community) {
    return archives.require(community);
  }

  @Override
  public String toString() {
    return "FileArchiveStore[" + layout.root() + ", keepBackups=" + archives.keepBackups() + "]";
  }
}
