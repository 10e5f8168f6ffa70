package org.communityofpractice.core.store;

import java.util.List;
import java.util.Objects;
import org.communityofpractice.core.rights.RetentionReport;
import org.communityofpractice.core.session.SessionId;

/**
 * What a retention sweep did across a store: the sweep's report on the current archive, the
 * version saved, and the backups and journals it reached.
 *
 * @param report what the sweep removed from the current archive
 * @param version the archive version saved
 * @param backupsRewritten backups brought in line with the sweep
 * @param backupsDeleted backups deleted: unreadable, or refusing an erasure the sweep made
 * @param journalsRewritten sessions in progress whose journals were redacted for people erased
 */
public record StoreRetention(
    RetentionReport report,
    ArchiveVersion version,
    List<ArchiveVersion> backupsRewritten,
    List<ArchiveVersion> backupsDeleted,
    List<SessionId> journalsRewritten) {
  public StoreRetention {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(version, "version");
    backupsRewritten = List.copyOf(backupsRewritten);
    backupsDeleted = List.copyOf(backupsDeleted);
    journalsRewritten = List.copyOf(journalsRewritten);
  }
}
