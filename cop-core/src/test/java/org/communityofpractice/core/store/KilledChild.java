package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program run in a JVM of its own to be killed with SIGKILL ({@link Process#destroyForcibly()} on
 * Linux) by the crash tests, with the lines it printed before it died. The JVM is small and quick
 * to start; its audit lines (INFO) are left out of its error output, which must stay empty.
 */
final class KilledChild {
  private final Process process;
  private final Path errors;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private KilledChild(Process process, Path errors) {
    this.process = process;
    this.errors = errors;
    this.reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  synchronized (lines) {
                    lines.add(line);
                  }
                }
              } catch (IOException e) {
                // the pipe closes when the child dies
              }
            });
    reader.start();
  }

  /** Starts {@code main} with {@code args}; what it writes to stderr goes to {@code errors}. */
  static KilledChild start(Class<?> main, Path errors, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-XX:-UsePerfData",
                "-Xmx96m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(args));
    return new KilledChild(
        new ProcessBuilder(command).redirectError(errors.toFile()).start(), errors);
  }

  /** Waits until the child printed {@code count} lines, died, or two minutes passed. */
  void awaitLines(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && process.isAlive()) {
      synchronized (lines) {
        if (lines.size() >= count) {
          return;
        }
      }
      Thread.sleep(1);
    }
  }

  /** Waits until the child printed a line {@code pattern} matches, died, or two minutes passed. */
  void awaitLineMatching(java.util.regex.Pattern pattern) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && process.isAlive()) {
      synchronized (lines) {
        if (lines.stream().anyMatch(line -> pattern.matcher(line).matches())) {
          return;
        }
      }
      Thread.sleep(1);
    }
  }

  /** Waits for the child to end by itself. */
  void awaitExit() throws InterruptedException {
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the child finished").isTrue();
  }

  /**
   * Kills the child and returns every whole line it printed; it must have printed one and nothing
   * to stderr.
   */
  List<String> kill() throws Exception {
    process.destroyForcibly();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    reader.join(TimeUnit.SECONDS.toMillis(20));
    assertThat(Files.readString(errors)).as("what the child wrote to stderr").isEmpty();
    synchronized (lines) {
      assertThat(lines).as("the child started").isNotEmpty();
      return List.copyOf(lines);
    }
  }
}
