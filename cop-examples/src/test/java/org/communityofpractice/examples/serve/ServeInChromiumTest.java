package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole flow in a real headless Chromium (Debian's chromium and chromedriver) against {@code
 * cop serve} running as its own program: set up a community, sign three people in at the door with
 * different consents, capture a session with ratings and an action — the server killed with SIGKILL
 * in the middle and started again — finish, review, render, circulate to the outbox (a finding of
 * the publication check decided first), and answer an access request and an erasure. On every page:
 * axe-core finds no WCAG 2.1 A/AA violation, the Nu checker no error, no hostile text typed into
 * the forms runs, and the forms can be walked with the keyboard. The server's log never holds what
 * was typed. Skipped, with a message, when Chromium or the npm tools are not installed.
 */
class ServeInChromiumTest {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("cop.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("cop.chromedriver", "/usr/bin/chromedriver"));

  /** Typed into the free-text fields: none of it may run, anywhere. */
  private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'";

  @TempDir Path store;
  @TempDir Path work;
  private ChromeDriver driver;
  private Path axe;
  private Path vnu;
  private final List<String> pages = new ArrayList<>();

  /**
   * Skips unless Chromium, its driver and the npm tools are installed; the server's log file,
   * empty.
   */
  private Path prepare() throws java.io.IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        () ->
            "skipped: needs "
                + CHROMIUM
                + " and "
                + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");
    axe = npm("axe-core/axe.min.js");
    vnu = npm("vnu-jar/build/dist/vnu.jar");
    Path log = work.resolve("serve.log");
    Files.writeString(log, "");
    return log;
  }

  @Test
  void aFirstSessionFromSetUpToErasure() throws Exception {
    Path log = prepare();
    ChromeDriverService service = service();
    ServerProcess server = ServerProcess.start(store, log);
    driver = driver(service);
    try {
      String base = server.uri().toString().replaceAll("/$", "");
      open(base + "/", axe);
      type("c-name", "@SoTCoP " + HOSTILE);
      type("c-id", "sotcop");
      type("c-place", "Stoke-on-Trent");
      submit("c-place", axe);

      driver.findElement(By.cssSelector("#topics ~ details summary")).click();
      type("t-title", "Prison release");
      type("t-description", HOSTILE);
      driver.findElement(By.cssSelector("input[name=needed][value=EXPERT_BY_EXPERIENCE]")).click();
      submit("t-title", axe);

      open(base + "/c/sotcop/people", axe);
      type("p-name", "Chris Chair");
      submit("p-name", axe);
      open(base + "/c/sotcop/people", axe);
      type("p-name", "Alex Known");
      type("p-email", "alex@example.org");
      submit("p-name", axe);

      open(base + "/c/sotcop/sessions/new", axe);
      type("n-venue", "Hanley Library");
      submit("n-venue", axe);

      // the door: every form reachable by keyboard, nothing ticked
      keyboardReachesEveryControl();
      assertThat(driver.findElements(By.cssSelector("input[type=checkbox]:checked"))).isEmpty();
      assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Alex Known");
      type("dk-who", "Alex Known");
      driver
          .findElement(By.cssSelector("#known ~ form input[name=agree][value=NAMED_IN_REPORTS]"))
          .click();
      type("dk-notice", "2016-1");
      submit("dk-notice", axe);
      type("dn-name", "Sam Walkin " + HOSTILE);
      type("dn-email", "sam@example.org");
      driver
          .findElement(
              By.cssSelector("#new + form input[name=agree][value=COMMUNITY_COMMUNICATIONS]"))
          .click();
      driver
          .findElement(By.cssSelector("#new + form input[name=agree][value=RESEARCH_USE]"))
          .click();
      type("dn-notice", "2016-1");
      submit("dn-name", axe);
      type("dn-name", "Jo Nothing");
      submit("dn-name", axe);

      String capture = base + "/c/sotcop/capture/sotcop-1";
      open(capture, axe);
      keyboardReachesEveryControl();
      driver.findElement(By.cssSelector("section.stage button[type=submit]")).click();
      settle(axe);
      type("h-text", "Leave with one thing to try " + HOSTILE);
      submit("h-text", axe);
      assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).startsWith("Recorded.");

      server
          .kill(); // SIGKILL after the page confirmed: the best hope must be there after a restart
      server = ServerProcess.start(store, log);
      base = server.uri().toString().replaceAll("/$", "");
      capture = base + "/c/sotcop/capture/sotcop-1";
      open(capture, axe);
      assertThat(
              driver
                  .findElement(By.id("so-far"))
                  .findElement(By.xpath("following-sibling::ol"))
                  .getText())
          .contains("Best hope: Leave with one thing to try");
      driver
          .manage()
          .deleteAllCookies(); // a second screen on the same capture watches it read-only
      open(capture, axe);
      assertThat(driver.getTitle()).startsWith("Watching:");
      driver.findElement(By.cssSelector("form[action$=take] button")).click();
      settle(axe);
      assertThat(driver.getTitle()).startsWith("Capture:");

      Path photo = work.resolve("flipchart.jpg");
      Files.write(photo, PhotoUploadTest.withExif(PhotoUploadTest.jpeg(120, 80), 1));
      driver.findElement(By.id("ph-file")).sendKeys(photo.toString());
      type("ph-caption", "What is working well " + HOSTILE);
      type("ph-alt", "A flip chart with six points");
      submit("ph-alt", axe);
      assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).startsWith("Recorded.");

      type("pr-title", "Leaving prison on a Friday");
      submit("pr-title", axe);
      assertThat(driver.findElement(By.cssSelector(".clock")).getText()).matches("[45]:\\d\\d");
      driver.findElement(By.cssSelector("#present ~ form button")).click();
      settle(axe);
      type("c-text", HOSTILE);
      submit("c-text", axe);
      submit("s-good", axe);
      type("r-value", "6");
      submit("r-value", axe);
      type("r-value", "8");
      new Select(driver.findElement(By.id("r-by"))).selectByVisibleText("Alex Known");
      submit("r-value", axe);
      type("a-text", "Ask probation to join next time");
      submit("a-text", axe);
      type("k-text", "Friday releases leave people without support, says Chris Chair");
      submit("k-text", axe);
      driver.findElement(By.cssSelector("input[name=sure]")).click();
      driver.findElement(By.cssSelector("form[action$=finish] button")).click();
      settle(axe);
      assertThat(driver.findElement(By.cssSelector("p.notice")).getText())
          .startsWith("Finished: 4 in the room");

      // after: the review, every report previewed (the HTML report is checked by cop-report's own
      // tests)
      for (WebElement link :
          driver.findElements(By.cssSelector("main table a:not([href*=download])"))) {
        assertThat(link.getAttribute("href")).contains("/reports/session/sotcop-1/");
      }
      List<String> previews =
          driver.findElements(By.cssSelector("main table a:not([href*=download])")).stream()
              .map(a -> a.getAttribute("href"))
              .filter(h -> !h.endsWith("/html"))
              .toList();
      for (String preview : previews) {
        // the same layout as every other page, around a long <pre>: axe checks the layout elsewhere
        driver.get(preview);
        assertThat(alertOpen()).isFalse();
        // a text format is shown in the app's page; an HTML one (such as the poster) is its own
        // document
        assertThat(driver.getPageSource())
            .as(preview)
            .doesNotContain("Jo Nothing")
            .doesNotContain("sam@example.org");
      }
      open(base + "/c/sotcop/review", axe);

      // circulate: who would receive it by id, the check's finding by field and id, a decision, the
      // outbox
      open(base + "/c/sotcop/sessions/sotcop-1", axe);
      driver.findElement(By.cssSelector("a[href$='/circulate/session/sotcop-1']")).click();
      settle(axe);
      keyboardReachesEveryControl();
      assertThat(driver.findElement(By.tagName("main")).getText())
          .doesNotContain("@example.org")
          .doesNotContain("Chris Chair");
      type("ci-from", "chair@sotcop.example");
      type("ci-stop", "stop@sotcop.example");
      submit("ci-from", axe);
      assertThat(driver.findElement(By.cssSelector("p.notice.error")).getText())
          .startsWith("Nothing was sent");
      assertThat(outbox()).isEmpty();
      type("ci-from", "chair@sotcop.example");
      type("ci-name", "@SoTCoP " + HOSTILE);
      type("ci-stop", "stop@sotcop.example");
      driver
          .findElement(By.cssSelector("fieldset input[type=radio][value=redact]"))
          .sendKeys(Keys.SPACE);
      submit("ci-from", axe);
      assertThat(driver.findElement(By.cssSelector("p.notice")).getText())
          .startsWith("Circulated: ");
      assertThat(outbox())
          .as("a message for each person on the email list, and nobody else")
          .containsExactlyInAnyOrderElementsOf(consentingRecipients());
      assertThat(
              Files.readString(
                  store
                      .resolve("outbox/sotcop/report-sotcop-1")
                      .resolve(consentingRecipients().get(0))))
          .contains("sam@example.org")
          .doesNotContain("Chris Chair");

      open(base + "/c/sotcop/rights", axe);
      type("r-q", "sam@example");
      submit("r-q", axe);
      driver.findElement(By.cssSelector("main ul.plain a")).click();
      settle(axe);
      // the access request: everything held about them, as the download the page links to
      String export =
          driver.findElement(By.cssSelector("a[href$='export.csv']")).getAttribute("href");
      java.net.http.HttpResponse<String> held =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(export)).build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(held.statusCode()).isEqualTo(200);
      assertThat(held.body()).contains("sam@example.org").doesNotContain("alex@example.org");
      driver.findElement(By.cssSelector("a[href$=erase]")).click();
      settle(axe);
      type("e-confirm", "erase");
      submit("e-confirm", axe);
      assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).startsWith("Erased.");
      assertThat(outbox()).as("the message to the person erased").isEmpty();
    } finally {
      driver.quit();
      service.stop();
      server.close();
    }
    assertThat(nuErrors(vnu)).isEmpty();
    String serverLog = Files.readString(log);
    assertThat(serverLog).contains("cop serve listening");
    for (String typed :
        List.of(
            "Sam Walkin",
            "sam@example.org",
            "alex@example.org",
            "Alex Known",
            "Chris Chair",
            "Jo Nothing",
            "Leave with one thing",
            "Leaving prison",
            "probation",
            "Friday releases",
            "onerror")) {
      assertThat(serverLog).as("the server's log").doesNotContain(typed);
    }
  }

  /** The files in the store's outbox, by name. */
  private List<String> outbox() throws java.io.IOException {
    Path dir = store.resolve("outbox");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
    }
  }

  /**
   * Who has an email address and community communications consent in force now, as message file
   * names.
   */
  private List<String> consentingRecipients() {
    var community =
        org.communityofpractice.core.store.FileArchiveStore.builder(store)
            .build()
            .load(org.communityofpractice.core.community.CommunityId.of("sotcop"))
            .orElseThrow()
            .community();
    java.time.Instant now = java.time.Instant.now();
    return community.register().people().stream()
        .filter(p -> p.contact().email().isPresent())
        .filter(
            p ->
                community
                    .consent()
                    .inForce(
                        p.id(),
                        org.communityofpractice.core.consent.ConsentPurpose
                            .COMMUNITY_COMMUNICATIONS,
                        now))
        .map(p -> p.id().value() + ".eml")
        .toList();
  }

  private static ChromeDriverService service() {
    return new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
  }

  private ChromeDriver driver(ChromeDriverService service) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1024,1366",
        "--user-data-dir=" + work.resolve("profile"));
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
    chrome.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
    return chrome;
  }

  /**
   * With {@code --login}: the first-run setup, the accounts page, changing one's password, signing
   * out and in again — axe and the Nu checker on each page, and no user name or password in the
   * log.
   */
  @Test
  void theLoginPages() throws Exception {
    Path log = prepare();
    String password = "a long chair password " + HOSTILE;
    ChromeDriverService service = service();
    ServerProcess server = ServerProcess.start(store, log, true);
    driver = driver(service);
    try {
      String base = server.uri().toString().replaceAll("/$", "");
      open(base + "/", axe);
      assertThat(driver.getCurrentUrl()).endsWith("/setup");
      keyboardReachesEveryControl();
      type("su-code", server.firstRunCode());
      type("su-user", "chairuser");
      type("su-password", password);
      type("su-again", password);
      submit("su-again", axe);
      assertThat(driver.findElement(By.cssSelector(".account")).getText()).contains("chairuser");
      open(base + "/accounts", axe);
      type("ac-user", "recorderuser");
      driver.findElement(By.cssSelector("input[name=role][value=RECORDER]")).click();
      type("ac-password", "a recorder password that is long");
      submit("ac-user", axe);
      assertThat(driver.findElement(By.tagName("table")).getText())
          .contains("recorderuser")
          .contains("Recorder");
      open(base + "/password", axe);
      driver.findElement(By.cssSelector(".account button")).click();
      settle(axe);
      assertThat(driver.getCurrentUrl()).endsWith("/signin");
      keyboardReachesEveryControl();
      type("si-user", "recorderuser");
      type("si-password", "a recorder password that is long");
      submit("si-password", axe);
      assertThat(driver.findElement(By.cssSelector(".account")).getText()).contains("recorderuser");
    } finally {
      driver.quit();
      service.stop();
      server.close();
    }
    assertThat(nuErrors(vnu)).isEmpty();
    String serverLog = Files.readString(log);
    for (String secret :
        List.of("chairuser", "recorderuser", "a long chair password", "a recorder password")) {
      assertThat(serverLog).as("the server's log").doesNotContain(secret);
    }
  }

  private static Path npm(String relative) {
    String configured = System.getenv("COP_NODE_MODULES");
    Optional<Path> modules =
        configured != null && !configured.isBlank()
            ? Optional.of(Path.of(configured))
            : Optional.empty();
    for (Path dir = Path.of("").toAbsolutePath();
        modules.isEmpty() && dir != null;
        dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".ci/node_modules"))) {
        modules = Optional.of(dir.resolve(".ci/node_modules"));
      }
    }
    Optional<Path> file = modules.map(m -> m.resolve(relative)).filter(Files::isRegularFile);
    assumeTrue(
        file.isPresent(),
        () ->
            "skipped: "
                + relative
                + " not found; run 'npm ci' in .ci/ (as .ci/run does)"
                + " or set COP_NODE_MODULES");
    return file.orElseThrow();
  }

  private void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Presses Enter in a field's form, or clicks its submit button, and checks the page it leads to.
   */
  private void submit(String fieldId, Path axe) throws Exception {
    driver
        .findElement(By.id(fieldId))
        .findElement(By.xpath("ancestor::form//button[@type='submit']"))
        .click();
    settle(axe);
  }

  private void open(String url, Path axe) throws Exception {
    driver.get(url);
    settle(axe);
  }

  /**
   * The checks every page passes: no alert (nothing typed ran), no axe violation; kept for the Nu
   * checker.
   */
  @SuppressWarnings("unchecked")
  private void settle(Path axe) throws Exception {
    assertThat(alertOpen()).as("an alert on %s: typed text ran", driver.getCurrentUrl()).isFalse();
    assertThat(driver.findElements(By.cssSelector("p.notice.error")))
        .as("%s", driver.getCurrentUrl())
        .allSatisfy(
            e -> assertThat(e.getText()).containsAnyOf("Nothing was erased", "Nothing was sent"));
    assertThat(
            (Boolean)
                driver.executeScript(
                    "return document.querySelectorAll('script:not([src=\"/static/live.js\"]),"
                        + " [onerror]').length === 0"
                        + " && !document.querySelector('img[src=x]')"))
        .as("hostile markup on %s", driver.getCurrentUrl())
        .isTrue();
    driver.executeScript(Files.readString(axe, StandardCharsets.UTF_8));
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']}).then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' '"
                + " + v.nodes.map(n => n.target.join(' ')).join(', ')))).catch(e => done(['axe failed: ' + e]));");
    assertThat((List<String>) result).as("axe on %s", driver.getCurrentUrl()).isEmpty();
    pages.add(
        driver.getPageSource().startsWith("<!DOCTYPE")
            ? driver.getPageSource()
            : "<!DOCTYPE html>\n" + driver.getPageSource());
  }

  private boolean alertOpen() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  /** Tabs through the page from the top: every link, field and button gets the focus. */
  @SuppressWarnings("unchecked")
  private void keyboardReachesEveryControl() {
    // a group of radio buttons is one stop for Tab (the arrow keys move within it)
    List<String> controls =
        (List<String>)
            driver.executeScript(
                "const groups = new Set(); return [...document"
                    + ".querySelectorAll('a[href], input:not([type=hidden]), select, textarea, button')]"
                    + ".filter(e => e.type !== 'radio' || (!groups.has(e.name) && groups.add(e.name)))"
                    + ".map((e, i) => { e.dataset.k = String(i); return String(i); });");
    driver.executeScript(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    Set<String> reached = new HashSet<>();
    Actions keys = new Actions(driver);
    for (int i = 0; i < controls.size() * 2 + 5 && reached.size() < controls.size(); i++) {
      keys.sendKeys(Keys.TAB).perform();
      Object k = driver.executeScript("return document.activeElement.dataset.k || null;");
      if (k != null) {
        reached.add((String) k);
      }
    }
    assertThat(reached)
        .as("controls reached by Tab on %s", driver.getCurrentUrl())
        .hasSameSizeAs(controls);
  }

  /** Runs the Nu HTML checker once over every page kept; its errors. */
  private List<String> nuErrors(Path vnu) throws Exception {
    Path dir = Files.createDirectories(work.resolve("pages"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss2m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                vnu.toString(),
                "--format",
                "json",
                "--exit-zero-always"));
    for (int i = 0; i < pages.size(); i++) {
      Path page = dir.resolve("page-" + i + ".html");
      Files.writeString(page, pages.get(i), StandardCharsets.UTF_8);
      command.add(page.toString());
    }
    Process process =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    byte[] report = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("vnu finished").isTrue();
    JsonNode result = new ObjectMapper().readTree(report);
    assertThat(result.path("messages").isArray())
        .as("vnu ran: %s", new String(report, StandardCharsets.UTF_8))
        .isTrue();
    List<String> errors = new ArrayList<>();
    for (JsonNode m : result.path("messages")) {
      if (m.path("type").asText().equals("error")) {
        errors.add(
            m.path("url").asText()
                + ":"
                + m.path("lastLine").asText()
                + ": "
                + m.path("message").asText());
      }
    }
    return errors;
  }
}
