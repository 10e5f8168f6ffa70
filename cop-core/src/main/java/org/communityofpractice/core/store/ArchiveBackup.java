package org.communityofpractice.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An earlier version of a community's archive, kept as a backup.
 *
 * @param version its version
 * @param savedAt when it was saved
 * @param location where it is, such as a file's path
 */
public record ArchiveBackup(ArchiveVersion version, Instant savedAt, String location) {
  /**
   * Checks the record.
   *
   * @param version its version; must not be {@literal null}
   * @param savedAt when it was saved; must not be {@literal null}
   * @param location where it is, such as a file's path; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public ArchiveBackup {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(savedAt, "savedAt");
    Objects.requireNonNull(location, "location");
  }
}
