package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void writesEveryReportFormatTheReviewTheTablesAndTheArchive() throws IOException {
    CopRun run = CopRun.of("demo", "--out", dir.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    for (String ext : new String[] {"html", "md", "txt", "json", "csv", "poster.html"}) {
      assertThat(dir.resolve("reports/prison-release-2." + ext)).isNotEmptyFile();
      assertThat(dir.resolve("reports/prison-release-2016." + ext)).isNotEmptyFile();
    }
    assertThat(dir.resolve("review.txt")).content().contains("prison service");
    assertThat(dir.resolve("tables/scaling.csv")).isNotEmptyFile();
    assertThat(dir.resolve("archives/sotcop")).isDirectory();
    assertThat(run.out()).contains("archive  " + dir.resolve("archives/sotcop")).contains("Next, try:");
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).filter(f -> !f.startsWith(dir.resolve("archives")))
          .forEach(f -> assertThat(run.out()).as("printed what it wrote").contains(f.toString()));
    }
  }

  @Test
  void runsAgainOverItsOwnOutput() {
    assertThat(CopRun.of("demo", "--out", dir.toString()).exitCode()).isZero();
    CopRun again = CopRun.of("demo", "--out", dir.toString());
    assertThat(again.exitCode()).as("%s", again).isZero();
    assertThat(CopRun.of("validate", dir.resolve("archives/sotcop").toString()).exitCode()).isZero();
  }
}
