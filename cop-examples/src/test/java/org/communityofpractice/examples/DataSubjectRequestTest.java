package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.ReportRenderers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSubjectRequestTest {
  @TempDir static Path store;
  private static DataSubjectRequest.Outcome outcome;

  @BeforeAll
  static void run() {
    outcome = DataSubjectRequest.run(store);
  }

  @Test
  void theExportHoldsHerEntryConsentAttendanceAndWords() {
    AccessReport export = outcome.export();
    assertThat(export.entry().id()).isEqualTo(GuideMembers.EXPERT_CITIZEN);
    assertThat(export.attendance()).hasSize(5);
    assertThat(export.consentHistory()).isNotEmpty();
    assertThat(export.said()).anySatisfy(s -> assertThat(s.text()).contains("release"));
    assertThat(export.rows()).anySatisfy(r -> assertThat(r.value()).isEqualTo("Dee Turner"));
  }

  @Test
  void erasureLeavesATombstoneAndNothingOfHer() {
    Community after = outcome.erasure().community();
    assertThat(after.register().holds(GuideMembers.EXPERT_CITIZEN)).isFalse();
    assertThat(after.register().tombstones())
        .extracting(t -> t.id())
        .contains(outcome.erasure().tombstone().id());
    assertThat(after.consent().history(GuideMembers.EXPERT_CITIZEN)).isEmpty();
    assertThat(after.sessions())
        .allSatisfy(s -> assertThat(s.peopleNamed()).doesNotContain(GuideMembers.EXPERT_CITIZEN));
  }

  @Test
  void theErasureReachesTheBackupAndNoFileOfTheStoreHoldsHer() throws IOException {
    assertThat(outcome.reached().backupsRewritten()).isNotEmpty();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(store)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertThat(text)
          .as("%s", file)
          .doesNotContain("Dee Turner")
          .doesNotContain("dee@example.org");
    }
  }

  @Test
  void theSeriesReportIsStillWhole() {
    assertThat(outcome.after().sessions()).hasSameSizeAs(outcome.before().sessions()).hasSize(3);
    assertThat(outcome.after().sessions())
        .extracting(SessionReport::session)
        .containsExactlyElementsOf(
            outcome.before().sessions().stream().map(SessionReport::session).toList());
    assertThat(outcome.after().representation().attendees())
        .isEqualTo(outcome.before().representation().attendees());
    assertThat(outcome.after().scalingTrends().get(0).points())
        .extracting(p -> p.statistics().median())
        .containsExactly(3.0, 5.0, 7.0);
    assertThat(outcome.after().recommendations()).isEqualTo(outcome.before().recommendations());
  }

  @Test
  void noRendererShowsHerAfterwards() {
    ReportRenderers renderers = ReportRenderers.load();
    for (String format : renderers.formats()) {
      assertThat(readable(renderers.get(format)))
          .as(format)
          .doesNotContain("Dee Turner")
          .doesNotContain("dee@example.org");
    }
  }

  /** The renderer's text, or for a binary format (the PDF) the text PDFBox reads from it. */
  private String readable(org.communityofpractice.report.spi.ReportRenderer renderer) {
    if (renderer.writesText()) {
      return renderer.render(outcome.after());
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    renderer.write(outcome.after(), out);
    try (var document = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
