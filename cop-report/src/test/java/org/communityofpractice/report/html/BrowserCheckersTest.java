package org.communityofpractice.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checkers the HTML report tests rely on find faults when there are some, so their "zero
 * violations" and "zero errors" on the report mean something.
 */
class BrowserCheckersTest {
  private static final String CLEAN =
      "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Clean</title></head>"
          + "<body><main><h1>Clean</h1><p>Nothing wrong here.</p></main></body></html>";

  @Test
  void axeFindsAnImageWithoutAlternativeTextAndNothingOnACleanPage() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(CLEAN);
      assertThat(chromium.axeViolations()).isEmpty();

      chromium.open(CLEAN.replace("<p>Nothing wrong here.</p>", "<img src=\"data:,\">"));
      assertThat(chromium.axeViolations()).extracting(v -> v.get("id")).contains("image-alt");
    }
  }

  @Test
  void axeFindsLowContrast() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(CLEAN.replace("<p>", "<p style=\"color:#bbb;background:#fff\">"));
      assertThat(chromium.axeViolations())
          .extracting(v -> v.get("id"))
          .containsExactly("color-contrast");
    }
  }

  @Test
  void chromiumRunsScriptsInOpenedPagesSoTheHostileTextTestCouldSeeThem() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(
          CLEAN.replace(
              "<p>Nothing wrong here.</p>",
              "<script>window.__pwned = 1; document.title = 'pwned'</script>"));
      assertThat(chromium.script("return window.__pwned")).isEqualTo(1L);
      assertThat(chromium.script("return document.title")).isEqualTo("pwned");
      assertThat(chromium.alertOpen()).isFalse();

      chromium.open(
          CLEAN.replace("<p>Nothing wrong here.</p>", "<img src=x onerror=alert(1) alt=\"\">"));
      assertThat(chromium.alertOpen()).isTrue();
    }
  }

  @Test
  void nuCheckerFindsMisnestedMarkupAndInvalidCssAndNothingInACleanPage() throws Exception {
    String misnested = CLEAN.replace("<p>Nothing wrong here.</p>", "<p><div></p>");
    String badCss = CLEAN.replace("</title>", "</title><style>p { colour: red }</style>");
    List<String> errors = NuHtmlChecker.errors(List.of(CLEAN, misnested, badCss));
    assertThat(errors).noneMatch(e -> e.startsWith("document 0,"));
    assertThat(errors)
        .anyMatch(e -> e.startsWith("document 1,") && e.contains("No “p” element in scope"));
    assertThat(errors).anyMatch(e -> e.startsWith("document 2,") && e.contains("colour"));
  }
}
