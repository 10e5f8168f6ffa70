package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.communityofpractice.core.community.Community;

/**
 * Archives read on several threads and handed out one at a time, in the order given: the reading
 * (most of an analysis over many archives) uses every core while what consumes them stays on one
 * thread and sees the same order as a plain loop, so its results are the same to the last digit.
 *
 * <p>At most {@code threads + 1} archives are held at once: one being consumed, and on each thread
 * one being read or read and waiting its turn. The number of threads is the processors Java may
 * use, but no more than one per {@value #HEAP_PER_READ_MIB} MiB of the heap (cop's own allowance:
 * an archive within the reader's limits reads in 256 MiB, which {@code ReadingMemoryTest} holds),
 * and at least one. A failed read is thrown as it was, when its turn comes; the reads after it are
 * cancelled.
 *
 * <p>The bound, then: besides the archive being consumed (whose model, for an archive as cop writes
 * it, takes about twice the archive's size), the reads ahead hold at most {@code threads × 256}
 * MiB, which is at most half the heap once the heap is 512 MiB or more. Below that the one thread
 * still reads one archive ahead, so two archives are held where a plain loop would hold one: about
 * four times an archive's size for archives as cop writes them, but up to 512 MiB for two built to
 * cost the most the reader allows.
 */
final class ReadAhead implements Iterator<Community>, AutoCloseable {
  /** Heap allowed for each archive read at the same time, in MiB (cop's own figure, see above). */
  static final long HEAP_PER_READ_MIB = 512;

  private final Iterator<Path> paths;
  private final Function<Path, Community> read;
  private final ExecutorService pool;
  private final int window;
  private final Deque<Future<Community>> pending = new ArrayDeque<>();

  private ReadAhead(List<Path> paths, Function<Path, Community> read, int threads) {
    this.paths = paths.iterator();
    this.read = read;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "cop-read");
              t.setDaemon(true);
              return t;
            });
    this.window = threads;
    fill();
  }

  /**
   * Reads {@code paths} with {@code read}, ahead of what is asked for, on as many threads as fit.
   */
  static ReadAhead of(List<Path> paths, Function<Path, Community> read) {
    long heapMib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    int threads =
        (int)
            Math.max(
                1,
                Math.min(Runtime.getRuntime().availableProcessors(), heapMib / HEAP_PER_READ_MIB));
    return new ReadAhead(paths, read, Math.min(threads, Math.max(1, paths.size())));
  }

  private void fill() {
    while (pending.size() < window && paths.hasNext()) {
      Path next = paths.next();
      pending.add(pool.submit(() -> read.apply(next)));
    }
  }

  @Override
  public boolean hasNext() {
    return !pending.isEmpty();
  }

  @Override
  public Community next() {
    Future<Community> first = pending.poll();
    if (first == null) {
      throw new NoSuchElementException();
    }
    try {
      Community community = first.get();
      fill();
      return community;
    } catch (ExecutionException e) {
      close();
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      close();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading archives", e);
    }
  }

  @Override
  public void close() {
    pending.forEach(f -> f.cancel(true));
    pending.clear();
    pool.shutdownNow();
  }
}
