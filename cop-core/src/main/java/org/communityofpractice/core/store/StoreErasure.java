package org.communityofpractice.core.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.rights.Erasure;
import org.communityofpractice.core.rights.RequestOutcome;
import org.communityofpractice.core.session.SessionId;

/**
 * What an erasure did across a store: the erasure itself (or why it was refused), the archive
 * version it saved, and the backups and journals it reached.
 *
 * <pre>{@code
 * StoreErasure done = store.erase(community.id(), ErasureRequest.of(sam, now, actor, ground));
 * done.outcome().isDone();       // false when refused, and then nothing was changed
 * done.backupsDeleted();         // backups that could not be read, and so could not be shown clean
 * }</pre>
 *
 * @param outcome the erasure of the current archive, or its refusal
 * @param version the archive version saved, when done
 * @param backupsRewritten backups the person was erased from
 * @param backupsDeleted backups deleted: unreadable, or refusing the erasure
 * @param journalsRewritten sessions in progress whose journals were redacted
 * @param journalDamage damaged journal lines that were dropped, which could not be read to redact
 */
public record StoreErasure(
    RequestOutcome<Erasure> outcome,
    Optional<ArchiveVersion> version,
    List<ArchiveVersion> backupsRewritten,
    List<ArchiveVersion> backupsDeleted,
    List<SessionId> journalsRewritten,
    List<RecoveryReport.DamagedLine> journalDamage) {
  public StoreErasure {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(version, "version");
    backupsRewritten = List.copyOf(backupsRewritten);
    backupsDeleted = List.copyOf(backupsDeleted);
    journalsRewritten = List.copyOf(journalsRewritten);
    journalDamage = List.copyOf(journalDamage);
  }

  static StoreErasure refused(RequestOutcome<Erasure> outcome) {
    return new StoreErasure(outcome, Optional.empty(), List.of(), List.of(), List.of(), List.of());
  }
}
