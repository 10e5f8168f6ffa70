package org.communityofpractice.report.html;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the browser-test tools live: Debian's {@code chromium} and {@code chromium-driver}, and
 * axe-core and vnu-jar from npm ({@code .ci/package.json}). {@code .ci/run} installs all of them;
 * when one is missing the test that needs it is skipped (a JUnit assumption) with a message saying
 * how to install it.
 */
final class BrowserTools {
  static final Path CHROMIUM = Path.of(System.getProperty("cop.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("cop.chromedriver", "/usr/bin/chromedriver"));

  private BrowserTools() {}

  /** Skips the calling test unless Chromium and its driver are installed. */
  static void assumeChromium() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        () ->
            "skipped: Chromium browser tests need "
                + CHROMIUM
                + " and "
                + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver, as .ci/run does)");
  }

  /** axe-core's browser bundle; skips the calling test when it is not installed. */
  static Path axeScript() {
    return npmFile("axe-core/axe.min.js");
  }

  /** The Nu HTML checker's jar; skips the calling test when it is not installed. */
  static Path vnuJar() {
    return npmFile("vnu-jar/build/dist/vnu.jar");
  }

  private static Path npmFile(String relative) {
    Optional<Path> file = nodeModules().map(m -> m.resolve(relative)).filter(Files::isRegularFile);
    assumeTrue(
        file.isPresent(),
        () ->
            "skipped: "
                + relative
                + " not found; run 'npm ci' in .ci/ (as .ci/run does) or set"
                + " COP_NODE_MODULES to a node_modules directory holding axe-core and vnu-jar");
    return file.orElseThrow();
  }

  /** {@code COP_NODE_MODULES}, else the {@code .ci/node_modules} of the enclosing checkout. */
  private static Optional<Path> nodeModules() {
    String configured = System.getenv("COP_NODE_MODULES");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(".ci/node_modules");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
