package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading is bounded, as {@link ArchiveJson} states: the reader streams, so what it holds is the
 * model it builds. Any document within the limits reads (or is refused) in a JVM of 192 MiB of heap
 * (the tree reader before needed 256 MiB; a 63 MB archive of tiny nodes inside every limit once
 * took 1.6 GB), and an archive as cop writes it in a heap of twice its size and a little.
 */
class ReadingMemoryTest {
  @Test
  void documentsAtTheLimitsReadInA192MebibyteHeap() throws IOException, InterruptedException {
    String out = child("-Xmx192m");
    assertThat(out.lines())
        .containsExactly(
            "tiny-objects refused TOO_LARGE",
            "tiny-strings refused TOO_LARGE",
            "tiny-arrays refused TOO_LARGE",
            "zeros refused TOO_LARGE",
            "long-strings refused WRONG_TYPE",
            "near-the-value-limit refused MISSING_FIELD");
  }

  /**
   * 7,000 synthetic sessions, 34 MiB as cop writes them, read from their file in a heap of twice
   * that and 8 MiB (76 MiB); the tree reader needed 192 MiB for them, and failed at 160.
   */
  @Test
  void anArchiveReadsInAHeapOfTwiceItsSize(@TempDir Path folder)
      throws IOException, InterruptedException {
    Path file = folder.resolve("archive.json");
    try (var out = Files.newOutputStream(file)) {
      ArchiveJson.create()
          .write(
              SyntheticNetwork.builder().seed(19).communities(1).build().community(0, 7_000), out);
    }
    long mebibytes = Files.size(file) >> 20;
    assertThat(mebibytes).isBetween(30L, 40L);

    String out = child("-Xmx" + (2 * mebibytes + 8) + "m", "archive", file.toString());

    assertThat(out.lines()).containsExactly("archive read 7000 sessions");
  }

  private static String child(String heap, String... args)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                heap,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ReadingMemoryChild.class.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out;
    try (var in = child.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(out).doesNotContain("OutOfMemoryError");
    assertThat(child.exitValue()).as(out).isZero();
    return out;
  }
}
