package org.communityofpractice.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Independent checks of a printed PDF, for the tests of every PDF cop writes: veraPDF's profiles,
 * PDFBox's reading of the text, fonts and structure tree, and Debian's qpdf and pdffonts where
 * installed.
 */
public final class PdfChecks {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfChecks() {}

  /**
   * The rules of {@code flavour} (such as {@code PDFUA_1}) that {@code pdf} fails, each with how
   * often; empty when it conforms.
   */
  public static SortedMap<String, Integer> failedRules(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      TreeMap<String, Integer> failed = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          failed.merge(
              a.getRuleId().getClause()
                  + "-"
                  + a.getRuleId().getTestNumber()
                  + " "
                  + a.getMessage(),
              1,
              Integer::sum);
        }
      }
      result
          .getFailedChecks()
          .forEach(
              (rule, count) ->
                  failed.putIfAbsent(rule.getClause() + "-" + rule.getTestNumber(), count));
      return failed;
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not validate the PDF", e);
    }
  }

  /** The document's text as PDFBox reads it, in reading order, with whitespace taken out. */
  public static String textWithoutSpaces(PDDocument document) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(false);
    return stripper.getText(document).replaceAll("\\s+", "");
  }

  /**
   * The texts of an HTML page's blocks (headings, paragraphs, list items, table cells, figure
   * captions) in document order, with whitespace taken out; charts' drawn labels are left out (a
   * chart is one figure, read by its alternative text).
   */
  public static List<String> htmlBlocksWithoutSpaces(String html) {
    List<String> blocks = new ArrayList<>();
    for (Element e :
        Jsoup.parse(html).body().select("h1, h2, h3, h4, p, li, th, td, figcaption, dt, dd")) {
      if (!e.select("p, li, ul, ol, table").isEmpty() && !e.is("td, th")) {
        continue; // a container: its own blocks are checked
      }
      String text = e.text().replaceAll("\\s+", "");
      if (!text.isEmpty()) {
        blocks.add(text);
      }
    }
    return blocks;
  }

  /**
   * The first block of {@code blocks} not found in {@code text} after the one before it; empty when
   * all are, in order.
   */
  public static java.util.Optional<String> firstBlockOutOfOrder(List<String> blocks, String text) {
    int from = 0;
    for (String block : blocks) {
      int at = text.indexOf(block, from);
      if (at < 0) {
        return java.util.Optional.of(block);
      }
      from = at + block.length();
    }
    return java.util.Optional.empty();
  }

  /** The fonts used on every page that are not embedded, by name; empty when all are. */
  public static List<String> fontsNotEmbedded(PDDocument document) throws IOException {
    List<String> missing = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        if (!font.isEmbedded()) {
          missing.add(font.getName());
        }
      }
    }
    return missing;
  }

  /**
   * The structure types in the document's structure tree, depth first, such as {@code H1}, {@code
   * L}, {@code Figure}.
   */
  public static List<PDStructureElement> structure(PDDocument document) {
    List<PDStructureElement> found = new ArrayList<>();
    walk(document.getDocumentCatalog().getStructureTreeRoot(), found);
    return found;
  }

  private static void walk(PDStructureNode node, List<PDStructureElement> found) {
    if (node == null) {
      return;
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        found.add(element);
        walk(element, found);
      }
    }
  }

  /** What a reader gets from {@code renderer}: its text, or for a PDF the text PDFBox extracts. */
  public static String readable(
      org.communityofpractice.report.spi.ReportRenderer renderer,
      org.communityofpractice.report.model.Report report) {
    if (renderer.writesText()) {
      return renderer.render(report);
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    renderer.write(report, out);
    try (PDDocument document = load(out.toByteArray())) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static PDDocument load(byte[] pdf) throws IOException {
    return Loader.loadPDF(pdf);
  }

  /**
   * The output of a command, or empty when the command is not installed; fails on a non-zero exit.
   */
  public static java.util.Optional<String> run(Path pdf, String... command)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of(command));
    if (!isInstalled(line.get(0))) {
      return java.util.Optional.empty();
    }
    line.add(pdf.toString());
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String out =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(line + " did not finish");
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(line + " exited " + process.exitValue() + ":\n" + out);
    }
    return java.util.Optional.of(out);
  }

  private static boolean isInstalled(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
