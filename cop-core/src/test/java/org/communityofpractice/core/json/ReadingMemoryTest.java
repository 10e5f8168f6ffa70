package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reading is bounded by the reader's limits: any document within them reads (or is refused) in a
 * JVM of 256 MiB of heap, the bound {@link ArchiveJson#MAX_VALUES} states. A 63 MB archive of tiny
 * nodes inside every limit once took 1.6 GB and ran out of memory at 512 MiB.
 */
class ReadingMemoryTest {
  @Test
  void documentsAtTheLimitsReadInA256MebibyteHeap() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(
            java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
            "-cp", System.getProperty("java.class.path"),
            ReadingMemoryChild.class.getName())
        .redirectErrorStream(true)
        .start();
    String out;
    try (var in = child.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(out).doesNotContain("OutOfMemoryError");
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out.lines()).containsExactly(
        "tiny-objects refused TOO_LARGE",
        "tiny-strings refused TOO_LARGE",
        "tiny-arrays refused TOO_LARGE",
        "zeros refused TOO_LARGE",
        "long-strings refused WRONG_TYPE",
        "near-the-value-limit refused MISSING_FIELD");
  }
}
