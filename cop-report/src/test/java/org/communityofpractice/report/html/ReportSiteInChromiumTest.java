package org.communityofpractice.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityofpractice.report.site.ReportSiteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report website in a real headless Chromium, every page opened from disk: axe-core finds no
 * WCAG 2.1 A/AA violation, nothing is fetched from outside the site's folder, and the Nu HTML
 * checker finds no error. Skipped, with a message, when Chromium or the npm tools are not
 * installed.
 */
class ReportSiteInChromiumTest {
  private static Path site;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void buildTheSite() throws Exception {
    site = Files.createTempDirectory("cop-site-");
    ReportSiteTest.write(site);
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void close() throws java.io.IOException {
    if (chromium != null) {
      chromium.close();
    }
    try (var files = Files.walk(site)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  @Test
  void noPageFetchesAnythingFromOutsideTheSitesFolder() throws Exception {
    String inside = site.toUri().toString();
    for (Path page : ReportSiteTest.htmlPages(site)) {
      chromium.open(page);
      @SuppressWarnings("unchecked")
      List<String> fetched =
          (List<String>)
              chromium.script(
                  "return performance.getEntriesByType('resource').map(r => r.name)"
                      + ".concat(performance.getEntriesByType('navigation').map(n => n.name))");
      assertThat(fetched)
          .as("requests of %s", page)
          .isNotEmpty()
          .allSatisfy(
              url ->
                  assertThat(url.startsWith(inside) || url.startsWith("data:")).as(url).isTrue());
    }
  }

  @Test
  void axeFindsNoWcag21AOrAaViolationOnAnyPage() throws Exception {
    for (Path page : ReportSiteTest.htmlPages(site)) {
      chromium.open(page);
      List<Map<String, Object>> violations = chromium.axeViolations();
      assertThat(violations).as("axe-core violations in %s: %s", page, violations).isEmpty();
    }
  }

  @Test
  void nuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
    List<String> pages = new ArrayList<>();
    for (Path page : ReportSiteTest.htmlPages(site)) {
      pages.add(Files.readString(page, StandardCharsets.UTF_8));
    }
    assertThat(NuHtmlChecker.errors(pages))
        .as("Nu HTML checker errors in %s", ReportSiteTest.htmlPages(site))
        .isEmpty();
  }
}
