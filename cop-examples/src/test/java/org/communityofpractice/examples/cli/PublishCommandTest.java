package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {
  @TempDir Path dir;

  @Test
  void buildsTheSiteFromAStoreFolderAndRebuildsItToTheSameBytes() throws IOException {
    Path archive = DemoArchive.in(dir.resolve("demo"));
    Path site = dir.resolve("site");
    CopRun run = CopRun.of("publish", archive.toString(), "--site", site.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("report website")
        .contains(site.resolve("index.html").toString());
    for (String page :
        List.of(
            "index.html",
            "feed.xml",
            "resources.html",
            "impact.html",
            "impact.pdf",
            "impact.md",
            "series/prison-release-2016.html",
            "sessions/prison-release-2.pdf")) {
      assertThat(site.resolve(page)).isNotEmptyFile();
    }
    Map<Path, byte[]> first = contents(site);
    CopRun again = CopRun.of("publish", archive.toString(), "--site", site.toString());
    assertThat(again.exitCode()).as("%s", again).isZero();
    Map<Path, byte[]> second = contents(site);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((file, bytes) -> assertThat(second.get(file)).as("%s", file).isEqualTo(bytes));
  }

  @Test
  void refusesToWriteTheSiteIntoItsOwnInput() {
    Path archive = DemoArchive.in(dir.resolve("demo"));
    CopRun run =
        CopRun.of("publish", archive.toString(), "--site", archive.resolve("site").toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
  }

  @Test
  void needsASite() {
    CopRun run = CopRun.of("publish", dir.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("--site");
  }

  private static Map<Path, byte[]> contents(Path site) throws IOException {
    Map<Path, byte[]> contents = new LinkedHashMap<>();
    for (Path f : DemoArchive.files(site)) {
      contents.put(f, Files.readAllBytes(f));
    }
    return contents;
  }
}
