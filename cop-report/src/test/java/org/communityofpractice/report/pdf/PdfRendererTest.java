package org.communityofpractice.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.communityofpractice.core.fixtures.StandardError;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.report.aidememoire.AideMemoire;
import org.communityofpractice.report.html.ExampleCommunityReports;
import org.communityofpractice.report.html.HtmlRenderer;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.ReportRenderers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfRendererTest {
  private static List<Report> reports;
  private static Map<Report, byte[]> printed;

  @BeforeAll
  static void printEveryExampleReport() {
    // the impact report first: the tests of the series report take the last
    reports = new java.util.ArrayList<>(List.of(ExampleCommunityReports.impact()));
    reports.addAll(ExampleCommunityReports.all());
    printed = new java.util.LinkedHashMap<>();
    for (Report report : reports) {
      printed.put(report, print(report));
    }
  }

  private static byte[] print(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().write(report, out);
    return out.toByteArray();
  }

  private static String name(Report report) {
    return report instanceof SessionReport s
        ? s.session()
        : report instanceof SeriesReport series ? series.series() : "impact";
  }

  @Test
  void isFoundThroughTheRendererSpiAsABinaryFormat() {
    var pdf = ReportRenderers.load().get("pdf");
    assertThat(pdf).isInstanceOf(PdfRenderer.class);
    assertThat(pdf.writesText()).isFalse();
    assertThat(pdf.mediaType()).isEqualTo("application/pdf");
    assertThatThrownBy(() -> pdf.render(reports.get(0)))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("write(report, OutputStream)");
  }

  /**
   * A printing warns only of what is wrong with the page: the printer warned four times on every
   * report (the page's modern CSS it does not know, and no description), filling a caller's log.
   */
  @Test
  void printingEveryExampleReportAndTheAideMemoireLogsNoWarning() {
    String log =
        StandardError.of(
            () -> {
              reports.forEach(PdfRendererTest::print);
              AideMemoire.builder()
                  .paper(AideMemoire.Paper.A5)
                  .build()
                  .writePdf(
                      "@SoTCoP", RunningOrder.subsequentSession(), new ByteArrayOutputStream());
            });
    assertThat(log).doesNotContain("WARN").doesNotContain("ERROR");
  }

  @Test
  void everyExampleReportConformsToPdfUa1WithNoFailedRule() {
    for (Report report : reports) {
      assertThat(PdfChecks.failedRules(printed.get(report), PDFAFlavour.PDFUA_1))
          .as("PDF/UA-1 of %s", name(report))
          .isEmpty();
    }
  }

  @Test
  void everyExampleReportConformsToPdfA3aForArchiving() {
    for (Report report : reports) {
      assertThat(PdfChecks.failedRules(printed.get(report), PDFAFlavour.PDFA_3_A))
          .as("PDF/A-3a of %s", name(report))
          .isEmpty();
    }
  }

  @Test
  void carriesTheReportsLanguageAndShowsItsTitleAsTheWindowTitle() throws IOException {
    Report report = reports.get(reports.size() - 1);
    String title = org.jsoup.Jsoup.parse(new HtmlRenderer().render(report)).title();
    try (PDDocument pdf = PdfChecks.load(printed.get(report))) {
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo(title)
          .contains("Prison release");
      assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
  }

  @Test
  void hasTheHtmlsTextInTheHtmlsOrder() throws IOException {
    for (Report report : reports) {
      List<String> blocks = PdfChecks.htmlBlocksWithoutSpaces(new HtmlRenderer().render(report));
      try (PDDocument pdf = PdfChecks.load(printed.get(report))) {
        String text = PdfChecks.textWithoutSpaces(pdf).replaceAll("Page\\d+of\\d+", "");
        assertThat(blocks).as("blocks of %s", name(report)).hasSizeGreaterThan(10);
        assertThat(PdfChecks.firstBlockOutOfOrder(blocks, text))
            .as("text order of %s", name(report))
            .isEmpty();
      }
    }
  }

  @Test
  void numbersItsA4PagesAndEmbedsEveryFont() throws IOException {
    for (Report report : reports) {
      try (PDDocument pdf = PdfChecks.load(printed.get(report))) {
        int pages = pdf.getNumberOfPages();
        assertThat(pages).isPositive();
        assertThat(pdf.getPage(0).getMediaBox().getWidth())
            .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        assertThat(pdf.getPage(0).getMediaBox().getHeight())
            .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        assertThat(PdfChecks.textWithoutSpaces(pdf)).contains("Page" + pages + "of" + pages);
        assertThat(PdfChecks.fontsNotEmbedded(pdf)).as("fonts of %s", name(report)).isEmpty();
      }
    }
    SeriesReport series = (SeriesReport) reports.get(reports.size() - 1);
    try (PDDocument pdf = PdfChecks.load(printed.get(series))) {
      assertThat(pdf.getNumberOfPages()).as("the series report runs over pages").isGreaterThan(1);
    }
  }

  @Test
  void tagsHeadingsListsTablesAndTheChartsAsFiguresWithAlternativeText() throws IOException {
    SeriesReport series = (SeriesReport) reports.get(reports.size() - 1);
    try (PDDocument pdf = PdfChecks.load(printed.get(series))) {
      List<PDStructureElement> tags = PdfChecks.structure(pdf);
      assertThat(
              tags.stream().map(PDStructureElement::getStructureType).collect(Collectors.toSet()))
          .contains("H1", "H2", "L", "LI", "Figure");
      List<PDStructureElement> figures =
          tags.stream().filter(t -> t.getStructureType().equals("Figure")).toList();
      assertThat(figures)
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.getAlternateDescription()).isNotBlank());
      assertThat(figures.stream().map(PDStructureElement::getAlternateDescription))
          .anyMatch(alt -> alt.contains("scale from 1 to 10"));
    }
  }

  @Test
  void theTrailerDescribesNoCrossReferenceStreamTheFileDoesNotHave() {
    // the first printing's stream dictionary used to stay on as the trailer, and its /Length varied
    // between printings (after a garbage collection), so reprints differed now and then
    for (Report report : reports) {
      String pdf = new String(printed.get(report), java.nio.charset.StandardCharsets.ISO_8859_1);
      String trailer = pdf.substring(pdf.lastIndexOf("trailer"), pdf.lastIndexOf("startxref"));
      assertThat(trailer)
          .as(name(report))
          .contains("/Root", "/Size", "/ID")
          .doesNotContain("/Length", "/XRef", "/Filter", "/Index");
    }
  }

  @Test
  void theSameReportPrintsToTheSameBytes() {
    Report report = reports.get(0);
    assertThat(print(report)).isEqualTo(printed.get(report));
  }

  @Test
  void qpdfAndPdffontsFindNothingWrongWhereInstalled(@TempDir Path dir) throws Exception {
    for (Report report : reports) {
      Path file = Files.write(dir.resolve(name(report) + ".pdf"), printed.get(report));
      PdfChecks.run(file, "qpdf", "--check")
          .ifPresent(out -> assertThat(out).contains("No syntax or stream encoding errors"));
      PdfChecks.run(file, "pdffonts")
          .ifPresent(
              out -> {
                List<String> rows = out.lines().skip(2).toList();
                assertThat(rows)
                    .isNotEmpty()
                    .allSatisfy(
                        row ->
                            assertThat(row)
                                .contains("DejaVuSans")
                                .containsPattern(" yes +yes +yes "));
              });
    }
  }
}
