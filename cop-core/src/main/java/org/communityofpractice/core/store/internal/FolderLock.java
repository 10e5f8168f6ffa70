package org.communityofpractice.core.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock that lets one writer at a time change a community's folder, in this program (a lock per
 * folder) and across programs (a file lock on the folder's {@code .lock}). Whoever takes it finds
 * the folder created, the temporaries of crashed writes cleared and every file owner-only.
 */
public final class FolderLock {
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private FolderLock() {}

  /**
   * What is done under the lock.
   *
   * @param <T> what it gives
   */
  @FunctionalInterface
  public interface Locked<T> {
    /** Does the work; the lock is held. */
    T run() throws IOException;
  }

  /**
   * Runs {@code action} holding the folder's lock, in this program and across programs.
   *
   * @throws UncheckedIOException wrapping what the folder or {@code action} threw
   */
  @SuppressWarnings("try") // the lock is held for the block and released with it; it is never read
  public static <T> T underLock(Path folder, Locked<T> action) {
    ReentrantLock jvmLock = LOCKS.computeIfAbsent(folder, f -> new ReentrantLock());
    jvmLock.lock();
    try {
      if (OwnerOnly.createFolders(folder)) {
        DurableFiles.forceDirectory(folder.getParent());
      }
      try (FileChannel channel =
              FileChannel.open(
                  folder.resolve(".lock"),
                  Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                  OwnerOnly.file(folder));
          FileLock lock = channel.lock()) {
        AtomicFiles.clearTemporaries(folder); // none is in use: their writers held this lock
        OwnerOnly.tightenAll(folder); // files an older version wrote readable by all
        return action.run();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + folder, e);
    } finally {
      jvmLock.unlock();
    }
  }
}
