package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} never replaces an input, by whatever path it is named. */
class RenderRefusesItsInputTest {
  @TempDir Path dir;
  Path archive;
  Path plain;
  String original;

  @BeforeEach
  void demo() throws IOException {
    archive = DemoArchive.in(dir.resolve("demo"));
    plain = dir.resolve("sotcop.json");
    Files.copy(DemoArchive.currentFile(archive), plain);
    original = Files.readString(plain);
  }

  private CopRun renderTo(String input, String out) {
    return CopRun.of(
        "render", input, "--series", "prison-release-2016", "--format", "json", "--out", out);
  }

  @Test
  void theSameFileIsRefused() throws IOException {
    CopRun run = renderTo(plain.toString(), plain.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("would overwrite the input");
    assertThat(Files.readString(plain)).isEqualTo(original);
  }

  @Test
  void theSameFileByAnotherPathIsRefused() throws IOException {
    Path roundabout = dir.resolve("demo").resolve("..").resolve("sotcop.json");
    CopRun run = renderTo(plain.toString(), roundabout.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(Files.readString(plain)).isEqualTo(original);
  }

  @Test
  void aSymbolicLinkToTheInputIsRefused() throws IOException {
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("link.json"), plain);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
      return;
    }
    CopRun run = renderTo(plain.toString(), link.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(Files.readString(plain)).isEqualTo(original);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aFileInsideTheInputStoreFolderIsRefused() throws IOException {
    Path current = DemoArchive.currentFile(archive);
    String before = Files.readString(current);
    CopRun run = renderTo(archive.toString(), current.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(Files.readString(current)).isEqualTo(before);
  }

  @Test
  void anotherFileIsWritten() {
    CopRun run = renderTo(plain.toString(), dir.resolve("report.json").toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(dir.resolve("report.json")).exists();
  }
}
