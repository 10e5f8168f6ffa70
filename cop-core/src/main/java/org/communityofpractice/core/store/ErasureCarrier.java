package org.communityofpractice.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Tombstone;
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
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.internal.AtomicFiles;
import org.communityofpractice.core.store.internal.DurableFiles;
import org.communityofpractice.core.store.internal.JournalRedaction;

/**
 * Carries an erasure, or what a retention sweep removed, from the current archive to every copy the
 * store keeps of a community: the erasure log first (a crash leaves it to replay), then the
 * journals, the send log, the next archive version and the backups. The caller holds the folder's
 * lock.
 */
final class ErasureCarrier {
  private final StoreLayout layout;
  private final VersionedArchives archives;
  private final ErasureLogFiles erasureLog;
  private final JournalFolder journals;

  ErasureCarrier(
      StoreLayout layout,
      VersionedArchives archives,
      ErasureLogFiles erasureLog,
      JournalFolder journals) {
    this.layout = layout;
    this.archives = archives;
    this.erasureLog = erasureLog;
    this.journals = journals;
  }

  /**
   * Erases a person from the current archive and every copy; see {@link FileArchiveStore#erase}.
   */
  ErasureAcrossStore erase(CommunityId community, ErasureRequest request) throws IOException {
    StoredArchive stored = archives.require(community);
    RequestOutcome<Erasure> outcome = DataSubjectRights.erase(stored.community(), request);
    if (outcome.isDone()) {
      Erasure erasure = outcome.result();
      Carried done =
          carry(
              community,
              List.of(ErasureLog.Entry.of(erasure)),
              Optional.of(erasure.community()),
              stored.version());
      return new ErasureAcrossStore(
          outcome,
          done.version(),
          done.reached(),
          Mentions.of(
              erasure.community(),
              stored.community().register().find(request.person()).orElseThrow()));
    }
    if (outcome.refusal().orElseThrow().reason() != Refusal.Reason.NOT_HELD) {
      return ErasureAcrossStore.refused(outcome);
    }
    return eraseLeftovers(community, stored.community(), request)
        .orElse(ErasureAcrossStore.refused(outcome));
  }

  /**
   * Erases a person the current archive no longer holds from the backups and journals that still
   * do; empty when none does.
   */
  private Optional<ErasureAcrossStore> eraseLeftovers(
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
    List<Path> closed = journals.closed(community);
    boolean inJournals = false;
    JournalRedaction probe = new JournalRedaction(person, PersonId.of("erased-probe"), true);
    for (Path journal : closed) {
      List<CaptureEvent> events =
          Journal.read(journal, DamagedJournalPolicy.SKIP_DAMAGED_LINES).events();
      inJournals |= !probe.apply(events).equals(events);
    }
    if (holding.isEmpty() && !inJournals) {
      return Optional.empty();
    }
    ErasureLogFiles.Logged logged = erasureLog.lookUp(community, person);
    Optional<PersonId> tombstoneId = logged.tombstone();
    Set<PersonId> loggedTombstones = new HashSet<>(logged.tombstones());
    if (tombstoneId.isEmpty() && holding.isPresent()) {
      tombstoneId =
          ErasuresBetween.tombstoneOf(person, holding.get(), current, loggedTombstones)
              .map(Tombstone::id);
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
        carry(community, List.of(new ErasureLog.Entry(request, opaque)), Optional.empty(), null);
    return Optional.of(
        new ErasureAcrossStore(
            RequestOutcome.done(new Erasure(current, tombstone, request)),
            Optional.empty(),
            carried.reached(),
            holding
                .map(h -> Mentions.of(current, h.register().find(person).orElseThrow()))
                .orElse(List.of())));
  }

  /** An opaque id that neither the current archive nor any backup knows. */
  private PersonId freshTombstoneId(CommunityId community, Community current) throws IOException {
    Set<PersonId> known = new HashSet<>(current.register().knownIds());
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
   * erases the people from the backups.
   */
  Carried carry(
      CommunityId community,
      List<ErasureLog.Entry> entries,
      Optional<Community> erased,
      ArchiveVersion expected)
      throws IOException {
    List<Path> closed = journals.closed(community); // refuses while a session is being recorded
    forgetInSendLog(community, entries); // refuses while a report is being circulated
    erasureLog.log(community, entries);
    List<RecoveryReport.DamagedLine> damage = new ArrayList<>();
    List<SessionId> redacted =
        JournalFolder.redact(
            closed, entries.stream().map(ErasureCarrier::redaction).toList(), damage);
    Optional<ArchiveVersion> version = Optional.empty();
    if (erased.isPresent()) {
      version = Optional.of(archives.save(community, erased.get(), expected));
    }
    VersionedArchives.BackupChanges backups =
        archives.changeBackups(community, backup -> eraseFrom(backup, entries));
    return new Carried(
        version, new FilesReached(backups.rewritten(), backups.deleted(), redacted, damage));
  }

  /** What {@link #carry} did. */
  record Carried(Optional<ArchiveVersion> version, FilesReached reached) {}

  /**
   * Runs a retention sweep over a community's archive and carries what it removed to the backups
   * and journals; see {@link FileArchiveStore#applyRetention}.
   */
  RetentionAcrossStore applyRetention(
      CommunityId community, RetentionPolicy policy, Instant now, Actor actor) throws IOException {
    StoredArchive stored = archives.require(community);
    RetentionReport report = policy.sweep(stored.community(), now, actor);
    Community swept = report.community();
    List<JournalRedaction> redactions =
        report.erasures().stream().map(ErasureCarrier::redaction).toList();
    // a sweep that erases nobody leaves the journals alone, and may run while a session is
    // recorded
    List<Path> closed = report.erasures().isEmpty() ? List.of() : journals.closed(community);
    forgetInSendLog(community, report.erasures());
    erasureLog.log(community, report.erasures());
    List<RecoveryReport.DamagedLine> damage = new ArrayList<>();
    List<SessionId> redacted = JournalFolder.redact(closed, redactions, damage);
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
            backup -> eraseFrom(withEntriesOf(backup, swept, anonymised), report.erasures()));
    return new RetentionAcrossStore(
        report,
        version,
        new FilesReached(backups.rewritten(), backups.deleted(), redacted, damage));
  }

  /**
   * Takes the erased people out of the community's send log, which names who was sent each report.
   *
   * @throws StoreException ({@code SEND_LOG_IN_USE}) while a report is being circulated; nothing
   *     was changed
   */
  private void forgetInSendLog(CommunityId community, List<ErasureLog.Entry> entries)
      throws IOException {
    Path file = SendLog.fileIn(layout.folderOf(community));
    if (entries.isEmpty() || !Files.exists(file)) {
      return;
    }
    Set<PersonId> people = new HashSet<>();
    entries.forEach(e -> people.add(e.request().person()));
    try (SendLog log = SendLog.open(file)) {
      Optional<byte[]> kept = log.without(people);
      if (kept.isPresent()) {
        AtomicFiles.replace(file.getParent(), file, kept.get());
        DurableFiles.forceDirectory(file.getParent());
      }
    }
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
}
