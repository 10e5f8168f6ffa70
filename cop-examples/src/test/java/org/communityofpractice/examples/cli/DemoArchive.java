package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The archive {@code cop demo} writes, for the tests of the other commands. */
final class DemoArchive {
  private DemoArchive() {}

  /**
   * Runs the demo into {@code dir}, without the website (the tests of the demo and of {@code cop
   * publish} build it); returns the community's folder in the store.
   */
  static Path in(Path dir) {
    CopRun demo = CopRun.of("demo", "--out", dir.toString(), "--without-site");
    assertThat(demo.exitCode()).as("%s", demo).isZero();
    return dir.resolve("archives").resolve("sotcop");
  }

  /**
   * The command line that starts capturing the demo's next lone-working session, {@code
   * lone-working-3}, into the community at {@code archive}, with {@code more} after it.
   */
  static String[] captureLoneWorking(Path archive, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "capture",
                archive.toString(),
                "--session",
                "lone-working-3",
                "--topic",
                "lone-working",
                "--facilitator",
                "p-sxgzkzw8zqr2",
                "--starts-at",
                "2017-04-06T10:00"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** The current archive file in a community's folder. */
  static Path currentFile(Path folder) throws IOException {
    List<Path> files =
        files(folder).stream()
            .filter(p -> p.getFileName().toString().matches("archive-\\d+\\.json"))
            .sorted()
            .collect(Collectors.toList());
    return files.get(files.size() - 1);
  }

  /** Every regular file under {@code dir}, sorted. */
  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }
}
