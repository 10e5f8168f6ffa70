package org.communityofpractice.core.store.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only permissions for everything the store writes — the register, with lived experience, is
 * in its files — where the file system has POSIX permissions: folders {@code rwx------}, files
 * {@code rw-------}. Elsewhere (Windows) the folder's own access rules apply and nothing is done.
 */
public final class OwnerOnly {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OwnerOnly.class);
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];

  private OwnerOnly() {}

  /**
   * The attributes that create a file owner-only in {@code folder}; none where POSIX is missing.
   */
  public static FileAttribute<?>[] file(Path folder) {
    return posix(folder)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
        : NONE;
  }

  /**
   * Creates {@code folder} and any missing parents, each owner-only; folders that exist are left as
   * they are (a store's root may be a folder of the user's).
   *
   * @return whether {@code folder} was created
   */
  public static boolean createFolders(Path folder) throws IOException {
    Path absolute = folder.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return false;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      createFolders(parent);
    }
    Files.createDirectory(absolute, folderAttributes(parent));
    return true;
  }

  private static FileAttribute<?>[] folderAttributes(Path parent) {
    return parent != null && posix(parent)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FOLDER)}
        : NONE;
  }

  /**
   * Makes a file or folder the store wrote owner-only, and, for a folder, everything in it
   * (symbolic links are not followed).
   */
  public static void tightenAll(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !posix(folder)) {
      return;
    }
    tightenIfOwned(folder);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          tightenAll(p);
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          tightenIfOwned(p);
        }
      }
    }
  }

  /**
   * Tightens what this user may change; a file of another user's is left, with a warning (its path
   * only).
   */
  private static void tightenIfOwned(Path path) {
    try {
      tighten(path);
    } catch (IOException e) {
      LOG.warn("could not make {} owner-only ({})", path, e.getClass().getSimpleName());
    }
  }

  /** Makes one file or folder owner-only, where POSIX permissions exist. */
  public static void tighten(Path path) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> wanted =
        Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE;
    if (!view.readAttributes().permissions().equals(wanted)) {
      view.setPermissions(wanted);
    }
  }

  private static boolean posix(Path path) {
    try {
      return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
    } catch (IOException e) {
      return false;
    }
  }
}
