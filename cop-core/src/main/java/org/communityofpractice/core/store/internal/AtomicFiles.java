package org.communityofpractice.core.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a whole file all or nothing: the bytes go to a temporary file beside it, forced to the
 * disk, which then atomically takes the file's name. After a crash at any moment the file is the
 * old one or the new one, never a mix; what a crash leaves is a temporary file, which {@link
 * #clearTemporaries} removes.
 */
public final class AtomicFiles {
  private static final String TEMPORARY_PREFIX = ".tmp-";

  private AtomicFiles() {}

  /**
   * Writes a file that must not exist yet, forced to the disk, owner-only; not atomic by itself
   * (the caller gives it a name no reader looks at, or reads it only whole).
   */
  private static void writeNew(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel =
        FileChannel.open(
            file,
            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            OwnerOnly.file(file.getParent()))) {
      DurableFiles.writeFully(channel, ByteBuffer.wrap(bytes));
      channel.force(true);
    }
  }

  /**
   * Creates {@code file} in {@code folder} all or nothing, and forces the folder.
   *
   * @throws FileAlreadyExistsException when the file exists; nothing is written then
   */
  public static void create(Path folder, Path file, byte[] bytes) throws IOException {
    Path temp = temporary(folder);
    try {
      writeNew(temp, bytes);
      if (Files.exists(file)) {
        throw new FileAlreadyExistsException(file.toString());
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      DurableFiles.forceDirectory(folder);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Replaces {@code file}, or creates it, all or nothing, through a temporary file in {@code
   * folder}. The caller forces the folder.
   */
  public static void replace(Path folder, Path file, byte[] bytes) throws IOException {
    Path temp = temporary(folder);
    try {
      writeNew(temp, bytes);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Removes the temporary files that interrupted writes left in {@code folder}; call it only where
   * no write can be under way (under the folder's lock).
   */
  public static void clearTemporaries(Path folder) throws IOException {
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMPORARY_PREFIX + "*")) {
      for (Path t : temps) {
        Files.deleteIfExists(t);
      }
    }
  }

  private static Path temporary(Path folder) {
    return folder.resolve(TEMPORARY_PREFIX + UUID.randomUUID() + ".json");
  }
}
