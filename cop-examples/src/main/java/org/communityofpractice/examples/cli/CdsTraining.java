package org.communityofpractice.examples.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communityofpractice.examples.PrisonReleaseSeries;
import picocli.CommandLine;

/**
 * The training run the distribution's class-data sharing archive is made from: the build starts
 * the JVM with {@code -XX:ArchiveClassesAtExit=lib/cop.jsa} on this class, which runs the commands
 * a charity runs most ({@code demo}, {@code validate}, {@code review}, {@code render}) once each,
 * so the classes they load are in the archive and later starts map them instead of loading them.
 * It also writes {@code lib/cop.jsa.home}, the folder the archive fits, which {@code bin/cop}
 * compares with its own. Not part of the tool: nothing calls it but the build.
 */
final class CdsTraining {
  private CdsTraining() {}

  /**
   * Runs the training.
   *
   * @param args one argument: a scratch folder to write the demo into
   */
  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    String folder = dir.resolve(DemoCommand.ARCHIVES).resolve("sotcop").toString();
    String[][] runs = {
      {"demo", "--out", dir.toString()},
      {"validate", folder},
      {"review", folder},
      {"render", folder, "--series", PrisonReleaseSeries.SERIES.value(), "--format", "html", "--out", dir.resolve("s.html").toString()},
      {"render", folder, "--session", PrisonReleaseSeries.SECOND.value(), "--format", "text"},
      {"--help"},
    };
    Path lib = Path.of(CdsTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    Files.writeString(lib.resolve("cop.jsa.home"), lib.getParent().toRealPath() + "\n", StandardCharsets.UTF_8);
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    for (String[] run : runs) {
      CommandLine cli = new CommandLine(new Cop());
      cli.setOut(discard);
      cli.setErr(discard);
      int exit = cli.execute(run);
      if (exit > Cop.FINDINGS_OR_INVALID) {
        throw new IllegalStateException("training run failed with exit " + exit + ": " + String.join(" ", run));
      }
    }
  }
}
