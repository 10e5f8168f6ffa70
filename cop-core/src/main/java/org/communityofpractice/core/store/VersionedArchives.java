package org.communityofpractice.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.communityofpractice.core.store.internal.AtomicFiles;
import org.communityofpractice.core.store.internal.BoundedFiles;
import org.communityofpractice.core.store.internal.DurableFiles;
import org.communityofpractice.core.store.internal.StoreJson;
import org.communityofpractice.core.validation.internal.Refusals;

/**
 * A community's archive as numbered versions, one file each: the highest is the current archive,
 * the others its backups, the newest {@code keepBackups} of them kept. A save writes the next
 * version all or nothing and never overwrites one; only a change that must reach the backups (an
 * erasure) rewrites them, each all or nothing. Methods that write expect the caller to hold the
 * folder's lock.
 */
final class VersionedArchives {
  private final StoreLayout layout;
  private final int keepBackups;

  VersionedArchives(StoreLayout layout, int keepBackups) {
    this.layout = layout;
    this.keepBackups = keepBackups;
  }

  int keepBackups() {
    return keepBackups;
  }

  /** The versions of a community's archive, newest first. */
  List<Long> versions(CommunityId community) {
    return StoreLayout.versions(layout.folderOf(community));
  }

  private static ArchiveVersion currentOf(List<Long> versions) {
    return versions.isEmpty() ? ArchiveVersion.NONE : ArchiveVersion.of(versions.get(0));
  }

  /** The communities with an archive, in order. */
  List<CommunityId> communities() {
    List<CommunityId> ids = new ArrayList<>();
    if (!Files.isDirectory(layout.root())) {
      return ids;
    }
    try (DirectoryStream<Path> folders =
        Files.newDirectoryStream(layout.root(), Files::isDirectory)) {
      for (Path folder : folders) {
        String name = folder.getFileName().toString();
        if (name.matches("[A-Za-z0-9._-]{1,64}") && !StoreLayout.versions(folder).isEmpty()) {
          ids.add(CommunityId.of(name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  /** The current archive, or empty when the community has none. */
  Optional<StoredArchive> load(CommunityId community) {
    for (int attempt = 0; ; attempt++) {
      List<Long> versions = versions(community);
      if (versions.isEmpty()) {
        return Optional.empty();
      }
      ArchiveVersion current = ArchiveVersion.of(versions.get(0));
      try {
        return Optional.of(new StoredArchive(read(community, current), current));
      } catch (NoSuchFileException e) {
        if (attempt > 2) {
          throw new UncheckedIOException(e);
        }
        // pruned between listing and reading: list again
      } catch (Unreadable e) {
        throw e.corrupt(newestGoodBackup(community, versions));
      }
    }
  }

  /**
   * The current archive.
   *
   * @throws NoSuchElementException when the community has none
   */
  StoredArchive require(CommunityId community) {
    return load(community)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "community '" + community + "' has no archive in " + layout.root()));
  }

  /**
   * The current version, checked to be the one {@code expected}.
   *
   * @throws ArchiveConflictException when it is not
   */
  ArchiveVersion requireCurrent(CommunityId community, ArchiveVersion expected) {
    ArchiveVersion current = currentOf(versions(community));
    if (!current.equals(expected)) {
      throw new ArchiveConflictException(
          layout.folderOf(community).toString(), community, expected, current);
    }
    return current;
  }

  private Optional<ArchiveBackup> newestGoodBackup(CommunityId community, List<Long> versions) {
    for (int i = 1; i < versions.size(); i++) {
      ArchiveVersion v = ArchiveVersion.of(versions.get(i));
      try {
        read(community, v);
        return Optional.of(backup(community, v));
      } catch (IOException | Unreadable e) {
        // pruned or damaged too: look at an older one
      }
    }
    return Optional.empty();
  }

  /**
   * Saves {@code community} as the version after {@code expected}, then prunes the backups past
   * {@code keepBackups}. The caller holds the folder's lock.
   *
   * @throws ArchiveConflictException when the current version is not {@code expected}
   */
  ArchiveVersion save(CommunityId id, Community community, ArchiveVersion expected)
      throws IOException {
    Path folder = layout.folderOf(id);
    List<Long> versions = StoreLayout.versions(folder);
    ArchiveVersion current = currentOf(versions);
    if (!current.equals(expected)) {
      throw new ArchiveConflictException(folder.toString(), id, expected, current);
    }
    ArchiveVersion next = current.next();
    AtomicFiles.create(folder, layout.archiveFile(id, next), bytes(community));
    prune(folder, versions, next);
    return next;
  }

  private static byte[] bytes(Community community) {
    return StoreJson.ARCHIVE.write(community).getBytes(StandardCharsets.UTF_8);
  }

  private void prune(Path folder, List<Long> versionsBefore, ArchiveVersion current)
      throws IOException {
    boolean deleted = false;
    for (long v : versionsBefore) {
      if (v < current.value() - keepBackups) {
        deleted |= StoreLayout.deleteArchive(folder, v);
      }
    }
    if (deleted) {
      DurableFiles.forceDirectory(folder);
    }
  }

  /**
   * Changes every backup of a community in place, each all or nothing (temporary file, force,
   * atomic replace): for when a change such as an erasure must reach the backups too. A backup the
   * change gives empty for, or that cannot be read, is deleted: what cannot be read cannot be shown
   * to be free of what the change removes. The caller holds the folder's lock.
   *
   * @return the versions rewritten and the versions deleted
   */
  BackupChanges changeBackups(
      CommunityId community, Function<Community, Optional<Community>> change) throws IOException {
    Path folder = layout.folderOf(community);
    List<Long> versions = StoreLayout.versions(folder);
    List<ArchiveVersion> rewritten = new ArrayList<>();
    List<ArchiveVersion> deleted = new ArrayList<>();
    for (int i = 1; i < versions.size(); i++) {
      ArchiveVersion v = ArchiveVersion.of(versions.get(i));
      Path file = layout.archiveFile(community, v);
      Optional<Community> changed;
      try {
        Community backup = read(community, v);
        changed = change.apply(backup);
        if (changed.filter(backup::equals).isPresent()) {
          continue;
        }
      } catch (Unreadable e) {
        changed = Optional.empty();
      }
      if (changed.isEmpty()) {
        Files.deleteIfExists(file);
        deleted.add(v);
        continue;
      }
      AtomicFiles.replace(folder, file, bytes(changed.get()));
      rewritten.add(v);
    }
    DurableFiles.forceDirectory(folder);
    return new BackupChanges(rewritten, deleted);
  }

  /** What {@link #changeBackups} did. */
  record BackupChanges(List<ArchiveVersion> rewritten, List<ArchiveVersion> deleted) {}

  /** The backups of a community, newest first. */
  List<ArchiveBackup> backups(CommunityId community) {
    List<Long> versions = versions(community);
    List<ArchiveBackup> backups = new ArrayList<>();
    for (int i = 1; i < versions.size(); i++) {
      try {
        backups.add(backup(community, ArchiveVersion.of(versions.get(i))));
      } catch (NoSuchFileException e) {
        // pruned meanwhile
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return backups;
  }

  private ArchiveBackup backup(CommunityId community, ArchiveVersion version) throws IOException {
    Path file = layout.archiveFile(community, version);
    return new ArchiveBackup(version, Files.getLastModifiedTime(file).toInstant(), file.toString());
  }

  /**
   * A backup of a community.
   *
   * @throws NoSuchElementException when there is no backup of that version
   * @throws CorruptArchiveException when it does not read
   */
  Community loadBackup(CommunityId community, ArchiveVersion version) {
    List<Long> versions = versions(community);
    if (!versions.contains(version.value()) || versions.get(0) == version.value()) {
      throw new NoSuchElementException(
          "community '" + community + "' has no backup of version " + version);
    }
    try {
      return read(community, version);
    } catch (Unreadable e) {
      throw e.corrupt(
          newestGoodBackup(
              community, versions.subList(versions.indexOf(version.value()), versions.size())));
    } catch (NoSuchFileException e) {
      throw new NoSuchElementException(
          "community '" + community + "' has no backup of version " + version);
    }
  }

  /**
   * The current archive, or {@literal null} when it cannot be read (a save may then replace it).
   */
  Community currentOrNull(CommunityId community, ArchiveVersion version) throws IOException {
    try {
      return read(community, version);
    } catch (Unreadable e) {
      return null;
    }
  }

  /** A version of a community's archive, read strictly. */
  Community read(CommunityId community, ArchiveVersion version)
      throws NoSuchFileException, Unreadable {
    Path file = layout.archiveFile(community, version);
    byte[] bytes;
    try {
      bytes = BoundedFiles.read(file);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (BoundedFiles.RefusedFileException e) {
      throw new Unreadable(
          file,
          Optional.empty(),
          Refusals.said("reason.file", new Refusals.Expectation(e.reason())));
    } catch (IOException e) {
      throw new Unreadable(
          file,
          Optional.empty(),
          Refusals.said("reason.fileUnreadable", e.getClass().getSimpleName()));
    }
    String json =
        StoreJson.utf8(bytes, 0, bytes.length)
            .orElseThrow(
                () -> new Unreadable(file, Optional.empty(), Refusals.said("reason.fileNotUtf8")));
    Community read;
    try {
      read = StoreJson.ARCHIVE.read(json);
    } catch (ArchiveFormatException e) {
      throw new Unreadable(
          file,
          Optional.of(e.path()),
          Refusals.said(
              "reason.kind",
              Refusals.said("kind." + e.kind().name()),
              new Refusals.Expectation(e.expectation())));
    }
    if (!read.id().equals(community)) {
      throw new Unreadable(
          file,
          Optional.of("$.id"),
          Refusals.expected("must be the folder's community id '" + community + "'"));
    }
    return read;
  }

  /** Why an archive file does not read. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final Optional<String> jsonPath;

    @SuppressWarnings("serial") // never serialized: thrown and caught within this package
    private final transient Refusals.Said reason;

    Unreadable(Path file, Optional<String> jsonPath, Refusals.Said reason) {
      super(null, null, false, false);
      this.file = file;
      this.jsonPath = jsonPath;
      this.reason = reason;
    }

    CorruptArchiveException corrupt(Optional<ArchiveBackup> newestGoodBackup) {
      return new CorruptArchiveException(file.toString(), jsonPath, reason, newestGoodBackup);
    }
  }
}
