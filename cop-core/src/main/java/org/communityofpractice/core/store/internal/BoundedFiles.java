package org.communityofpractice.core.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.communityofpractice.core.json.ArchiveJson;

/**
 * Reads the store's files only when reading them is bounded: a regular file (a pipe would block a
 * reader forever, a device never end) of at most {@link #MAX_BYTES}, checked before a byte is read,
 * and read so that a file that grows meanwhile is refused rather than read whole.
 */
public final class BoundedFiles {
  /**
   * The largest archive, erasure log or journal read: the archive reader's own limit, {@link
   * ArchiveJson#MAX_DOCUMENT_LENGTH} (64 MiB), since a journal's events and an erasure log's
   * entries end up in an archive too.
   */
  public static final long MAX_BYTES = ArchiveJson.MAX_DOCUMENT_LENGTH;

  private BoundedFiles() {}

  /**
   * Why a file was not read; the message says so in words a person can act on, and names no
   * content.
   */
  public static final class RefusedFileException extends IOException {
    private static final long serialVersionUID = 1L;

    RefusedFileException(Path file, String reason) {
      super(file + ": " + reason);
      this.reason = reason;
    }

    private final String reason;

    /** The reason alone, such as "is not a regular file". */
    public String reason() {
      return reason;
    }
  }

  /**
   * Refuses anything but a regular file of at most {@link #MAX_BYTES}, without opening it.
   *
   * @throws java.nio.file.NoSuchFileException when there is no such file
   * @throws RefusedFileException when it is not a regular file, or is too large
   */
  public static void requireReadable(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new RefusedFileException(
          file, "is not a regular file (a folder, a pipe or a device is never read)");
    }
    requireSize(file, attributes.size());
  }

  /** Refuses a size above {@link #MAX_BYTES}. */
  public static void requireSize(Path file, long size) throws RefusedFileException {
    if (size > MAX_BYTES) {
      throw new RefusedFileException(
          file, "is larger than the " + MAX_BYTES + " bytes (64 MiB) read at most");
    }
  }

  /**
   * The bytes of a file {@link #requireReadable} takes; refused if it grows past the bound
   * meanwhile.
   */
  public static byte[] read(Path file) throws IOException {
    requireReadable(file);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      requireSize(file, bytes.length);
      return bytes;
    }
  }
}
