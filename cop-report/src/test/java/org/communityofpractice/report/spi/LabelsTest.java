package org.communityofpractice.report.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.report.markdown.MarkdownRenderer;
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
    assertThat(labels.count(Count.shown(12, 5))).isEqualTo("12");
    assertThat(labels.date(ReportSamples.firstDate())).isEqualTo("Thursday 3 March 2016");
  }

  @Test
  void aSecondBundleChangesTheLabelsWithNoChangeOfCode() {
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
        .contains("## Casgliadau", "o lai na 5 o bobl", "Roedd profiad bywyd wedi'i gynrychioli.")
        .doesNotContain("Conclusions", "fewer than", "Lived experience");
    assertThat(text).contains("Casgliadau\n----------");
    // Welsh counts with the singular noun: "1 sesiwn", "7 sesiwn"
    Labels cy = Labels.forLanguage("cy");
    assertThat(cy.plural("series.sessionCount", 1)).isEqualTo("1 sesiwn");
    assertThat(cy.plural("presentation.minutes", 7)).isEqualTo("7 munud");
    // an apostrophe in a pattern is written twice in the bundle and printed once
    assertThat(cy.format("heading.series", "Rhyddhau")).isEqualTo("Rhan o'r gyfres: Rhyddhau");
    assertThat(cy.date(ReportSamples.firstDate())).isEqualTo("Dydd Iau 3 Mawrth 2016");
  }

  /** A format that writes dates its own way names the pattern; the formatter is the same. */
  @Test
  void aDateInAPatternOfItsOwnKeyIsInTheLabelsLanguage() {
    java.time.ZonedDateTime at =
        java.time.ZonedDateTime.of(2016, 5, 5, 10, 0, 0, 0, java.time.ZoneId.of("Europe/London"));
    Labels cy = Labels.forLanguage("cy");
    Labels en = Labels.forLanguage("en-GB");
    assertThat(cy.dateTime("mail.format.date", at)).isEqualTo("5 Mai 2016");
    assertThat(en.dateTime("mail.format.date", at)).isEqualTo("5 May 2016");
    assertThat(cy.dateTime("mail.format.time", at)).isEqualTo("10:00");
    assertThat(en.dateTime("mail.format.time", at)).isEqualTo("10:00 am");
    // date() and time() are this with the report's own patterns
    assertThat(cy.dateTime("format.date", at))
        .isEqualTo(cy.date(at))
        .isEqualTo("Dydd Iau 5 Mai 2016");
    assertThat(en.dateTime("format.time", at)).isEqualTo(en.time(at));
  }

  @Test
  void aKeyMissingFromABundleFallsBackToBritishEnglishAndItsFormsAreNotMixed() {
    Labels partial =
        Labels.of(
            Locale.forLanguageTag("cy"),
            bundle("section.conclusions=Casgliadau\nseries.sessionCount={0} sesiwn\n"));
    assertThat(partial.get("section.conclusions")).isEqualTo("Casgliadau");
    assertThat(partial.get("section.recommendations")).isEqualTo("Recommendations");
    // the bundle's own form for every count: en-GB's singular is not mixed in
    assertThat(partial.plural("series.sessionCount", 1)).isEqualTo("1 sesiwn");
    assertThat(partial.plural("presentation.minutes", 1)).isEqualTo("1 minute");
  }

  private static java.util.ResourceBundle bundle(String properties) {
    try {
      return new java.util.PropertyResourceBundle(new java.io.StringReader(properties));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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

  @Test
  void languageTagsNeverAskedBeforeDoNotGrowTheCacheWithoutEnd() {
    Labels welsh = Labels.forLanguage("cy");
    for (int i = 0; i < 1_000; i++) {
      assertThat(Labels.forLanguage("cy-x-" + i).get("section.conclusions"))
          .isEqualTo(welsh.get("section.conclusions"));
    }
    assertThat(Labels.cachedLanguages()).isLessThanOrEqualTo(Labels.CACHED_LANGUAGES);
    assertThat(Labels.forLanguage("cy")).isSameAs(welsh);
  }
}
