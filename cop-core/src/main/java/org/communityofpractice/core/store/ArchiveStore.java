package org.communityofpractice.core.store;

import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.rights.ErasureRequest;

/**
 * Where communities' archives are kept: a folder ({@link FileArchiveStore}), a database column, an
 * object store. A save names the version it changes, so two writers cannot overwrite each other:
 * the second gets {@link ArchiveConflictException} and nothing of its save is written.
 *
 * <pre>{@code
 * import org.communityofpractice.core.community.LifeCycleStage;
 * ArchiveStore store = FileArchiveStore.builder(folder.resolve("archives")).build();
 * ArchiveVersion v1 = store.save(community, ArchiveVersion.NONE);
 * StoredArchive loaded = store.load(community.id()).orElseThrow();
 * Community changed = loaded.community().enteringStage(LifeCycleStage.ADJOURNING, LocalDate.of(2019, 3, 1));
 * ArchiveVersion v2 = store.save(changed, loaded.version());
 * }</pre>
 *
 * <p>An implementation must make each save all-or-nothing: a reader sees the old version or the new
 * one, never a mix, whatever happens during the save. It keeps earlier versions as backups as it
 * sees fit, and never overwrites or restores anything on its own.
 *
 * <p>Erasure is the store's to carry out ({@link #erase}), since only the store reaches its
 * backups: an erasure made on a value and saved must reach them too, and it keeps a log of erasures
 * that every later save replays, so that saving an old copy cannot bring an erased person back.
 */
public interface ArchiveStore {

  /**
   * The current archive of a community.
   *
   * @param community the community's id; must not be {@literal null}
   * @return the archive and its version, or empty when none was ever saved
   * @throws CorruptArchiveException when it is stored but cannot be read
   */
  Optional<StoredArchive> load(CommunityId community);

  /**
   * Saves a community's archive as the next version, if {@code expected} is still the current one.
   * Erasures the store has logged are carried out again on {@code community} first, and erasures
   * {@code community} made (people the current archive holds, gone with a tombstone) are carried to
   * the backups and logged.
   *
   * @param community the community, must not be {@literal null}
   * @param expected the version the change was made to: {@link ArchiveVersion#NONE} for the first
   * @return the new version
   * @throws ArchiveConflictException when the current version is not {@code expected}
   */
  ArchiveVersion save(Community community, ArchiveVersion expected);

  /**
   * Erases a person from everything the store keeps of a community — the current archive, every
   * backup, anything kept of sessions being recorded — and logs the erasure so that later saves
   * replay it. When the current archive no longer holds the person but a backup does, the backups
   * are still erased.
   *
   * @param community the community's id; must not be {@literal null}
   * @param request whom to erase, when, by whom, why; must not be {@literal null}
   * @return what was done and reached, or why it was refused (then nothing changed)
   * @throws java.util.NoSuchElementException when the community has no archive
   */
  ErasureAcrossStore erase(CommunityId community, ErasureRequest request);

  /**
   * The earlier versions kept as backups, newest first.
   *
   * @param community the community's id; must not be {@literal null}
   * @return the backups, never {@literal null}; empty when none are kept or the community has no
   *     archive
   */
  List<ArchiveBackup> backups(CommunityId community);

  /**
   * Reads one backup.
   *
   * @param community the community's id; must not be {@literal null}
   * @param version the backup's version, one of {@link #backups}; must not be {@literal null}
   * @return the community as that backup holds it, never {@literal null}
   * @throws CorruptArchiveException when it cannot be read
   * @throws java.util.NoSuchElementException when there is no such backup
   */
  Community loadBackup(CommunityId community, ArchiveVersion version);

  /** {@return the communities with an archive, in id order; never {@literal null}} */
  List<CommunityId> communities();
}
