package org.communityofpractice.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.markdown.MarkdownRenderer;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.RepresentationSummary;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.text.TextRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A group whose count is suppressed is not listed at all — a list of nine perspectives at "fewer
 * than 5" reads as if all nine were in the room — and a report says once that some groups are not
 * listed. Groups whose counts may be shown are listed with them, and a community that chooses a
 * lower threshold sees more of them.
 */
class GroupsInASmallRoomTest {
  private static final String NOT_LISTED = "Groups of fewer than 5 people are not listed";

  /** A session of the example community: eight people, so no perspective reaches five. */
  private static SessionReport smallRoom() {
    return (SessionReport) ExampleCommunityReports.all().get(0);
  }

  private static SeriesReport series(int threshold) {
    DisclosurePolicy policy =
        DisclosurePolicy.asOf(Instant.parse("2016-07-01T09:00:00Z"))
            .withSuppressionThreshold(threshold);
    return ReportComposer.of(policy)
        .series(CommunityFixtures.sotcop(), CommunityFixtures.PRISON_RELEASE_SERIES);
  }

  private static List<String> formats(Report report) {
    return List.of(
        new TextRenderer().render(report),
        new MarkdownRenderer().render(report),
        Jsoup.parse(new HtmlRenderer().render(report)).text());
  }

  @Test
  void everyFormatSaysOnceThatSmallGroupsAreNotListedAndListsNoneAsFewerThan() {
    for (Report report : List.of(smallRoom(), series(5))) {
      for (String out : formats(report)) {
        assertThat(out.split(NOT_LISTED, -1)).as(out).hasSize(2);
        assertThat(out).doesNotContain(": fewer than").doesNotContain("too small to count");
      }
    }
  }

  @Test
  void theSeriesReportSaysItOnceAlthoughEachSessionWasSmall() {
    assertThat(new TextRenderer().render(series(5)).split("are not listed", -1)).hasSize(2);
  }

  @Test
  void htmlListsTheGroupsThatMayBeShownAndLeavesOutTheSuppressedOne() {
    Element section = representation(new HtmlRenderer().render(ReportSamples.session()));
    assertThat(section.select("li li"))
        .extracting(Element::text)
        .containsExactly(
            "Experts by experience: 5",
            "Frontline practitioners: 6",
            "Statutory: 6",
            "Voluntary: 8");
    assertThat(section.text())
        .contains("Groups of fewer than 3 people are not listed")
        .doesNotContain("Commissioners");
  }

  @Test
  void aLowerThresholdTheCommunityChoseShowsTheGroupsThatReachIt() {
    SeriesReport low = series(2);
    assertThat(low.representation().listedPerspectives()).isNotEmpty();
    for (String out : formats(low)) {
      assertThat(out).contains("Perspectives").contains("Frontline practitioners: ");
    }
    assertThat(series(5).representation().listedPerspectives()).isEmpty();
    for (String out : formats(series(5))) {
      assertThat(out).doesNotContain("Frontline practitioners: ");
    }
  }

  @Test
  void aRoomWhereEveryGroupIsShownSaysNothingAboutGroupsNotListed() {
    SessionReport sample = ReportSamples.session();
    RepresentationSummary r = sample.representation();
    RepresentationSummary everyone =
        new RepresentationSummary(
            r.attendees(),
            r.listedPerspectives(),
            r.listedSectors(),
            r.organisations(),
            r.livedExperiencePresent());
    SessionReport full =
        SessionReport.builder()
            .community("@SoTCoP")
            .place("Stoke-on-Trent")
            .session("s-1")
            .topic("Prison release")
            .startsAt(ReportSamples.FIRST)
            .venue("VOICES")
            .representation(everyone)
            .build();
    for (String out : formats(full)) {
      assertThat(out).contains("Experts by experience: 5").doesNotContain("are not listed");
    }
    assertThat(new TextRenderer().render(sample))
        .contains("Experts by experience: 5")
        .doesNotContain("Commissioners: ");
  }

  private static Element representation(String html) {
    Document page = Jsoup.parse(html);
    return page.select("section").stream()
        .filter(
            s ->
                s.selectFirst("h2") != null
                    && s.selectFirst("h2").text().startsWith("Who was represented"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no representation section in " + page.select("h2")));
  }
}
