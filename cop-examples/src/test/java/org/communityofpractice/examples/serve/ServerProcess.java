package org.communityofpractice.examples.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cop serve} in a program of its own, as a charity runs it: on 127.0.0.1 and a free port,
 * its log (standard error) kept in a file for the test to read, and killable with SIGKILL.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern OPEN =
      Pattern.compile("cop serve: open (http://127\\.0\\.0\\.1:\\d+/) .*");
  private static final Pattern CODE = Pattern.compile(".*the one-time code (\\S+) .*");

  private final Process process;
  private final URI uri;
  private final String firstRunCode;

  private ServerProcess(Process process, URI uri, String firstRunCode) {
    this.process = process;
    this.uri = uri;
    this.firstRunCode = firstRunCode;
  }

  static ServerProcess start(Path store, Path log) throws IOException {
    return start(store, log, false);
  }

  /**
   * With {@code login}, {@code --login}; on a first run the one-time code printed to standard
   * output is kept for the test (and, unlike the rest of that output, not copied into the log
   * file).
   */
  static ServerProcess start(Path store, Path log, boolean login) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.communityofpractice.examples.cli.Cop",
                "serve",
                store.toString(),
                "--port",
                "0"));
    if (login) {
      command.add("--login");
    }
    Process p =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    URI uri = null;
    while ((line = out.readLine()) != null) {
      Matcher code = CODE.matcher(line);
      if (code.matches()) {
        return new ServerProcess(p, uri, code.group(1));
      }
      Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      Matcher m = OPEN.matcher(line);
      if (m.matches()) {
        uri = URI.create(m.group(1));
        if (!login || Files.exists(store.resolve(".cop-serve/accounts"))) {
          return new ServerProcess(p, uri, null);
        }
      }
    }
    throw new IllegalStateException(
        "cop serve stopped before listening; its log: " + Files.readString(log));
  }

  URI uri() {
    return uri;
  }

  /** The first run's one-time code, when the server printed one. */
  String firstRunCode() {
    return firstRunCode;
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
