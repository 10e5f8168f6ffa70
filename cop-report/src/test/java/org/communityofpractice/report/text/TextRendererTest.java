package org.communityofpractice.report.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.internal.Plain;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.ReportSamples;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private final TextRenderer renderer = TextRenderer.builder().build();

  @Test
  void realisticReportsFitSeventyTwoColumns() {
    for (Report r :
        List.<Report>of(
            ReportSamples.session(ReportSamples.REALISTIC),
            ReportSamples.series(ReportSamples.REALISTIC))) {
      String body = renderer.render(r);
      assertThat(body.lines())
          .allSatisfy(line -> assertThat(columns(line)).isLessThanOrEqualTo(72));
      assertThat(body)
          .contains(
              "report: ",
              "Who was represented\n-------------------",
              "      - Frontline practitioners: 9",
              "Our next session is on")
          .doesNotContain("Commissioners: ");
    }
  }

  @Test
  void hostileTextStaysWrappedAndOnlyWebAddressesRunLong() {
    for (Report r :
        List.<Report>of(
            ReportSamples.session(ReportSamples.HOSTILE_TEXTS),
            ReportSamples.series(ReportSamples.HOSTILE_TEXTS))) {
      String body = renderer.render(r);
      assertThat(body.lines().filter(line -> columns(line) > 72))
          .allSatisfy(
              line -> {
                assertThat(line.strip()).doesNotContain(" ");
                assertThat(TextRenderer.isWebAddress(line.strip()))
                    .as(line.substring(0, 40))
                    .isTrue();
              });
      assertThat(body).doesNotContain("\u202E", "\u2066", "\r", "\t");
    }
  }

  @Test
  void aWordLongerThanALineIsCutIntoPiecesThatKeepEveryCharacter() {
    String word = "x".repeat(10_000);
    List<String> lines = TextRenderer.wrap("before " + word + " after", 72, "  - ", "    ");
    assertThat(lines).allSatisfy(l -> assertThat(columns(l)).isLessThanOrEqualTo(72));
    assertThat(String.join("", lines).replace(" ", "").replace("-", ""))
        .isEqualTo("before" + word + "after");
  }

  @Test
  void wrappingKeepsEveryWordInOrder() {
    String text = String.join(" ", ReportSamples.HOSTILE);
    List<String> lines = TextRenderer.wrap(text, 60, "", "");
    assertThat(lines).allSatisfy(l -> assertThat(columns(l)).isLessThanOrEqualTo(60));
    assertThat(String.join("", lines).replace(" ", ""))
        .isEqualTo(Plain.line(text).replace(" ", ""));
  }

  @Test
  void cutsBetweenCodePointsNeverInsideASurrogatePair() {
    String emoji = "\uD83D\uDE00".repeat(100);
    List<String> lines = TextRenderer.wrap(emoji, 72, "", "");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).codePointCount(0, lines.get(0).length())).isEqualTo(72);
    assertThat(String.join("", lines)).isEqualTo(emoji);
  }

  @Test
  void rejectsAWidthOutsideFortyToTwoHundred() {
    assertThatThrownBy(() -> TextRenderer.builder().width(20))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("width must be within 40..200 but was 20");
  }

  private static int columns(String line) {
    return line.codePointCount(0, line.length());
  }
}
