package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.store.CorruptArchiveException;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.core.store.StoredArchive;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Where the commands find a community: an archive JSON file, or a community's folder in a file
 * store (the folder {@code cop demo} writes, holding {@code archive-000000000001.json} and its
 * backups). Every failure is a {@link UserError} naming the file and, for bad JSON, the JSON path.
 */
final class Archives {
  private static final ArchiveJson JSON = ArchiveJson.create();

  private Archives() {}

  /** A community in a file store, with the version a change of it must name. */
  record InStore(FileArchiveStore store, CommunityId id, StoredArchive archive, Path folder) {
    Community community() {
      return archive.community();
    }
  }

  /** Reads the community at {@code location}: a JSON file, or a store folder. */
  static Community read(Path location) {
    requireExists(location);
    if (!Files.isDirectory(location)) {
      return readFile(location);
    }
    return findIn(location)
        .orElseThrow(() -> UserError.usage(ToolText.says("archive.holdsNone", location)))
        .community();
  }

  /**
   * Opens the store holding the community at {@code location}, for commands that change it: a store
   * folder, or the current archive file in one. A plain JSON file is refused, since changes are
   * written only through a store, which keeps backups and journals.
   */
  static InStore inStore(Path location) {
    requireExists(location);
    Path folder = Files.isDirectory(location) ? location : location.toAbsolutePath().getParent();
    Optional<InStore> found = folder == null ? Optional.empty() : findIn(folder);
    if (found.isEmpty()) {
      throw UserError.usage(ToolText.says("archive.notAStore", location));
    }
    InStore in = found.get();
    if (!Files.isDirectory(location)
        && !location
            .toAbsolutePath()
            .equals(in.store().archiveFile(in.id(), in.archive().version()).toAbsolutePath())) {
      throw UserError.usage(ToolText.says("archive.backup", location, in.folder()));
    }
    return in;
  }

  private static Optional<InStore> findIn(Path folder) {
    FileArchiveStore asRoot = FileArchiveStore.builder(folder).build();
    List<CommunityId> communities = asRoot.communities();
    if (communities.size() > 1) {
      throw UserError.usage(
          ToolText.says(
              "archive.several",
              folder,
              communities.stream().map(CommunityId::value).collect(Collectors.joining(", "))));
    }
    if (communities.size() == 1) {
      return load(asRoot, communities.get(0), asRoot.folderOf(communities.get(0)));
    }
    Path root = folder.toAbsolutePath().getParent();
    CommunityId id;
    try {
      id = CommunityId.of(folder.toAbsolutePath().getFileName().toString());
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
    return root == null
        ? Optional.empty()
        : load(FileArchiveStore.builder(root).build(), id, folder);
  }

  private static Optional<InStore> load(FileArchiveStore store, CommunityId id, Path folder) {
    try {
      return store.load(id).map(a -> new InStore(store, id, a, folder));
    } catch (CorruptArchiveException e) {
      throw UserError.invalid(ToolText.core(e::messageIn));
    }
  }

  private static Community readFile(Path file) {
    // checked before opening: opening a pipe blocks until someone writes to it, maybe forever
    if (!Files.isRegularFile(file)) {
      throw UserError.invalid(ToolText.says("archive.notARegularFile", file));
    }
    try {
      if (Files.size(file) > ArchiveJson.MAX_DOCUMENT_LENGTH) {
        throw UserError.invalid(
            ToolText.says("archive.tooLarge", file, ArchiveJson.MAX_DOCUMENT_LENGTH));
      }
    } catch (IOException e) {
      throw UserError.invalid(ToolText.says("archive.unreadable", file, FileProblems.describe(e)));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return JSON.read(in);
    } catch (ArchiveFormatException e) {
      // the message places a fault the parser found at its line and column itself
      throw UserError.invalid(ToolText.says("archive.invalid", file, ToolText.core(e::messageIn)));
    } catch (NoSuchFileException e) {
      throw UserError.usage(ToolText.says("archive.noSuchFile", file));
    } catch (IOException e) {
      throw UserError.invalid(ToolText.says("archive.unreadable", file, FileProblems.describe(e)));
    }
  }

  private static void requireExists(Path location) {
    if (!Files.exists(location)) {
      throw UserError.usage(ToolText.says("archive.missing", location));
    }
  }
}
