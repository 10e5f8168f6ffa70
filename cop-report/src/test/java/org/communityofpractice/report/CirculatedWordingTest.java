package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.report.model.PresentationSummary;
import org.communityofpractice.report.model.RepresentationSummary;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.model.SmallStepNoticed;
import org.communityofpractice.report.spi.ReportRenderers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Reports a charity would circulate as they are: the same words in every text format. */
class CirculatedWordingTest {
  private static final ZonedDateTime MARCH_3 =
      ZonedDateTime.of(2016, 3, 3, 10, 0, 0, 0, ZoneId.of("Europe/London"));
  private static final List<String> FORMATS = List.of("html", "markdown", "text");

  private static String text(String format, org.communityofpractice.report.model.Report report) {
    String out = ReportRenderers.load().get(format).render(report);
    return format.equals("html") ? Jsoup.parse(out).text() : out.replaceAll("\\s+", " ");
  }

  private static SessionReport.Builder session() {
    return SessionReport.builder()
        .community("@SoTCoP")
        .place("Stoke-on-Trent")
        .session("s-1")
        .topic("Prison release")
        .startsAt(MARCH_3)
        .venue("VOICES")
        .representation(
            new RepresentationSummary(
                Count.shown(7, 5), List.of(), List.of(), Count.shown(0, 5), true));
  }

  @Test
  void aSmallStepSaysWhoNoticedItAndNeverShowsAnActionsId() {
    SessionReport report =
        session()
            .addSmallStep(
                new SmallStepNoticed(
                    "A former prison governor accepted the invitation",
                    Optional.of("Morgan Hale"),
                    Optional.of("pr-invite-prison-service")))
            .build();
    for (String format : FORMATS) {
      assertThat(text(format, report))
          .as(format)
          .contains("A former prison governor accepted the invitation (noticed by Morgan Hale)")
          .contains("it follows an action the community agreed")
          .doesNotContain("pr-invite-prison-service");
    }
  }

  @Test
  void noOrganisationsRecordedIsNotReportedAsZero() {
    for (String format : FORMATS) {
      assertThat(text(format, session().build()))
          .as(format)
          .doesNotContain("Organisations represented");
    }
  }

  @Test
  void oneMinuteIsSingular() {
    SessionReport report =
        session()
            .presentation(
                Optional.of(
                    new PresentationSummary(
                        "CASE_STUDY",
                        "Leaving prison",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        1)))
            .build();
    for (String format : FORMATS) {
      assertThat(text(format, report)).as(format).contains("1 minute").doesNotContain("1 minutes");
    }
  }

  @Test
  void aConcludedSeriesDoesNotPromiseANextSession() {
    SeriesReport report =
        org.communityofpractice.report.model.ReportSamples.series(
            org.communityofpractice.report.model.ReportSamples.REALISTIC);
    SeriesReport concluded =
        new SeriesReport(
            report.language(),
            report.community(),
            report.place(),
            report.series(),
            report.title(),
            report.topic(),
            report.introduction(),
            true,
            report.representation(),
            1,
            List.of(report.sessions().get(0)),
            report.scalingTrends(),
            report.progress(),
            report.conclusions(),
            report.recommendations(),
            report.questions(),
            report.resources(),
            Optional.empty(),
            report.principles());
    for (String format : FORMATS) {
      assertThat(text(format, concluded))
          .as(format)
          .contains("This series has concluded.")
          .doesNotContain("will be shared soon");
    }
  }
}
