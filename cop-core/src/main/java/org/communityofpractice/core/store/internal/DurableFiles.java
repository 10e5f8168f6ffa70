package org.communityofpractice.core.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The few file operations that make a write survive a crash or a power cut. */
public final class DurableFiles {
  private DurableFiles() {}

  /** Writes every byte, however many calls the channel needs. */
  public static void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  /** Writes every byte at {@code position}, however many calls the channel needs. */
  public static void writeFully(FileChannel channel, ByteBuffer bytes, long position)
      throws IOException {
    long at = position;
    while (bytes.hasRemaining()) {
      at += channel.write(bytes, at);
    }
  }

  /**
   * Forces a directory's entries to the disk, so a file just created, moved or deleted in it stays
   * so after a power cut. Where the platform cannot open a directory (Windows), the file system
   * orders this itself and nothing is done.
   */
  public static void forceDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      if (System.getProperty("os.name", "").startsWith("Windows")) {
        return;
      }
      throw e;
    }
  }
}
