package org.communityofpractice.report.aidememoire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.report.pdf.PdfChecks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AideMemoireTest {
  private static final RunningOrder SUBSEQUENT = RunningOrder.subsequentSession();

  private static String text(String html) {
    return Jsoup.parse(html).body().text();
  }

  private static byte[] pdf(AideMemoire card, RunningOrder order) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    card.writePdf("@SoTCoP", order, out);
    return out.toByteArray();
  }

  @Test
  void listsEveryStageOfTheRunningOrderWithItsPromptsInOrder() {
    String text = text(AideMemoire.builder().build().html("@SoTCoP", SUBSEQUENT));
    List<String> expected = new ArrayList<>();
    for (Stage stage : SUBSEQUENT.stages()) {
      expected.add(stage.title());
      expected.addAll(stage.prompts());
    }
    assertThat(PdfChecks.firstBlockOutOfOrder(expected, text)).isEmpty();
    assertThat(text).contains("What small steps have you noticed since we last met?");
  }

  @Test
  void remindsTheFacilichairOfTheGuidesEssentials() {
    String text = text(AideMemoire.builder().build().html("@SoTCoP", SUBSEQUENT));
    assertThat(text)
        .contains("There is no such thing as late.")
        .contains("No Name, No Blame, No Shame.")
        .contains(
            "Best hopes: \u201cIf this session is a good use of your time what will have happened?\u201d")
        .contains("The presentation: 5 minutes at most.")
        .contains(ScalingQuestion.GUIDE_WORDING)
        .contains("get one point up the scale")
        .contains("What would be a \u2018good enough\u2019 at this point?")
        .contains(
            "For the facilichair of @SoTCoP: the running order \u201cSubsequent session\u201d");
  }

  @Test
  void inWelshTheCardGivesTheGuidesRunningOrderAndEssentialsInWelsh() {
    String text =
        text(
            AideMemoire.builder()
                .labels(org.communityofpractice.report.spi.Labels.forLanguage("cy"))
                .build()
                .html("@SoTCoP", SUBSEQUENT));
    List<String> expected = new ArrayList<>();
    for (Stage stage : SUBSEQUENT.inLanguage("cy").stages()) {
      expected.add(stage.title());
      expected.addAll(stage.prompts());
    }
    assertThat(PdfChecks.firstBlockOutOfOrder(expected, text)).isEmpty();
    assertThat(text)
        .contains("Does dim y fath beth â bod yn hwyr.")
        .contains("Dim Enw, Dim Bai, Dim Cywilydd.")
        .contains(ScalingQuestion.guideWording("cy"))
        .contains("trefn y sesiwn \u201cSesiwn ddilynol\u201d")
        .doesNotContain("No Name", "Subsequent session", ScalingQuestion.GUIDE_WORDING);
  }

  @Test
  void followsACommunitysOwnRunningOrder() {
    RunningOrder ours =
        RunningOrder.builder()
            .id("short")
            .name("A short session")
            .addStage(SUBSEQUENT.stage(StageKey.BEST_HOPES).orElseThrow())
            .addStage(
                Stage.core(
                    StageKey.of("walk"),
                    "A walk round the allotment",
                    "What do you notice growing?"))
            .build();
    String text = text(AideMemoire.builder().build().html("@SoTCoP", ours));
    assertThat(text)
        .contains(
            "A walk round the allotment",
            "What do you notice growing?",
            "\u201cA short session\u201d")
        .doesNotContain("Round-table clarification");
  }

  @Test
  void isReadableInGreyscaleBlackOnWhite() {
    String html = AideMemoire.builder().build().html("@SoTCoP", SUBSEQUENT);
    Matcher colour =
        Pattern.compile("#[0-9a-fA-F]{3,6}\\b").matcher(Jsoup.parse(html).select("style").html());
    while (colour.find()) {
      assertThat(colour.group()).isIn("#000", "#fff");
    }
  }

  @Test
  void fitsOneSideOfA4AndOneA5CardAsAccessiblePdf() throws IOException {
    for (AideMemoire.Paper paper : AideMemoire.Paper.values()) {
      byte[] pdf = pdf(AideMemoire.builder().paper(paper).build(), SUBSEQUENT);
      assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1))
          .as("PDF/UA-1 on %s", paper)
          .isEmpty();
      try (PDDocument document = PdfChecks.load(pdf)) {
        assertThat(document.getNumberOfPages())
            .as("pages on %s", paper)
            .isEqualTo(paper == AideMemoire.Paper.A4 ? 1 : 2);
        float width = document.getPage(0).getMediaBox().getWidth();
        assertThat(width)
            .isCloseTo(
                paper == AideMemoire.Paper.A4 ? 595.3f : 419.5f,
                org.assertj.core.data.Offset.offset(1f));
        assertThat(PdfChecks.fontsNotEmbedded(document)).isEmpty();
        assertThat(PdfChecks.textWithoutSpaces(document)).contains("Thereisnosuchthingaslate.");
      }
    }
  }

  @Test
  void largePrintIsBiggerAndStillAccessible() throws IOException {
    String html =
        AideMemoire.builder()
            .paper(AideMemoire.Paper.A5)
            .largePrint(true)
            .build()
            .html("@SoTCoP", SUBSEQUENT);
    assertThat(html).contains("font-size: 16.0pt");
    byte[] pdf =
        pdf(AideMemoire.builder().paper(AideMemoire.Paper.A4).largePrint(true).build(), SUBSEQUENT);
    assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    try (PDDocument document = PdfChecks.load(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
  }
}
