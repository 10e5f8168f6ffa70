package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled distribution runs on its own: bin/cop, lib/ and the class-data sharing archive. */
class DistributionIT {
  @TempDir Path work;

  @Test
  void binCopRunsTheDemoAndReadsWhatItWroteWithoutMaven() throws Exception {
    Installed cop = Installed.in(work);
    assertThat(cop.home().resolve("README")).isRegularFile();
    assertThat(cop.home().resolve("bin/cop.cmd")).isRegularFile();
    assertThat(cop.home().resolve("lib/cop.jsa")).as("the class-data sharing archive").isRegularFile();

    CopRun demo = cop.run("demo", "--out", "out");
    assertThat(demo.exitCode()).as("%s", demo).isZero();
    assertThat(work.resolve("out/reports")).isDirectory();

    CopRun validate = cop.run("validate", "out/archives/sotcop");
    assertThat(validate.exitCode()).as("%s", validate).isZero();
    assertThat(validate.out()).contains("valid. @SoTCoP");
    assertThat(validate.err()).as("nothing from the JVM about class-data sharing").isEmpty();
  }

  @Test
  void aDistributionMovedElsewhereStillRunsAndMakesItsOwnArchive() throws Exception {
    Installed built = Installed.in(work);
    Path moved = work.resolve("elsewhere/cop");
    copy(built.home(), moved);
    Installed cop = built.movedTo(moved);
    for (int i = 0; i < 2; i++) {
      CopRun run = cop.run("--version");
      assertThat(run.exitCode()).as("%s", run).isZero();
      assertThat(run.out()).startsWith("cop 0.");
      assertThat(run.err()).isEmpty();
    }
    assertThat(Files.readString(moved.resolve("lib/cop.jsa.home")).strip())
        .as("the archive was made again for the new folder").isEqualTo(moved.toRealPath().toString());
    assertThat(moved.resolve("lib/cop.jsa")).isRegularFile();
  }

  /** Copies a folder, keeping each file's permissions and time (the archive checks the jars' times). */
  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
