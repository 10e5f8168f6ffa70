package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOTCOP;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.communityofpractice.core.store.internal.BoundedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store reads a file only when reading it is bounded: a regular file within the archive's 64
 * MiB, checked before a byte is read. A 3 GB file once ended in an OutOfMemoryError, and a pipe
 * blocked the reader forever.
 */
class StoreFileBoundsTest {
  /** Long enough for any machine to read the small files here; a pipe would block far longer. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path root;

  private FileArchiveStore store() {
    return FileArchiveStore.builder(root).build();
  }

  /**
   * A file of {@code bytes} that takes no room on the disk: its size is set, nothing is written.
   */
  private static void sparse(Path file, long bytes) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
  }

  private static void fifo(Path file) throws IOException, InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeThat(false).as("mkfifo is available").isTrue();
      return;
    }
    assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
        .as("mkfifo made a pipe")
        .isTrue();
  }

  @Test
  void aThreeGigabyteArchiveIsRefusedBeforeAByteIsRead() throws IOException {
    FileArchiveStore store = store();
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    Path huge = store.archiveFile(SOTCOP, ArchiveVersion.of(v1.value() + 1));
    sparse(huge, 3L << 30);

    assertThatThrownBy(() -> store.load(SOTCOP))
        .isInstanceOfSatisfying(
            CorruptArchiveException.class,
            e -> {
              assertThat(e.location()).isEqualTo(huge.toString());
              assertThat(e.getMessage()).contains("larger than the 67108864 bytes");
              assertThat(e.newestGoodBackup())
                  .hasValueSatisfying(b -> assertThat(b.version()).isEqualTo(v1));
            });
  }

  @Test
  void aPipeInPlaceOfTheArchiveIsRefusedRatherThanWaitedOn() throws Exception {
    FileArchiveStore store = store();
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    Path pipe = store.archiveFile(SOTCOP, ArchiveVersion.of(v1.value() + 1));
    fifo(pipe);

    assertTimeoutPreemptively(
        PATIENCE,
        () ->
            assertThatThrownBy(() -> store.load(SOTCOP))
                .isInstanceOfSatisfying(
                    CorruptArchiveException.class,
                    e ->
                        assertThat(e.getMessage())
                            .contains(pipe.toString(), "not a regular file")));
  }

  @Test
  void anErasureLogThatIsAPipeOrTooLargeIsRefused() throws Exception {
    FileArchiveStore store = store();
    store.save(sotcop(), ArchiveVersion.NONE);
    Path log = store.erasureLogFile(SOTCOP);
    fifo(log);
    assertTimeoutPreemptively(
        PATIENCE,
        () ->
            assertThatThrownBy(() -> store.erasures(SOTCOP))
                .isInstanceOfSatisfying(
                    CorruptArchiveException.class,
                    e -> assertThat(e.getMessage()).contains("not a regular file")));
    Files.delete(log);
    sparse(log, 3L << 30);
    assertThatThrownBy(() -> store.erasures(SOTCOP))
        .isInstanceOfSatisfying(
            CorruptArchiveException.class, e -> assertThat(e.getMessage()).contains("larger than"));
  }

  @Test
  void aJournalThatIsAPipeOrTooLargeIsRefused() throws Exception {
    Path pipe = root.resolve("pipe.journal");
    fifo(pipe);
    assertTimeoutPreemptively(
        PATIENCE,
        () -> {
          assertThatThrownBy(() -> Journal.read(pipe, DamagedJournalPolicy.STRICT))
              .isInstanceOf(BoundedFiles.RefusedFileException.class)
              .hasMessageContaining("not a regular file");
          assertThatThrownBy(
                  () -> Journal.open(pipe, DamagedJournalPolicy.STRICT, Durability.everyEvent()))
              .isInstanceOf(BoundedFiles.RefusedFileException.class);
        });
    Path huge = root.resolve("huge.journal");
    sparse(huge, 3L << 30);
    assertThatThrownBy(() -> Journal.read(huge, DamagedJournalPolicy.STRICT))
        .isInstanceOf(BoundedFiles.RefusedFileException.class)
        .hasMessageContaining("larger than");
    assertThatThrownBy(() -> Journal.rewrite(huge, events -> events))
        .isInstanceOf(BoundedFiles.RefusedFileException.class);
  }
}
