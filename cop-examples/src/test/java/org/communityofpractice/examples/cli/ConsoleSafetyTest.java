package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.examples.GuideExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What {@code cop} prints cannot drive the terminal, flood it or forge a line, whatever a file or
 * an argument holds; a pipe is never waited on; running out of memory or stack is one line and exit
 * code 1, never a stack trace.
 */
class ConsoleSafetyTest {
  @TempDir Path dir;

  private Path archive(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, ArchiveJson.create().write(GuideExample.community()));
    return file;
  }

  @Test
  void aPipeGivenAsTheArchiveIsRefusedRatherThanWaitedOn() throws Exception {
    Path pipe = dir.resolve("archive.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      assumeThat(false).as("mkfifo is available").isTrue();
      return;
    }
    assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
    CopRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> CopRun.of("validate", pipe.toString()));
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(run.err()).contains("not a regular file");
  }

  @Test
  void controlAndBidiCharactersInWhatIsPrintedAreEscaped() throws IOException {
    Path file = archive("sot\u001b[2J\u202Ecop\r.json");
    CopRun run = CopRun.of("validate", file.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("sot\\u001B[2J\\u202Ecop\\u000D.json: valid.")
        .doesNotContain("\u001b", "\u202E", "\r");
  }

  @Test
  void aValueInTheArchiveCannotForgeASecondErrorLine() throws IOException {
    Path file = archive("archive.json");
    String json =
        Files.readString(file)
            .replace("\"name\":", "\"x\\nvalidate: $.id forged\\u001b[0m\": 1, \"name\":");
    Files.writeString(file, json);
    CopRun run = CopRun.of("validate", file.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(run.err().strip().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("$['x\\u000Avalidate: $.id forged\\u001B[0m']")
                    .doesNotContain("\u001b"));
  }

  @Test
  void noLineIsLongerThanTheConsoleBound() {
    StringWriter out = new StringWriter();
    try (PrintWriter console = new PrintWriter(new ConsoleWriter(out))) {
      console.println("x".repeat(1_000_000));
      console.println("short");
    }
    assertThat(out.toString().lines())
        .containsExactly("x".repeat(ConsoleWriter.MAX_LINE) + "…", "short");
  }

  @Test
  void surrogatePairsPassAndLoneHalvesAreEscaped() {
    StringWriter out = new StringWriter();
    try (PrintWriter console = new PrintWriter(new ConsoleWriter(out))) {
      console.print("\uD83D\uDE00 \uD800x \uDC00\t");
    }
    assertThat(out).hasToString("\uD83D\uDE00 \\uD800x \\uDC00\t");
  }

  @Command(name = "overflow")
  static final class Overflowing extends CopCommand {
    @Override
    int run() {
      throw new StackOverflowError();
    }
  }

  @Command(name = "exhaust")
  static final class Exhausting extends CopCommand {
    @Override
    int run() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  private static CopRun run(Object command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new CopRun(cli.execute(), out.toString(), err.toString());
  }

  @Test
  void runningOutOfStackOrMemoryIsOneLineAndExitCodeOne() {
    CopRun overflow = run(new Overflowing());
    assertThat(overflow.exitCode()).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(overflow.err().strip().lines())
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("overflow: stopped"));
    CopRun exhaust = run(new Exhausting());
    assertThat(exhaust.exitCode()).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(exhaust.err().strip().lines())
        .singleElement()
        .satisfies(l -> assertThat(l).contains("ran out of memory"));
  }
}
