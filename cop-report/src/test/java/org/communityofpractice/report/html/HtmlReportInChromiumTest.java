package org.communityofpractice.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communityofpractice.report.model.Report;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real headless Chromium: it opens without fetching anything, draws its
 * charts, axe-core finds no WCAG 2.1 A/AA violation, the Nu HTML checker finds no error, and
 * hostile text in every free-text field neither runs nor breaks the layout.
 */
class HtmlReportInChromiumTest {
  private static final HtmlRenderer HTML = new HtmlRenderer();
  private static HeadlessChromium chromium;

  @BeforeAll
  static void startChromium() throws Exception {
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /**
   * The example community's reports, composed, the hand-built samples with every section, and a
   * series whose charts crowd their labels.
   */
  private static List<Report> examples() {
    List<Report> reports = new ArrayList<>(ExampleCommunityReports.all());
    reports.add(ReportSamples.session());
    reports.add(ReportSamples.series());
    reports.add(ReportSamples.crowdedCharts());
    return reports;
  }

  @Test
  void opensWithoutFetchingAnythingAndDrawsEveryChart() throws Exception {
    for (Report report : examples()) {
      chromium.open(HTML.render(report));
      assertThat(chromium.script("return performance.getEntriesByType('resource').length"))
          .isEqualTo(0L);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> charts =
          (List<Map<String, Object>>)
              chromium.script(
                  "return [...document.querySelectorAll('svg')].map(svg => {"
                      + " const box = svg.getBoundingClientRect();"
                      + " const marks = [...svg.querySelectorAll('rect.bar, polyline.line, circle.dot')]"
                      + "   .filter(m => m.tagName !== 'rect' || parseFloat(m.getAttribute('height')) > 0)"
                      + "   .map(m => ({line: m.tagName === 'polyline', box: m.getBBox()}));"
                      + " return {width: box.width, height: box.height, marks: marks.length,"
                      + "   emptyMarks: marks.filter(m => m.line ? m.box.width <= 0 && m.box.height <= 0"
                      + "     : m.box.width <= 0 || m.box.height <= 0).length," // a level line has
                      // no height
                      + "   name: svg.querySelector('title').textContent}; })");
      assertThat(charts).as("charts of %s", report).isNotEmpty();
      for (Map<String, Object> chart : charts) {
        assertThat(((Number) chart.get("width")).doubleValue()).as("%s", chart).isGreaterThan(200);
        assertThat(((Number) chart.get("height")).doubleValue()).as("%s", chart).isGreaterThan(80);
        assertThat(((Number) chart.get("marks")).intValue()).as("%s", chart).isPositive();
        assertThat(chart.get("emptyMarks")).as("%s", chart).isEqualTo(0L);
      }
    }
  }

  /**
   * Every pair of texts and points of each chart, the good-enough label and the axis names
   * included.
   */
  @Test
  void noChartTextMeetsAnotherTextOrPointAsDrawn() throws Exception {
    for (Report report : examples()) {
      chromium.open(HTML.render(report));
      Object clashes =
          chromium.script(
              "const meet = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width"
                  + " && a.y < b.y + b.height && b.y < a.y + a.height;"
                  + "return [...document.querySelectorAll('svg')].flatMap(svg => {"
                  + " const marks = [...svg.querySelectorAll('text, circle.dot')]"
                  + "   .map(m => ({name: m.textContent || 'a point', box: m.getBBox()}));"
                  + " const found = [];"
                  + " for (let i = 0; i < marks.length; i++) for (let j = i + 1; j < marks.length; j++)"
                  + "   if (meet(marks[i].box, marks[j].box)) found.push(marks[i].name + ' / ' + marks[j].name);"
                  + " return found; })");
      assertThat((List<?>) clashes).as("chart texts meeting in %s", report).isEmpty();
    }
  }

  @Test
  void axeFindsNoWcag21AOrAaViolation() throws Exception {
    List<Report> reports = examples();
    reports.add(ExampleCommunityReports.impact());
    for (Report report : reports) {
      chromium.open(HTML.render(report));
      List<Map<String, Object>> violations = chromium.axeViolations();
      assertThat(violations)
          .as("axe-core violations in %s:%n%s", report, describe(violations))
          .isEmpty();
    }
  }

  @Test
  void nuHtmlCheckerFindsNoError() throws Exception {
    List<Report> reports = examples();
    reports.add(ExampleCommunityReports.impact());
    List<String> pages = new ArrayList<>(reports.stream().map(HTML::render).toList());
    pages.add(HTML.render(ReportSamples.series(HostileText.everywhere())));
    assertThat(NuHtmlChecker.errors(pages))
        .as("Nu HTML checker errors in %s and hostile text", reports)
        .isEmpty();
  }

  @Test
  void hostileTextInEveryFieldRunsNothingAndKeepsTheLayout() throws Exception {
    for (String payload : HostileText.CORPUS) {
      for (Report report :
          List.of(
              ReportSamples.session(HostileText.always(payload)),
              ReportSamples.series(HostileText.always(payload)))) {
        assertNothingRanAndLayoutHolds(HTML.render(report), payload, 360);
      }
    }
    assertNothingRanAndLayoutHolds(
        HTML.render(ReportSamples.series(HostileText.everywhere())), "mixed corpus", 360, 1280);
    assertNothingRanAndLayoutHolds(
        HTML.render(ReportSamples.session(HostileText.everywhere())), "mixed corpus", 360, 1280);
  }

  /**
   * Loads the page in windows as wide as a phone (360 px) or a desktop (1280 px) and checks each.
   */
  private static void assertNothingRanAndLayoutHolds(String html, String payload, int... widths)
      throws Exception {
    String expectedTitle = Jsoup.parse(html).title();
    for (int width : widths) {
      chromium.resize(width, 900);
      chromium.open(html);
      assertThat(chromium.alertOpen()).as("alert raised by %s", payload).isFalse();
      assertThat(chromium.script("return typeof window.__pwned"))
          .as(payload)
          .isEqualTo("undefined");
      assertThat(chromium.script("return typeof window.top.__pwned"))
          .as(payload)
          .isEqualTo("undefined");
      assertThat(chromium.script("return document.title")).as(payload).isEqualTo(expectedTitle);
      assertThat(
              chromium.script(
                  "return document.querySelectorAll("
                      + "'script, iframe, object, embed, form, base, math, details, body style, meta[http-equiv]').length"))
          .as(payload)
          .isEqualTo(0L);
      assertThat(
              chromium.script(
                  "return [...document.querySelectorAll('*')]"
                      + ".some(e => [...e.attributes].some(a => a.name.startsWith('on')))"))
          .as(payload)
          .isEqualTo(false);
      assertThat(
              chromium.script(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
          .as("horizontal overflow at %d px with %s", width, payload)
          .isEqualTo(0L);
      assertThat(chromium.script("return getComputedStyle(document.body).display"))
          .as(payload)
          .isEqualTo("block");
    }
    chromium.resize(1280, 1024);
  }

  private static String describe(List<Map<String, Object>> violations) {
    return violations.stream()
        .map(
            v ->
                v.get("id")
                    + " ("
                    + v.get("impact")
                    + "): "
                    + v.get("help")
                    + "\n    "
                    + ((List<?>) v.get("nodes"))
                        .stream()
                            .map(
                                n ->
                                    String.valueOf(((Map<?, ?>) n).get("html"))
                                        + " — "
                                        + ((Map<?, ?>) n).get("failureSummary"))
                            .collect(Collectors.joining("\n    ")))
        .collect(Collectors.joining("\n"));
  }
}
