package org.communityofpractice.examples.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.examples.GuideExample;
import org.communityofpractice.examples.PrisonReleaseSeries;
import picocli.CommandLine;

/**
 * The training run the distribution's class-data sharing archive is made from: the build starts the
 * JVM with {@code -XX:DumpLoadedClassList=lib/cop.classlist} on this class, which saves the guide's
 * example community in a store and runs the commands a charity runs most ({@code validate}, {@code
 * review}, {@code render}) on it once each, so the list names the classes they load. From that list
 * the build (and {@code bin/cop}, in a folder the distribution is unpacked into) makes {@code
 * lib/cop.jsa} with {@code -Xshare:dump}: one static archive of Java's classes and the tool's,
 * which later starts map instead of loading, parsing and verifying them. A static archive rather
 * than one written as the training run exits, because Java 17 writes no class of a library compiled
 * for Java 5 into the latter, and picocli, which parses every command line, is one. Not {@code cop
 * demo}: it prints PDF and mail, classes the common commands never load. It also writes {@code
 * lib/cop.jsa.home}, the folder and the Java runtime the archive fits, which {@code bin/cop}
 * compares with its own. Not part of the tool: nothing calls it but the build.
 */
final class CdsTraining {
  private CdsTraining() {}

  /**
   * Runs the training.
   *
   * @param args one argument: a scratch folder to write the example's store into
   */
  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    FileArchiveStore store = FileArchiveStore.builder(dir).build();
    store.save(GuideExample.community(), ArchiveVersion.NONE);
    String folder = store.folderOf(GuideExample.community().id()).toString();
    String[][] runs = {
      {"validate", folder},
      {"review", folder},
      {
        "render",
        folder,
        "--series",
        PrisonReleaseSeries.SERIES.value(),
        "--format",
        "html",
        "--out",
        dir.resolve("s.html").toString()
      },
      {"render", folder, "--session", PrisonReleaseSeries.SECOND.value(), "--format", "text"},
      {"--help"},
    };
    Path lib =
        Path.of(CdsTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getParent();
    // what bin/cop compares: its folder, and the version in the release file of the Java it runs
    Files.writeString(
        lib.resolve("cop.jsa.home"),
        lib.getParent().toRealPath() + "\n" + System.getProperty("java.runtime.version") + "\n",
        StandardCharsets.UTF_8);
    PrintWriter discard =
        new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    // the classes the read-ahead loads, as bin/cop starts it before every command
    StartUpAhead.start(runs[0]).orElseThrow().join();
    for (String[] run : runs) {
      CommandLine cli = Cop.commandLine(new Cop(), run);
      cli.setOut(discard);
      cli.setErr(discard);
      int exit = cli.execute(run);
      if (exit > Cop.FINDINGS_OR_INVALID) {
        throw new IllegalStateException(
            "training run failed with exit " + exit + ": " + String.join(" ", run));
      }
    }
  }
}
