package org.communityofpractice.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTML report's structure, read back with jsoup. */
class HtmlRendererTest {
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  static List<Report> reports() {
    List<Report> reports =
        new ArrayList<>(List.of(ReportSamples.session(), ReportSamples.series()));
    reports.addAll(ExampleCommunityReports.all());
    return reports;
  }

  private static Document parse(Report report) {
    return Jsoup.parse(HTML.render(report));
  }

  @Test
  void isFoundThroughTheRendererSpiAsHtml() {
    ReportRenderers renderers = ReportRenderers.load();
    assertThat(renderers.get("html")).isInstanceOf(HtmlRenderer.class);
    assertThat(renderers.get("html").mediaType()).isEqualTo("text/html; charset=UTF-8");
    assertThat(renderers.get("html").fileExtension()).isEqualTo("html");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void isOneHtmlDocumentInBritishEnglish(Report report) {
    String html = HTML.render(report);
    assertThat(html).startsWith("<!DOCTYPE html>");
    Document doc = Jsoup.parse(html);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    assertThat(doc.title()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void isSelfContainedWithInlineStylesIncludingPrintAndNoScript(Report report) {
    Document doc = parse(report);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("link, iframe, object, embed, base, frame, audio, video, source"))
        .isEmpty();
    assertThat(doc.select("img"))
        .allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
    assertThat(doc.select("[style]")).isEmpty();
    assertThat(doc.select("head style")).hasSize(1);
    assertThat(doc.select("style").html())
        .contains("@media print")
        .doesNotContain("url(")
        .doesNotContain("@import");
    assertThat(allAttributes(doc)).noneMatch(a -> a.getKey().startsWith("on"));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void hasOneTopHeadingAndNeverSkipsALevel(Report report) {
    Elements headings = parse(report).select("h1, h2, h3, h4, h5, h6");
    assertThat(headings.first().tagName()).isEqualTo("h1");
    assertThat(headings.select("h1")).hasSize(1);
    int previous = 1;
    for (Element heading : headings) {
      int level = heading.tagName().charAt(1) - '0';
      assertThat(level)
          .as("level of '%s' after h%d", heading.text(), previous)
          .isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
  }

  @Test
  void sessionReportHasEverySectionItHasContentFor() {
    Document doc = parse(ReportSamples.session());
    assertThat(doc.select("h1").text()).isEqualTo("Session report: Leaving prison on a Friday");
    assertThat(doc.select("main > section > h2").eachText())
        .containsExactly(
            "Introduction from the chair",
            "Who was represented",
            "Best hopes",
            "Presentation",
            "Good practice",
            "Our preferred future",
            "What is working well",
            "Scaling",
            "Actions agreed",
            "Small steps noticed since we last met",
            "Conclusions",
            "Recommendations",
            "Questions for others to answer",
            "From the flip charts, whiteboards and post-its",
            "Resources",
            "Thank you, and our next session",
            "Our principles");
    assertThat(doc.text())
        .contains("Thursday 3 March 2016 at 10:00, VOICES, Federation House")
        .contains("People taking part: 14")
        .contains("Frontline practitioners: 6")
        .contains(
            "Groups of fewer than 3 people are not listed, so that no one can be singled out.")
        .doesNotContain("Commissioners: ")
        .contains("Lived experience was represented.")
        .contains("Our next session is on Thursday 7 April 2016 at 10:00, at Stoke Library.")
        .contains("No Name, No Blame, No Shame");
  }

  @Test
  void sessionReportLeavesOutSectionsWithNothingInThem() {
    SessionReport bare =
        SessionReport.builder()
            .community("@SoTCoP")
            .place("Stoke-on-Trent")
            .session("s-1")
            .topic("Prison release")
            .startsAt(ReportSamples.FIRST)
            .venue("VOICES")
            .representation(ReportSamples.session().representation())
            .build();
    Document doc = parse(bare);
    assertThat(doc.select("main > section > h2").eachText())
        .containsExactly("Who was represented", "Thank you, and our next session");
    assertThat(doc.text()).contains("The date of the next session will be shared soon.");
    assertThat(doc.select("svg")).isEmpty();
  }

  @Test
  void sessionReportDrawsOneChartPerAnsweredQuestionAndSaysWhenNobodyAnswered() {
    Document doc = parse(ReportSamples.session());
    Elements charts = doc.select("figure.chart > svg");
    assertThat(charts).hasSize(2);
    assertThat(charts.get(0).select("rect.bar")).hasSize(10);
    assertThat(charts.get(0).select("rect.bar.good")).hasSize(4);
    assertThat(charts.get(0).select("desc").text())
        .contains("Ratings given: 10.")
        .contains("Median 6")
        .contains("At or above good enough: 30%");
    assertThat(doc.text()).contains("No ratings were given.");
  }

  @Test
  void seriesReportShowsTheSessionsAndHowTheMedianAndShareMoved() {
    SeriesReport series = ReportSamples.series();
    Document doc = parse(series);
    assertThat(doc.select("h1").text()).isEqualTo("Series report: Prison release 2016");
    assertThat(doc.select("main > section > h2").eachText())
        .containsExactly(
            "Introduction from the chair",
            "Recommendations",
            "Who was represented",
            "Conclusions",
            "How the scaling moved across the series",
            "Actions and the small steps that followed them",
            "Questions for others to answer",
            "The sessions",
            "Resources",
            "Thank you, and our next session",
            "Our principles");
    assertThat(doc.text()).contains("The series had 3 sessions and 42 attendances in all.");
    Elements charts = doc.select("figure.chart > svg");
    assertThat(charts).hasSize(2 * series.scalingTrends().size());
    assertThat(charts.get(0).select("circle.dot")).hasSize(3);
    assertThat(charts.get(0).select("title").text()).startsWith("The median at each session");
    assertThat(charts.get(1).select("title").text())
        .startsWith("The share at or above good enough");
    assertThat(doc.text())
        .contains("The median moved by +2 from the first session to the last.")
        .contains("The share at or above good enough moved by +56 points.");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void everyChartIsAnImageNamedByItsTitleAndDescribedInWords(Report report) {
    Document doc = parse(report);
    Elements charts = doc.select("svg");
    assertThat(charts).isNotEmpty();
    List<String> ids = new ArrayList<>();
    for (Element svg : charts) {
      assertThat(svg.attr("role")).isEqualTo("img");
      Element title = svg.selectFirst("> title");
      Element desc = svg.selectFirst("> desc");
      assertThat(title).isNotNull();
      assertThat(desc).isNotNull();
      assertThat(title.text()).isNotBlank();
      assertThat(desc.text()).isNotBlank();
      assertThat(svg.attr("aria-labelledby").split(" ")).containsExactly(title.id(), desc.id());
      ids.add(title.id());
      ids.add(desc.id());
    }
    assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates().containsAll(ids);
  }

  @Test
  void hostileTextInEveryFieldStaysText() {
    for (String payload : HostileText.CORPUS) {
      for (Report report :
          List.of(
              ReportSamples.session(HostileText.always(payload)),
              ReportSamples.series(HostileText.always(payload)))) {
        Document doc = parse(report);
        assertThat(
                doc.select(
                    "script, iframe, object, embed, form, base, math, details, meta[http-equiv], body style"))
            .as(payload)
            .isEmpty();
        assertThat(allAttributes(doc)).as(payload).noneMatch(a -> a.getKey().startsWith("on"));
        assertThat(doc.select("a[href]").eachAttr("href"))
            .as(payload)
            .allMatch(h -> h.startsWith("https:"));
        assertThat(doc.select("img").eachAttr("src"))
            .as(payload)
            .allMatch(s -> s.startsWith("data:image/png;base64,"));
        assertThat(doc.select("h1").text())
            .as(payload)
            .isEqualTo(
                (report instanceof SessionReport ? "Session report: " : "Series report: ")
                    + payload.strip().replaceAll("\\s+", " "));
        assertThat(doc.select("main > section > h2")).as(payload).isNotEmpty();
      }
    }
  }

  @Test
  void usesTheLabelsItIsGiven() {
    PropertyResourceBundle welsh;
    try {
      welsh = new PropertyResourceBundle(new StringReader("section.conclusions=Casgliadau\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HtmlRenderer renderer =
        HtmlRenderer.builder().labels(Labels.of(Locale.forLanguageTag("cy"), welsh)).build();
    Document doc = Jsoup.parse(renderer.render(ReportSamples.session()));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("cy");
    assertThat(doc.select("h2").eachText()).contains("Casgliadau", "Recommendations");
  }

  @Test
  void writesToAnyAppendableAndReportsItsFailureUnchecked() {
    StringBuilder out = new StringBuilder();
    HTML.render(ReportSamples.session(), out);
    assertThat(out.toString()).isEqualTo(HTML.render(ReportSamples.session()));

    Writer failing =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> HTML.render(ReportSamples.session(), failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void rendersTheSameReportTheSameWayEveryTime() {
    assertThat(HTML.render(ReportSamples.series())).isEqualTo(HTML.render(ReportSamples.series()));
    assertThat(new HtmlRenderer().render(ReportSamples.session()))
        .isEqualTo(HTML.render(ReportSamples.session()));
  }

  private static List<Attribute> allAttributes(Document doc) {
    List<Attribute> attributes = new ArrayList<>();
    for (Element element : doc.getAllElements()) {
      element.attributes().forEach(attributes::add);
    }
    return attributes;
  }
}
