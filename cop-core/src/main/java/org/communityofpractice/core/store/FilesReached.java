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

  /**
   * Checks the record.
   *
   * @param backupsRewritten backups the change was carried into; must not be {@literal null}
   * @param backupsDeleted backups deleted: unreadable (so they could not be shown clean), or
   *     refusing an erasure; must not be {@literal null}
   * @param journalsRewritten sessions in progress whose journals were redacted; must not be
   *     {@literal null}
   * @param journalDamage damaged journal lines that were dropped: they could not be read to redact;
   *     must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public FilesReached {
    backupsRewritten = List.copyOf(backupsRewritten);
    backupsDeleted = List.copyOf(backupsDeleted);
    journalsRewritten = List.copyOf(journalsRewritten);
    journalDamage = List.copyOf(journalDamage);
  }
}
