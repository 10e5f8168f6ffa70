package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communityofpractice.core.fixtures.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code cop demo} writes as JSON validates against the schemas published in cop's jars. */
class DemoSchemaTest {
  @TempDir Path dir;

  @Test
  void theDemosArchiveAndJsonReportsValidateAgainstThePublishedSchemas() throws IOException {
    Path folder = DemoArchive.in(dir);

    Schema archive = JsonSchemas.load(JsonSchemas.ARCHIVE);
    Path current = DemoArchive.currentFile(folder);
    assertThat(JsonSchemas.errors(archive, Files.readString(current)))
        .as(current.toString())
        .isEmpty();

    Schema report = JsonSchemas.load(JsonSchemas.REPORT);
    List<Path> reports =
        DemoArchive.files(dir.resolve("reports")).stream()
            .filter(p -> p.getFileName().toString().endsWith(".json"))
            .toList();
    assertThat(reports)
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder(
            "prison-release-2.json", "prison-release-2016.json", "impact.json");
    for (Path file : reports) {
      assertThat(JsonSchemas.errors(report, Files.readString(file))).as(file.toString()).isEmpty();
    }
  }
}
