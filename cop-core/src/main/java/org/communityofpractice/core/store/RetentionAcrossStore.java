package org.communityofpractice.core.store;

import java.util.Objects;
import org.communityofpractice.core.rights.RetentionReport;

/**
 * What a retention sweep did across a store: the sweep's report on the current archive, the version
 * saved, and the backups and journals it reached.
 *
 * @param report what the sweep removed from the current archive
 * @param version the archive version saved
 * @param reached the backups and journals the sweep reached
 */
public record RetentionAcrossStore(
    RetentionReport report, ArchiveVersion version, FilesReached reached) {
  /**
   * Checks the record.
   *
   * @param report what the sweep removed from the current archive; must not be {@literal null}
   * @param version the archive version saved; must not be {@literal null}
   * @param reached the backups and journals the sweep reached; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public RetentionAcrossStore {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(reached, "reached");
  }
}
