package org.communityofpractice.examples.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cop serve} in a program of its own, as a charity runs it: on 127.0.0.1 and a free port,
 * its log (standard error) kept in a file for the test to read, and killable with SIGKILL.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern OPEN = Pattern.compile("cop serve: open (http://127\\.0\\.0\\.1:\\d+/) .*");

  private final Process process;
  private final URI uri;

  private ServerProcess(Process process, URI uri) {
    this.process = process;
    this.uri = uri;
  }

  static ServerProcess start(Path store, Path log) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
        "-cp", System.getProperty("java.class.path"),
        "org.communityofpractice.examples.cli.Cop", "serve", store.toString(), "--port", "0")
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      Matcher m = OPEN.matcher(line);
      if (m.matches()) {
        return new ServerProcess(p, URI.create(m.group(1)));
      }
    }
    throw new IllegalStateException("cop serve stopped before listening; its log: " + Files.readString(log));
  }

  URI uri() {
    return uri;
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
