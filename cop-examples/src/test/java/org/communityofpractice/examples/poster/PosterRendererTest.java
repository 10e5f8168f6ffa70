package org.communityofpractice.examples.poster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.examples.GuideExample;
import org.communityofpractice.examples.PrisonReleaseSeries;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.html.HtmlRenderer;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.Invitation;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.RepresentationSummary;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderers;
import org.communityofpractice.report.text.TextRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PosterRendererTest {
  private static final ZonedDateTime MARCH_3 =
      ZonedDateTime.of(2016, 3, 3, 10, 0, 0, 0, ZoneId.of("Europe/London"));

  private final SessionReport report =
      SessionReport.builder()
          .community("@SoTCoP")
          .place("Stoke-on-Trent")
          .session("prison-release-1")
          .topic("Prison release")
          .title(Optional.of("Release <day> & after"))
          .startsAt(MARCH_3)
          .venue("VOICES, Federation House")
          .representation(
              new RepresentationSummary(
                  Count.shown(7, 3),
                  List.of(
                      GroupCount.of("EXPERT_BY_EXPERIENCE", Count.fewerThan(3)),
                      GroupCount.of("MANAGER", Count.shown(3, 3))),
                  List.of(),
                  Count.shown(5, 3),
                  true))
          .addScaling(
              ScalingResult.of(
                  ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7),
                  List.of(2, 3, 3, 4, 2, 3, 4),
                  List.of()))
          .addRecommendation("First")
          .addRecommendation("Second")
          .addRecommendation("Third")
          .addRecommendation("Fourth, which does not fit")
          .nextSession(
              Optional.of(
                  new Invitation(
                      MARCH_3.plusWeeks(5), "VOICES", Optional.empty(), Optional.empty())))
          .addPrinciple("No Name, No Blame, No Shame")
          .build();

  @Test
  void isFoundThroughTheRendererSpi() {
    assertThat(ReportRenderers.load().formats()).contains("poster");
    assertThat(ReportRenderers.load().get("poster")).isInstanceOf(PosterRenderer.class);
  }

  @Test
  void writesItsPageAsUtf8BytesThoughItWasWrittenBeforeRenderersCouldWriteBytes() {
    PosterRenderer poster = new PosterRenderer();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    poster.write(report, bytes);
    assertThat(poster.writesText()).isTrue();
    assertThat(bytes.toByteArray())
        .isEqualTo(poster.render(report).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void showsTheMedianTheBreadthAndTheNextSession() {
    String html = new PosterRenderer().render(report);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<p class=\"big\">3 / 10</p>")
        .contains("People taking part: 7")
        .contains("<li>Managers: 3</li>")
        .contains(
            "<p>Groups of fewer than 3 people are not listed, so that no one can be singled out.</p>")
        .doesNotContain("Experts by experience")
        .doesNotContain("fewer than 3<")
        .contains("Our next session is on Thursday 7 April 2016 at 10:00, at VOICES.")
        .contains("No Name, No Blame, No Shame");
  }

  /**
   * The poster and every other format agree on what is suppressed: only groups that may be shown,
   * and one sentence for the rest.
   */
  @Test
  void suppressesWhatEveryOtherFormatSuppressesAndSaysSoInTheSameWords() {
    Community sotcop = GuideExample.community();
    ReportComposer composer =
        ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2016-07-01T09:00:00Z")));
    for (Report r :
        List.<Report>of(
            composer.session(sotcop, PrisonReleaseSeries.SECOND),
            composer.series(sotcop, PrisonReleaseSeries.SERIES))) {
      String poster = Jsoup.parse(new PosterRenderer().render(r)).text();
      String html = Jsoup.parse(new HtmlRenderer().render(r)).text();
      String text = new TextRenderer().render(r).replaceAll("\\s+", " ");
      Labels labels = Labels.forLanguage(r.language());
      String notListed = labels.groupsNotListed(r.representation()).orElseThrow();
      for (String out : List.of(poster, html, text)) {
        assertThat(out.split(java.util.regex.Pattern.quote(notListed), -1)).hasSize(2);
        assertThat(out).doesNotContain(": fewer than");
        for (GroupCount g : r.representation().listedPerspectives()) {
          assertThat(out)
              .contains(
                  labels.format(
                      "representation.group",
                      labels.perspective(g.key()),
                      labels.count(g.count())));
        }
      }
    }
  }

  @Test
  void aConcludedSeriesPromisesNoNextSessionAndCountsItsSessionsInWords() {
    Community sotcop = GuideExample.community();
    SeriesReport series =
        ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2016-07-01T09:00:00Z")))
            .series(sotcop, PrisonReleaseSeries.SERIES);
    assertThat(series.concluded()).isTrue();
    String poster = new PosterRenderer().render(series);
    assertThat(poster).contains("3 sessions, 2016").doesNotContain("will be shared soon");
  }

  /**
   * A Welsh report's poster is in Welsh: cop's report labels, and the poster's own words from its
   * own bundle, with none of the British English ones.
   */
  @Test
  void aWelshReportsPosterSaysItsOwnWordsInWelsh() {
    Community sotcop = GuideExample.community();
    ReportComposer composer =
        ReportComposer.builder()
            .policy(DisclosurePolicy.asOf(Instant.parse("2016-07-01T09:00:00Z")))
            .language("cy")
            .build();
    String session =
        new PosterRenderer().render(composer.session(sotcop, PrisonReleaseSeries.SECOND));
    String series =
        new PosterRenderer().render(composer.series(sotcop, PrisonReleaseSeries.SERIES));
    String impact = new PosterRenderer().render(composer.impact(sotcop));
    assertThat(Jsoup.parse(session).text()).contains("lle rydyn ni nawr; digon da yw 7");
    assertThat(Jsoup.parse(series).text())
        .contains("sut y symudodd y graddio rhwng y sesiwn gyntaf a'r olaf");
    assertThat(Jsoup.parse(impact).text()).contains("newidiadau y gwnaethon ni helpu i'w sicrhau");
    Labels british = PosterRenderer.ownWords(java.util.Locale.UK);
    for (String poster : List.of(session, series, impact)) {
      assertThat(Jsoup.parse(poster).selectFirst("html").attr("lang")).isEqualTo("cy");
      assertThat(poster)
          .doesNotContain("where we are now")
          .doesNotContain(british.get("scaling.moved"))
          .doesNotContain(british.get("legacy.count"));
    }
  }

  @Test
  void aLanguageThePosterHasNoWordsForGetsBritishEnglishWords() {
    assertThat(PosterRenderer.ownWords(java.util.Locale.forLanguageTag("ga")).get("legacy.count"))
        .isEqualTo("changes we helped bring about");
    assertThat(
            PosterRenderer.ownWords(java.util.Locale.forLanguageTag("cy-GB")).get("legacy.count"))
        .isEqualTo("newidiadau y gwnaethon ni helpu i'w sicrhau");
  }

  @Test
  void keepsToThreeRecommendationsSoItFitsOnOnePage() {
    String html = new PosterRenderer().render(report);
    assertThat(html)
        .contains("<li>First</li>", "<li>Second</li>", "<li>Third</li>")
        .doesNotContain("Fourth");
  }

  @Test
  void escapesTextSoNothingInTheReportBecomesMarkup() {
    assertThat(new PosterRenderer().render(report))
        .contains("Release &lt;day&gt; &amp; after")
        .doesNotContain("<day>");
  }
}
