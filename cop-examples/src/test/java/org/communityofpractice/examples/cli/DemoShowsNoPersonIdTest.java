package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.people.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Person ids are internal: nothing {@code cop demo} publishes (reports in every format, the
 * website, the aide-memoire, the review, the messages it circulates) shows one, so an id never
 * stands where a name was withheld; and what it prints shows ids only as the outbox's file names
 * and in the suggested {@code cop subject export} command, both for the operator.
 */
class DemoShowsNoPersonIdTest {
  @TempDir Path dir;

  @Test
  void noPublishedFileNorPrintedLineShowsAPersonIdWhereANameWouldBe() throws IOException {
    CopRun run = CopRun.of("demo", "--out", dir.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    Community community =
        ArchiveJson.create()
            .read(
                Files.readString(
                    DemoArchive.currentFile(dir.resolve("archives").resolve("sotcop"))));
    List<String> ids = community.register().people().stream().map(p -> p.id().value()).toList();
    assertThat(ids).hasSizeGreaterThan(5);
    int read = 0;
    for (Path file : DemoArchive.files(dir)) {
      if (file.startsWith(dir.resolve("archives"))) {
        continue; // the archive is where ids belong
      }
      String text = text(file);
      for (String id : ids) {
        assertThat(text).as("%s", dir.relativize(file)).doesNotContain(id);
      }
      read++;
    }
    assertThat(read).as("files read").isGreaterThan(40);
    for (String line : run.out().lines().toList()) {
      if (ids.stream().anyMatch(line::contains)) {
        assertThat(line)
            .as("a printed line with an id")
            .matches(
                "  message  .*/outbox/.*/p-[0-9a-z]+\\.eml|  cop subject export .* --person p-[0-9a-z]+");
      }
    }
    for (Person p : community.register().people()) {
      assertThat(run.out() + run.err()).doesNotContain(p.name());
    }
  }

  /** The text of a file: a PDF's as its reader would see it, anything else as UTF-8. */
  private static String text(Path file) throws IOException {
    if (file.toString().endsWith(".pdf")) {
      try (var document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
        return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      }
    }
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
