package org.communityofpractice.core.store;

import java.util.List;
import org.communityofpractice.core.session.SessionId;

/**
 * The files beyond the current archive that an erasure or a retention sweep reached.
 *
 * @param backupsRewritten backups the change was carried into
 * @param backupsDeleted backups deleted: unreadable (so they could not be shown clean), or refusing
 *     an erasure
 * @param journalsRewritten sessions in progress whose journals were redacted
 * @param journalDamage damaged journal lines that were dropped: they could not be read to redact
 */
public record FilesReached(
    List<ArchiveVersion> backupsRewritten,
    List<ArchiveVersion> backupsDeleted,
    List<SessionId> journalsRewritten,
    List<RecoveryReport.DamagedLine> journalDamage) {
  /** Nothing reached. */
  public static final FilesReached NONE =
      new FilesReached(List.of(), List.of(), List.of(), List.of());

  public FilesReached {
    backupsRewritten = List.copyOf(backupsRewritten);
    backupsDeleted = List.copyOf(backupsDeleted);
    journalsRewritten = List.copyOf(journalsRewritten);
    journalDamage = List.copyOf(journalDamage);
  }
}
