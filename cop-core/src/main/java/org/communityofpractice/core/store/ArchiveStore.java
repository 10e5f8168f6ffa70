package org.communityofpractice.core.store;

import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;

/**
 * Where communities' archives are kept: a folder ({@link FileArchiveStore}), a database column, an
 * object store. A save names the version it changes, so two writers cannot overwrite each other:
 * the second gets {@link ArchiveConflictException} and nothing of its save is written.
 *
 * <pre>{@code
 * ArchiveStore store = FileArchiveStore.builder(Path.of("archives")).build();
 * ArchiveVersion v1 = store.save(community, ArchiveVersion.NONE);
 * StoredArchive loaded = store.load(community.id()).orElseThrow();
 * ArchiveVersion v2 = store.save(changed, loaded.version());
 * }</pre>
 *
 * <p>An implementation must make each save all-or-nothing: a reader sees the old version or the
 * new one, never a mix, whatever happens during the save. It keeps earlier versions as backups as
 * it sees fit, and never overwrites or restores anything on its own.
 */
public interface ArchiveStore {

  /**
   * The current archive of a community.
   *
   * @return the archive and its version, or empty when none was ever saved
   * @throws CorruptArchiveException when it is stored but cannot be read
   */
  Optional<StoredArchive> load(CommunityId community);

  /**
   * Saves a community's archive as the next version, if {@code expected} is still the current one.
   *
   * @param community the community, must not be {@literal null}
   * @param expected the version the change was made to: {@link ArchiveVersion#NONE} for the first
   * @return the new version
   * @throws ArchiveConflictException when the current version is not {@code expected}
   */
  ArchiveVersion save(Community community, ArchiveVersion expected);

  /** The earlier versions kept as backups, newest first. */
  List<ArchiveBackup> backups(CommunityId community);

  /**
   * Reads one backup.
   *
   * @throws CorruptArchiveException when it cannot be read
   * @throws java.util.NoSuchElementException when there is no such backup
   */
  Community loadBackup(CommunityId community, ArchiveVersion version);

  /** The communities with an archive, in id order. */
  List<CommunityId> communities();
}
