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
  void writesEveryReportFormatTheReviewAndTheArchiveButNoResearchTables() throws IOException {
    CopRun run = CopRun.of("demo", "--out", dir.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    for (String ext :
        new String[] {"html", "md", "txt", "json", "csv", "poster.html", "pdf", "post.txt"}) {
      assertThat(dir.resolve("reports/prison-release-2." + ext)).isNotEmptyFile();
      assertThat(dir.resolve("reports/prison-release-2016." + ext)).isNotEmptyFile();
      assertThat(dir.resolve("reports/impact." + ext)).isNotEmptyFile();
    }
    assertThat(dir.resolve("reports/prison-release-2.post.txt")).content().endsWith("#SoTCoP\n");
    assertThat(dir.resolve("reports/impact.md"))
        .content()
        .contains("Lone-working procedures changed");
    for (String page :
        new String[] {
          "index.html",
          "feed.xml",
          "resources.html",
          "impact.pdf",
          "series/prison-release-2016.md",
          "sessions/prison-release-2.html"
        }) {
      assertThat(dir.resolve(DemoCommand.SITE).resolve(page)).isNotEmptyFile();
    }
    assertThat(dir.resolve("aide-memoire/aide-memoire.html"))
        .content()
        .contains("There is no such thing as late.");
    for (String card : new String[] {"a4", "a5", "large-print"}) {
      assertThat(dir.resolve("aide-memoire/aide-memoire-" + card + ".pdf")).isNotEmptyFile();
    }
    assertThat(dir.resolve("review.txt")).content().contains("prison service");
    // the analysis tables count small numbers exactly: never written beside the reports by default
    assertThat(dir.resolve("tables")).doesNotExist();
    assertThat(dir.resolve(DemoCommand.RESTRICTED_RESEARCH)).doesNotExist();
    assertThat(dir.resolve("archives/sotcop")).isDirectory();
    assertThat(run.out())
        .contains("archive  " + dir.resolve("archives/sotcop"))
        .contains("Next, try:");
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> !f.startsWith(dir.resolve("archives")))
          .forEach(f -> assertThat(run.out()).as("printed what it wrote").contains(f.toString()));
    }
  }

  @Test
  void writesResearchTablesOnlyWhenAskedAndThenApartAndLabelledRestricted() {
    CopRun run = CopRun.of("demo", "--out", dir.toString(), "--research-tables", "--without-site");
    assertThat(run.exitCode()).as("%s", run).isZero();
    Path restricted = dir.resolve(DemoCommand.RESTRICTED_RESEARCH);
    assertThat(restricted.resolve("tables/scaling.csv")).isNotEmptyFile();
    assertThat(restricted.resolve("RESTRICTED.txt"))
        .content()
        .startsWith("RESTRICTED RESEARCH DATA - NOT FOR PUBLICATION");
    assertThat(dir.resolve("reports/scaling.csv")).doesNotExist();
    assertThat(dir.resolve("tables")).doesNotExist();
  }

  @Test
  void saysWhatToDoWhenItsFolderHoldsAnArchiveItCannotRead() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("archives/sotcop"));
    Files.writeString(folder.resolve("archive-000000000001.json"), "{\"schemaVersion\": 1}");
    CopRun run = CopRun.of("demo", "--out", dir.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(run.err())
        .contains("archive-000000000001.json")
        .contains("delete " + folder)
        .doesNotContain("\tat ");
  }

  @Test
  void runsAgainOverItsOwnOutput() {
    assertThat(CopRun.of("demo", "--out", dir.toString()).exitCode()).isZero();
    CopRun again = CopRun.of("demo", "--out", dir.toString());
    assertThat(again.exitCode()).as("%s", again).isZero();
    assertThat(CopRun.of("validate", dir.resolve("archives/sotcop").toString()).exitCode())
        .isZero();
  }
}
