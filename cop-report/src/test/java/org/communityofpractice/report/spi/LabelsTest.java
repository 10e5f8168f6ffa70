package org.communityofpractice.report.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.communityofpractice.report.markdown.MarkdownRenderer;
import org.communityofpractice.report.model.Count;
import org.communityofpractice.report.model.ReportSamples;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.text.TextRenderer;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void britishEnglishLabelsComeFromTheBundle() {
    Labels labels = Labels.forLanguage("en-GB");
    assertThat(labels.locale()).isEqualTo(Locale.UK);
    assertThat(labels.get("section.conclusions")).isEqualTo("Conclusions");
    assertThat(labels.perspective("EXPERT_BY_EXPERIENCE")).isEqualTo("Experts by experience");
    assertThat(labels.count(Count.fewerThan(5))).isEqualTo("fewer than 5");
    assertThat(labels.count(Count.of(12))).isEqualTo("12");
    assertThat(labels.date(ReportSamples.firstDate())).isEqualTo("Thursday 3 March 2016");
  }

  @Test
  void aSecondBundleChangesTheLabelsWithNoChangeOfCode() {
    // report/labels_cy.properties exists only on the test class path
    SessionReport welsh =
        SessionReport.builder()
            .language("cy")
            .community("@SoTCoP")
            .place("Stoke-on-Trent")
            .session("s-1")
            .topic("Rhyddhau o'r carchar")
            .startsAt(ReportSamples.session(ReportSamples.REALISTIC).startsAt())
            .venue("VOICES")
            .representation(ReportSamples.session(ReportSamples.REALISTIC).representation())
            .addConclusion("Mae angen cyswllt enwol")
            .build();
    String md = new MarkdownRenderer().render(welsh);
    String text = new TextRenderer().render(welsh);
    assertThat(md)
        .contains("## Casgliadau", "o lai na 5 o bobl")
        .doesNotContain("Conclusions", "fewer than");
    assertThat(text).contains("Casgliadau\n----------");
    // a language's own form for every count: en-GB's singular is not mixed in
    assertThat(Labels.forLanguage("cy").plural("series.sessionCount", 1)).isEqualTo("1 sesiwn");
    assertThat(Labels.forLanguage("cy").plural("presentation.minutes", 1)).isEqualTo("1 minute");
    // a key the Welsh bundle lacks falls back to British English
    assertThat(md).contains("Lived experience was represented.");
  }

  @Test
  void aCountOfOneTakesTheSingularFormAndEveryOtherCountThePlural() {
    Labels en = Labels.forLanguage("en-GB");
    assertThat(en.plural("presentation.minutes", 1)).isEqualTo("1 minute");
    assertThat(en.plural("presentation.minutes", 0)).isEqualTo("0 minutes");
    assertThat(en.plural("presentation.minutes", 12)).isEqualTo("12 minutes");
    assertThat(en.plural("series.attendanceCount", 1)).isEqualTo("1 attendance");
    assertThat(en.plural("scaling.trend.shareChange", -1, "\u22121")).endsWith("by \u22121 point.");
    assertThat(en.plural("scaling.trend.shareChange", 71, "+71")).endsWith("by +71 points.");
  }

  @Test
  void anUnknownLanguageFallsBackToBritishEnglish() {
    Labels labels = Labels.forLanguage("xx-YY");
    assertThat(labels.get("section.conclusions")).isEqualTo("Conclusions");
    assertThat(labels.perspective("NO_SUCH_KEY")).isEqualTo("NO_SUCH_KEY");
  }
}
