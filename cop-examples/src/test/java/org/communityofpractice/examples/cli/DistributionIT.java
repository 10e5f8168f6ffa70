package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
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
    assertThat(cop.home().resolve("lib/cop.jsa"))
        .as("the class-data sharing archive")
        .isRegularFile();

    CopRun demo = cop.run("demo", "--out", "out");
    assertThat(demo.exitCode()).as("%s", demo).isZero();
    assertThat(demo.err()).as("the demo says what it did itself, with no log lines").isEmpty();
    assertThat(work.resolve("out/reports")).isDirectory();

    CopRun validate = cop.run("validate", "out/archives/sotcop");
    assertThat(validate.exitCode()).as("%s", validate).isZero();
    assertThat(validate.out()).contains("valid. @SoTCoP");
    assertThat(validate.err()).as("nothing from the JVM about class-data sharing").isEmpty();

    // the libraries' own notes (ical4j's missing settings file…) are not the user's business
    for (String format : List.of("ics", "markdown")) {
      CopRun render =
          cop.run(
              "render", "out/archives/sotcop", "--session", "prison-release-1", "--format", format);
      assertThat(render.exitCode()).as("%s", render).isZero();
      assertThat(render.err()).as(format).isEmpty();
    }
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
    assertThat(Files.readAllLines(moved.resolve("lib/cop.jsa.home")))
        .as("the archive was made again for the new folder")
        .startsWith(moved.toRealPath().toString());
    assertMapsCleanly(moved);
  }

  @Test
  void anArchiveMadeWithAnotherJavaIsMadeAgainForThisOne() throws Exception {
    Path moved = work.resolve("cop");
    copy(Installed.in(work).home(), moved);
    Path home = moved.resolve("lib/cop.jsa.home");
    Files.writeString(home, moved.toRealPath() + "\n17.0.1+12\n");
    Files.delete(moved.resolve("lib/cop.jsa"));
    Files.writeString(moved.resolve("lib/cop.jsa"), "not an archive", StandardCharsets.UTF_8);

    CopRun run = Installed.in(work).movedTo(moved).run("--version");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readAllLines(home))
        .as("made for the Java that ran it")
        .containsExactly(moved.toRealPath().toString(), System.getProperty("java.runtime.version"));
    assertMapsCleanly(moved);
  }

  @Test
  void aMissingArchiveNeverStopsARun() throws Exception {
    Path moved = work.resolve("cop");
    copy(Installed.in(work).home(), moved);
    Files.delete(moved.resolve("lib/cop.jsa"));
    Files.writeString(
        moved.resolve("lib/cop.jsa.home"),
        moved.toRealPath() + "\n" + System.getProperty("java.runtime.version") + "\n");

    CopRun run = Installed.in(work).movedTo(moved).run("--version");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void runsAtTheSameTimeInANewFolderLeaveOneWholeArchive() throws Exception {
    Path moved = work.resolve("cop");
    copy(Installed.in(work).home(), moved);
    Installed cop = Installed.in(work).movedTo(moved);
    List<CompletableFuture<CopRun>> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return cop.run("--version");
                } catch (IOException | InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    for (CompletableFuture<CopRun> run : runs) {
      assertThat(run.join().exitCode()).as("%s", run.join()).isZero();
      assertThat(run.join().err()).isEmpty();
    }
    try (Stream<Path> lib = Files.list(moved.resolve("lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("cop.jsa")))
          .as("no half-written archive left behind")
          .containsExactlyInAnyOrder("cop.jsa", "cop.jsa.home");
    }
    assertMapsCleanly(moved);
  }

  @Test
  void aLinkToBinCopFromAnotherFolderRunsTheDistribution() throws Exception {
    Installed cop = Installed.in(work);
    Path onThePath = Files.createDirectories(work.resolve("local/bin"));
    Path link =
        Files.createSymbolicLink(
            onThePath.resolve("cop"), cop.home().resolve("bin/cop").toAbsolutePath());
    Path relative = Files.createSymbolicLink(onThePath.resolve("cop-again"), Path.of("cop"));
    for (Path command : List.of(link, relative)) {
      Process p =
          new ProcessBuilder(command.toString(), "--version").directory(work.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as("%s: %s", command, err).isZero();
      assertThat(out).startsWith("cop 0.");
      assertThat(err).isEmpty();
    }
  }

  /**
   * bin/cop chooses Java's options by the command, the first word that is neither an option nor
   * {@code --language}'s value: a short command gets one compiler thread and the archive mapped
   * where it was made; {@code analyse} keeps Java's compiler threads; {@code serve} both of Java's
   * defaults. A stand-in Java prints what it was given.
   */
  @Test
  void binCopChoosesJavasOptionsByTheCommandPastTheLanguage() throws Exception {
    Path moved = work.resolve("cop");
    copy(Installed.in(work).home(), moved);
    Path fakeJava = Files.createDirectories(work.resolve("fake-java/bin")).resolve("java");
    Files.writeString(
        fakeJava,
        "#!/bin/sh\nprintf 'java'\nfor a in \"$@\"; do printf ' %s' \"$a\"; done\necho\n",
        StandardCharsets.UTF_8);
    assertThat(fakeJava.toFile().setExecutable(true)).isTrue();
    Files.writeString(
        fakeJava.getParent().resolveSibling("release"),
        "JAVA_RUNTIME_VERSION=\"0-stand-in\"\n",
        StandardCharsets.UTF_8);
    String oneCompiler = "-XX:CICompilerCount=1";
    String lessInlined = "-XX:C1MaxInlineSize=15";
    String mappedWhereMade = "-XX:ArchiveRelocationMode=0";
    assertThat(javaGiven(moved, "render", "x"))
        .contains(oneCompiler, lessInlined, mappedWhereMade)
        .endsWith(" render x");
    assertThat(javaGiven(moved, "--language", "cy", "validate", "x"))
        .contains(oneCompiler, lessInlined, mappedWhereMade);
    assertThat(javaGiven(moved, "--language", "cy", "analyse", "x"))
        .contains(mappedWhereMade)
        .doesNotContain(oneCompiler, lessInlined);
    assertThat(javaGiven(moved, "--language", "cy", "serve"))
        .doesNotContain(oneCompiler, lessInlined, mappedWhereMade);
    assertThat(javaGiven(moved, "serve", "--language", "cy"))
        .doesNotContain(oneCompiler, lessInlined, mappedWhereMade);
  }

  /** What the stand-in Java under {@code work/fake-java} was given last by {@code bin/cop args}. */
  private String javaGiven(Path home, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/cop").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().put("JAVA_HOME", work.resolve("fake-java").toString());
    Process p = builder.redirectErrorStream(true).start();
    List<String> lines;
    try (var out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      lines = out.lines().toList();
    }
    assertThat(p.waitFor()).as("%s", lines).isZero();
    assertThat(lines).as("what bin/cop ran").isNotEmpty();
    return lines.get(lines.size() - 1);
  }

  /**
   * The benchmarks' harness (JMH and the two libraries it brings) is for the benchmarks in this
   * module only: neither in lib/ nor on the class path the tool's jar names, where every jar is one
   * more that a cold start opens when Java looks for time-zone rules.
   */
  @Test
  void theDistributionCarriesNoBenchmarkHarness() throws Exception {
    Path home = Installed.in(work).home();
    List<String> benchmarkOnly = List.of("jmh-core", "jopt-simple", "commons-math3");
    List<String> lib;
    try (Stream<Path> files = Files.list(home.resolve("lib"))) {
      lib = files.map(p -> p.getFileName().toString()).toList();
    }
    assertThat(lib).anyMatch(n -> n.startsWith("picocli-"));
    String classPath;
    try (JarFile jar = new JarFile(copJar(home).toFile())) {
      classPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
    }
    assertThat(classPath).contains("picocli-");
    for (String harness : benchmarkOnly) {
      assertThat(lib).noneMatch(n -> n.startsWith(harness + "-"));
      assertThat(classPath).doesNotContain(harness + "-");
    }
  }

  @Test
  void theArchiveHoldsTheCommandLineParserThatEveryCommandLoads() throws Exception {
    Process p = versionWithTheArchive(Installed.in(work).home(), "-Xlog:class+load=info:stdout");
    List<String> lines;
    try (var out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      lines = out.lines().toList();
    }
    assertThat(p.waitFor()).isZero();
    // picocli is compiled for Java 5: an archive written as a run exits leaves it out on Java 17
    assertThat(lines)
        .filteredOn(
            l -> l.contains(" picocli.CommandLine ") || l.contains(" " + Cop.class.getName() + " "))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("source: shared objects file"));
  }

  @Test
  void theArchivesToUnpackCarryTheClassListButNoArchiveThatFitsOnlyTheBuildFolder()
      throws Exception {
    Path dist = Installed.in(work).home();
    Path zip;
    try (Stream<Path> target = Files.list(dist.getParent())) {
      zip =
          target
              .filter(p -> p.getFileName().toString().matches("cop-.*\\.zip"))
              .findFirst()
              .orElseThrow();
    }
    List<String> names = new ArrayList<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      z.stream().forEach(e -> names.add(e.getName()));
    }
    assertThat(names).anyMatch(n -> n.endsWith("/lib/cop.classlist"));
    assertThat(names).noneMatch(n -> n.contains("/lib/cop.jsa"));
  }

  /**
   * {@code cop --version} on this Java with the folder's archive, sharing required, and {@code
   * options} for the JVM; standard error joins standard out.
   */
  private static Process versionWithTheArchive(Path home, String... options) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + home.resolve("lib/cop.jsa")));
    command.addAll(List.of(options));
    command.addAll(List.of("-jar", copJar(home).toString(), "--version"));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static Path copJar(Path home) throws IOException {
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      return lib.filter(p -> p.getFileName().toString().matches("cop-examples-.*\\.jar"))
          .findFirst()
          .orElseThrow();
    }
  }

  /**
   * Java maps the folder's archive with sharing required: it is whole and fits this Java and these
   * jars.
   */
  private static void assertMapsCleanly(Path home) throws Exception {
    Process p = versionWithTheArchive(home);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("java -Xshare:on with the archive: %s", out).isZero();
  }

  /**
   * Copies a folder, keeping each file's permissions and time (the archive checks the jars' times).
   */
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
