package org.communityofpractice.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through Debian's chromedriver, with a fresh profile and nothing
 * that reaches the network: pages are opened from {@code file://}. Selenium Manager is never asked
 * for a driver because the driver's path is given explicitly.
 */
final class HeadlessChromium implements AutoCloseable {
  private final Path workDir;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private HeadlessChromium(Path workDir, ChromeDriverService service, ChromeDriver driver) {
    this.workDir = workDir;
    this.service = service;
    this.driver = driver;
  }

  /** Starts Chromium; skips the calling test when Chromium is not installed. */
  static HeadlessChromium start() throws IOException {
    BrowserTools.assumeChromium();
    System.setProperty(
        ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, BrowserTools.CHROMEDRIVER.toString());
    Path workDir = Files.createTempDirectory("cop-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTools.CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024",
        "--user-data-dir=" + workDir.resolve("profile"));
    // an alert raised by hostile text must stay open so the test can see it
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(BrowserTools.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new HeadlessChromium(workDir, service, driver);
  }

  /** Writes {@code html} to a file and opens it. */
  void open(String html) throws IOException {
    Path page = Files.createTempFile(workDir, "report-", ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    driver.get(page.toUri().toString());
  }

  /** Opens a file already on disk, such as a page of a website folder. */
  void open(Path file) {
    driver.get(file.toUri().toString());
  }

  /** Runs a script in the page and returns its result (see {@code executeScript}). */
  Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** A PNG of the visible page, for looking at by eye when a test fails. */
  byte[] screenshot() {
    return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
  }

  /** Resizes the window, as a phone or a desktop would show the page. */
  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Whether an alert, confirm or prompt dialog is open. */
  boolean alertOpen() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  /**
   * Runs axe-core in the page with the WCAG 2.0 and 2.1 A/AA rules and returns its violations, each
   * a map with {@code id}, {@code impact}, {@code help} and {@code nodes}.
   */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> axeViolations() throws IOException {
    driver.executeScript(Files.readString(BrowserTools.axeScript(), StandardCharsets.UTF_8));
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag',"
                + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                + ".then(r => done(r.violations)).catch(e => done('axe failed: ' + e));");
    if (!(result instanceof List)) {
      throw new IllegalStateException(String.valueOf(result));
    }
    return (List<Map<String, Object>>) result;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(workDir);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
