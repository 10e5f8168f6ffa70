package org.communityofpractice.examples.cli;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The distribution {@code ./mvnw package} assembles (the {@code cop.dist} system property names its
 * folder), run the way a person runs it: {@code bin/cop} as a separate process, no Maven and no
 * test class path, answers typed on standard in.
 */
final class Installed {
  private final Path home;
  private final Path workDir;

  private Installed(Path home, Path workDir) {
    this.home = home;
    this.workDir = workDir;
  }

  /**
   * The distribution, running commands in {@code workDir}; skips on Windows (bin/cop is a POSIX
   * shell script).
   */
  static Installed in(Path workDir) {
    assumeFalse(
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"),
        "bin/cop is a POSIX shell script");
    String dist = System.getProperty("cop.dist");
    // failsafe sets cop.dist after "package"; a unit-test run picked up by a -Dtest pattern skips
    assumeTrue(
        dist != null,
        "runs as an integration test (failsafe), after the distribution is assembled");
    if (!Files.isExecutable(Path.of(dist, "bin", "cop"))) {
      throw new IllegalStateException(
          "no distribution at cop.dist=" + dist + "; run ./mvnw package first");
    }
    return new Installed(Path.of(dist), workDir);
  }

  /** A copy of the distribution at {@code home}, such as one unpacked elsewhere. */
  Installed movedTo(Path home) {
    return new Installed(home, workDir);
  }

  Path home() {
    return home;
  }

  CopRun run(String... args) throws IOException, InterruptedException {
    return withInput("", args);
  }

  /** Runs {@code bin/cop args} with {@code input} on standard in. */
  CopRun withInput(String input, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin").resolve("cop").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().remove("JAVA_OPTS");
    Process process = builder.start();
    CompletableFuture<String> out =
        CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // the command stopped reading before all was typed; its exit code and output say why
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "cop " + String.join(" ", args) + " did not finish in five minutes");
    }
    return new CopRun(process.exitValue(), out.join(), err.join());
  }

  private static String drain(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
