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
  public ArchiveBackup {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(savedAt, "savedAt");
    Objects.requireNonNull(location, "location");
  }
}
