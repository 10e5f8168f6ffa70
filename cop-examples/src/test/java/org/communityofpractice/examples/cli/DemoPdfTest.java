package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The very files the demo writes — a session's report, the series', the community's impact report
 * as PDF, and the aide-memoire cards — as a user gets them: veraPDF's PDF/UA-1 profile passes each
 * with no failed rule, every font is embedded, the A4 card is one page, and a report's sections
 * come in the PDF in its HTML's order. (cop-report's own tests check the same of the reports they
 * print, in more detail.)
 */
class DemoPdfTest {
  @TempDir static Path dir;
  private static List<Path> pdfs;

  @BeforeAll
  static void runTheDemo() throws IOException {
    VeraGreenfieldFoundryProvider.initialise();
    CopRun run = CopRun.of("demo", "--out", dir.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    try (Stream<Path> reports = Files.list(dir.resolve("reports"));
        Stream<Path> cards = Files.list(dir.resolve("aide-memoire"))) {
      pdfs =
          Stream.concat(reports, cards)
              .filter(p -> p.toString().endsWith(".pdf"))
              .sorted()
              .toList();
    }
  }

  @Test
  void writesASessionSeriesImpactAndAideMemoirePdf() {
    assertThat(pdfs.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')))
        .contains(
            "reports/prison-release-2.pdf",
            "reports/prison-release-2016.pdf",
            "reports/impact.pdf",
            "aide-memoire/aide-memoire-a4.pdf",
            "aide-memoire/aide-memoire-a5.pdf",
            "aide-memoire/aide-memoire-large-print.pdf");
  }

  @Test
  void veraPdfFindsEveryPdfCompliantWithPdfUa1() throws Exception {
    for (Path pdf : pdfs) {
      try (PDFAParser parser =
              Foundries.defaultInstance()
                  .createParser(
                      new ByteArrayInputStream(Files.readAllBytes(pdf)), PDFAFlavour.PDFUA_1);
          PDFAValidator validator =
              Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
        ValidationResult result = validator.validate(parser);
        assertThat(result.isCompliant())
            .as("PDF/UA-1 of %s; failed: %s", pdf.getFileName(), result.getFailedChecks())
            .isTrue();
        assertThat(result.getFailedChecks()).as("failed rules of %s", pdf.getFileName()).isEmpty();
      }
    }
  }

  @Test
  void everyFontIsEmbeddedAndTheA4CardIsOnePage() throws IOException {
    for (Path pdf : pdfs) {
      try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
        List<String> notEmbedded = new ArrayList<>();
        for (PDPage page : document.getPages()) {
          for (var name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            if (!font.isEmbedded()) {
              notEmbedded.add(font.getName());
            }
          }
        }
        assertThat(notEmbedded).as("fonts of %s", pdf.getFileName()).isEmpty();
        assertThat(document.getNumberOfPages()).as("pages of %s", pdf.getFileName()).isPositive();
        if (pdf.getFileName().toString().equals("aide-memoire-a4.pdf")) {
          assertThat(document.getNumberOfPages()).as("the one-page card on A4").isEqualTo(1);
        }
      }
    }
  }

  @Test
  void aReportsSectionsComeInThePdfInItsHtmlsOrder() throws IOException {
    for (String name : new String[] {"prison-release-2", "prison-release-2016", "impact"}) {
      Path reports = dir.resolve("reports");
      List<String> headings =
          Jsoup.parse(Files.readString(reports.resolve(name + ".html"))).select("h1, h2").stream()
              .map(Element::text)
              .map(t -> t.replaceAll("\\s+", ""))
              .toList();
      String text;
      try (PDDocument document =
          Loader.loadPDF(Files.readAllBytes(reports.resolve(name + ".pdf")))) {
        text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      }
      assertThat(headings).as("headings of %s", name).hasSizeGreaterThan(3);
      assertThat(text).as("the PDF of %s", name).containsSubsequence(headings);
    }
  }
}
