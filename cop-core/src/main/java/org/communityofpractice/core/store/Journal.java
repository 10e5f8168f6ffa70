package org.communityofpractice.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.EventSink;
import org.communityofpractice.core.store.internal.BoundedFiles;
import org.communityofpractice.core.store.internal.DurableFiles;
import org.communityofpractice.core.store.internal.OwnerOnly;

/**
 * An append-only file of a session's {@link CaptureEvent}s in JSON Lines, one event a line, written
 * as each event is recorded. It is the {@link EventSink} of a {@link
 * org.communityofpractice.core.capture.SessionRecorder}: under {@link Durability#everyEvent()} each
 * event is forced to the disk ({@code FileChannel.force}) before the record call returns.
 *
 * <pre>{@code
 * import org.communityofpractice.core.capture.SessionRecorder;
 * Path file = folder.resolve("prison-release-4.jsonl");
 * try (Journal journal = Journal.create(file, Durability.everyEvent())) {
 *   SessionRecorder recorder = SessionRecorder.start(community, plan, Clock.systemUTC(), journal);
 *   recorder.arrived(sam);                          // on the disk when this returns
 * }
 * // after a crash:
 * Journal.Opened opened = Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent());
 * SessionRecorder again = SessionRecorder.replay(community, opened.events(), Clock.systemUTC(), opened.journal());
 * }</pre>
 *
 * <p>Each line is {@code {"seq":n,"crc32c":"…","event":{"type":"…",…}}}: the sequence number is the
 * line number and the CRC-32C covers the event, so a line a power cut tore, or one damaged later,
 * is told from a good one. A torn last line is dropped (its record call never returned) and
 * reported; damage before the last line refuses to open unless the caller chooses {@link
 * DamagedJournalPolicy#SKIP_DAMAGED_LINES}, and is reported line by line. Nothing is dropped
 * silently.
 *
 * <p>The file grows in chunks of {@value #CHUNK_BYTES} bytes written as zeros ahead of the events,
 * so that an append overwrites space the file already has: forcing it then writes the line, not
 * also the file's new size, which is what makes forcing every event affordable (the file's size
 * changes once a chunk, not once an event). The lines end at the last non-zero byte; closing the
 * journal cuts the unused zeros off, so a closed journal is plain JSON Lines. After a crash the
 * file may end in a run of zero bytes: every reader takes a run of zeros that reaches the end of
 * the file for unused space, not damage (a JSON line never holds a zero byte). A line torn by the
 * crash ends before those zeros, or holds zeros where the disk kept a later part of it but not an
 * earlier one, and is dropped and reported as any torn last line.
 *
 * <p>A journal is locked while open, so a second writer gets a {@link StoreException} ({@code
 * JOURNAL_IN_USE}). If an append fails the journal takes the partial line back where it can and
 * refuses further appends; reopen it to go on.
 *
 * <p>Not part of the API: users reach a journal through {@link FileArchiveStore#startSession} and
 * {@link FileArchiveStore#resumeSession}, which hand out a {@link LiveSession}.
 */
final class Journal implements EventSink, AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Durability durability;

  /** Where the lines end: the next line is written here. */
  private long end;

  /** The file's size: from {@link #end} to here it holds zeros, written ahead of the lines. */
  private long allocated;

  private long seq;
  private int unforced;
  private long firstUnforcedNanos;
  private boolean broken;
  private boolean closed;

  /**
   * The events of an opened journal, with the journal ready to take more.
   *
   * @param journal the journal, open for appending
   * @param events the events kept, in order
   * @param lineNumbers the line each event was read from, from 1
   * @param report what opening found
   */
  record Opened(
      Journal journal,
      List<CaptureEvent> events,
      List<Integer> lineNumbers,
      RecoveryReport report) {
    public Opened {
      Objects.requireNonNull(journal, "journal");
      events = List.copyOf(events);
      lineNumbers = List.copyOf(lineNumbers);
      Objects.requireNonNull(report, "report");
    }
  }

  /**
   * The events of a journal read without opening it for appending.
   *
   * @param events the events kept, in order
   * @param report what reading found
   */
  record Contents(List<CaptureEvent> events, RecoveryReport report) {
    public Contents {
      events = List.copyOf(events);
      Objects.requireNonNull(report, "report");
    }
  }

  /**
   * How much the file grows at a time, in bytes, written as zeros: 64 KiB, cop's own default. An
   * event's line is some 150 to 300 bytes, so the file's size, and with it the file's metadata that
   * a force must also write, changes about once every few hundred events instead of at each one;
   * and a crashed journal wastes at most this much space until it is reopened or closed.
   */
  static final int CHUNK_BYTES = 64 * 1024;

  private Journal(
      Path file, FileChannel channel, FileLock lock, Durability durability, long seq, long end) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.durability = durability;
    this.seq = seq;
    this.end = end;
    this.allocated = end;
  }

  /**
   * Creates a new, empty journal; the file must not exist. The file's directory entry is forced to
   * the disk before this returns.
   *
   * @param file the journal's file, must not {@literal null}
   * @param durability when appends are forced
   * @return the journal, open for appending
   * @throws java.nio.file.FileAlreadyExistsException when the file exists
   */
  public static Journal create(Path file, Durability durability) throws IOException {
    Objects.requireNonNull(durability, "durability");
    FileChannel channel =
        FileChannel.open(
            file,
            java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            OwnerOnly.file(file.toAbsolutePath().getParent()));
    FileLock lock = lock(file, channel);
    channel.force(true);
    DurableFiles.forceDirectory(file.toAbsolutePath().getParent());
    return new Journal(file, channel, lock, durability, 0, 0);
  }

  /**
   * Opens an existing journal for appending: reads its events, drops a torn last line and the
   * unused zeros a crash left after the lines (truncating the file to the last whole line), and
   * reports what it found.
   *
   * @param file the journal's file
   * @param recovery what to do about damage before the last line
   * @param durability when appends are forced from now on
   * @return the events, the report and the journal ready for more
   * @throws StoreException ({@code JOURNAL_DAMAGED}) under {@link DamagedJournalPolicy#STRICT} when
   *     a line before the last is damaged; the file is then left as it was
   * @throws StoreException ({@code JOURNAL_IN_USE}) when the journal is open for writing elsewhere
   */
  public static Opened open(Path file, DamagedJournalPolicy recovery, Durability durability)
      throws IOException {
    Objects.requireNonNull(recovery, "recovery");
    Objects.requireNonNull(durability, "durability");
    BoundedFiles.requireReadable(file);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock = lock(file, channel);
      JournalLines.Scan scan = JournalLines.scan(file, readAll(file, channel), recovery);
      long end = scan.keptBytes();
      if (channel.size() != end) { // a torn last line, unused zeros or both
        channel.truncate(end);
        channel.force(true);
      }
      if (scan.missingFinalNewline()) {
        DurableFiles.writeFully(channel, ByteBuffer.wrap(new byte[] {'\n'}), end);
        channel.force(true);
        end++;
      }
      Journal journal = new Journal(file, channel, lock, durability, scan.lastSeq(), end);
      return new Opened(journal, scan.events(), scan.lineNumbers(), scan.report());
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Reads a journal without changing it or taking its lock, for inspection and for folding a
   * journal whose session has ended.
   *
   * @throws StoreException ({@code JOURNAL_DAMAGED}) under {@link DamagedJournalPolicy#STRICT} when
   *     a line before the last is damaged
   */
  public static Contents read(Path file, DamagedJournalPolicy recovery) throws IOException {
    Objects.requireNonNull(recovery, "recovery");
    BoundedFiles.requireReadable(file);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      JournalLines.Scan scan = JournalLines.scan(file, readAll(file, channel), recovery);
      return new Contents(scan.events(), scan.report());
    }
  }

  /**
   * Replaces the events of a journal that is not open, all or nothing: the changed events are
   * written to a temporary file beside it, forced, and moved over it. The old text is gone once
   * this returns — which is the point when an erasure must reach the journal. Damaged lines are
   * left out of the new file (they cannot be read, so they cannot be changed) and reported.
   *
   * @param file the journal
   * @param change gives the events the journal should hold instead
   * @return what reading the old journal found
   * @throws StoreException ({@code JOURNAL_IN_USE}) when the journal is open for writing
   */
  public static RecoveryReport rewrite(Path file, UnaryOperator<List<CaptureEvent>> change)
      throws IOException {
    Objects.requireNonNull(change, "change");
    BoundedFiles.requireReadable(file);
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = lock(file, channel);
      try {
        JournalLines.Scan scan =
            JournalLines.scan(
                file, readAll(file, channel), DamagedJournalPolicy.SKIP_DAMAGED_LINES);
        List<CaptureEvent> events = change.apply(scan.events());
        Path dir = file.toAbsolutePath().getParent();
        Path temp =
            dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + TEMPORARY_SUFFIX);
        try {
          try (FileChannel out =
              FileChannel.open(
                  temp,
                  java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                  OwnerOnly.file(dir))) {
            for (int i = 0; i < events.size(); i++) {
              DurableFiles.writeFully(
                  out, ByteBuffer.wrap(JournalLines.line(i + 1, events.get(i))));
            }
            out.force(true);
          }
          Files.move(
              temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          DurableFiles.forceDirectory(dir);
        } finally {
          Files.deleteIfExists(temp);
        }
        return scan.report();
      } finally {
        lock.release();
      }
    }
  }

  /**
   * Checks that no one has the journal open for writing, changing nothing.
   *
   * @throws StoreException ({@code JOURNAL_IN_USE}) when someone has
   */
  static void requireClosed(Path file) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      lock(file, channel).release();
    }
  }

  /** How temporary files of {@link #rewrite} end; a crash may leave one behind to be removed. */
  static final String TEMPORARY_SUFFIX = ".rewrite.tmp";

  private static FileLock lock(Path file, FileChannel channel) throws IOException {
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw StoreException.journalInUse(file);
      }
      return lock;
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw StoreException.journalInUse(file);
    } catch (StoreException e) {
      channel.close();
      throw e;
    }
  }

  private static byte[] readAll(Path file, FileChannel channel) throws IOException {
    long size = channel.size();
    BoundedFiles.requireSize(file, size);
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    channel.position(0);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // keep reading
    }
    return buffer.array();
  }

  /** The journal's file. */
  public Path file() {
    return file;
  }

  /** The number of events in the journal, which is also the last line's sequence number. */
  public synchronized long size() {
    return seq;
  }

  /**
   * Appends an event; under {@link Durability#everyEvent()} it is on the disk when this returns.
   *
   * @throws UncheckedIOException when it cannot be written; the journal then refuses more appends
   * @throws IllegalStateException when the journal is closed or an earlier append failed
   */
  @Override
  public synchronized void accept(CaptureEvent event) {
    Objects.requireNonNull(event, "event");
    if (closed || broken) {
      throw new IllegalStateException(
          "journal " + file + (closed ? " is closed" : " failed an earlier append; reopen it"));
    }
    byte[] line = JournalLines.line(seq + 1, event);
    long before = end;
    try {
      ByteBuffer bytes = ByteBuffer.wrap(line);
      long grown = allocated;
      if (end + line.length > allocated) {
        // the line and the chunk's zeros after it in one write
        grown = allocationFor(end + line.length);
        bytes = ByteBuffer.allocate(Math.toIntExact(grown - end)).put(line).clear();
      }
      DurableFiles.writeFully(channel, bytes, end);
      allocated = grown;
      end += line.length;
      if (unforced == 0) {
        firstUnforcedNanos = System.nanoTime();
      }
      unforced++;
      if (unforced >= durability.maxEvents()
          || System.nanoTime() - firstUnforcedNanos >= durability.maxDelay().toNanos()) {
        force();
      }
      seq++;
    } catch (IOException e) {
      broken = true;
      end = before;
      takeBack();
      throw new UncheckedIOException("cannot append to journal " + file, e);
    }
  }

  /**
   * The file's size to grow to so that {@code needed} bytes fit: the next whole chunk, but never
   * past what a reader accepts ({@link BoundedFiles#MAX_BYTES}) for the zeros' sake alone.
   */
  private static long allocationFor(long needed) {
    long chunks = (needed + CHUNK_BYTES - 1) / CHUNK_BYTES * CHUNK_BYTES;
    return Math.max(needed, Math.min(chunks, BoundedFiles.MAX_BYTES));
  }

  /** Cuts off what the failed append may have left, and the zeros after the lines. */
  private void takeBack() {
    try {
      channel.truncate(end);
      allocated = end;
      channel.force(true);
    } catch (IOException ignored) {
      // the next open finds and reports the torn line
    }
  }

  private void force() throws IOException {
    channel.force(false);
    unforced = 0;
  }

  /**
   * Forces every event written so far to the disk (a no-op under {@link Durability#everyEvent()}).
   */
  public synchronized void flush() throws IOException {
    if (!closed && unforced > 0) {
      force();
    }
  }

  /**
   * Cuts the unused zeros off the file, forces what is unforced, releases the lock and closes the
   * file: a closed journal is its lines and nothing more.
   */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      if (!broken && allocated > end) {
        channel.truncate(end);
        allocated = end;
        force(); // the new size, and any unforced lines, in one force
      } else if (!broken) {
        flush();
      }
    } finally {
      closed = true;
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }

  /** Whether the journal is closed. */
  public synchronized boolean isClosed() {
    return closed;
  }

  @Override
  public String toString() {
    return "Journal[" + file + ", events=" + seq + "]";
  }
}
