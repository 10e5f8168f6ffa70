package org.communityofpractice.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityofpractice.report.markdown.MarkdownRenderer;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.text.TextRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * In a small room every group's count is "fewer than" the threshold, so a list of the groups says
 * nothing but their names; the reports then say once that the groups are not listed. Where some
 * count can be shown, every group is listed as before.
 */
class GroupsInASmallRoomTest {
  private static final String NOT_LISTED = "Every group is too small to count";

  /** A session of the example community: eight people, so no perspective reaches five. */
  private static SessionReport smallRoom() {
    return (SessionReport) ExampleCommunityReports.all().get(0);
  }

  @Test
  void theExampleCommunitysSessionsShowNoGroupCount() {
    SessionReport report = smallRoom();
    assertThat(GroupCount.noneShown(report.representation().perspectives())).isTrue();
    assertThat(GroupCount.noneShown(report.representation().sectors())).isTrue();
    assertThat(GroupCount.noneShown(ReportSamples.session().representation().perspectives())).isFalse();
    assertThat(GroupCount.noneShown(java.util.List.of())).isFalse();
  }

  @Test
  void htmlSaysOnceForEachBreakdownThatItsGroupsAreNotListed() {
    Element section = representation(new HtmlRenderer().render(smallRoom()));
    assertThat(section.select("h3")).extracting(Element::text).containsExactly("Perspectives", "Sectors");
    assertThat(section.select("p")).filteredOn(p -> p.text().startsWith(NOT_LISTED)).hasSize(2);
    assertThat(section.select("li")).isEmpty();
  }

  @Test
  void htmlListsEveryGroupWhenSomeCountCanBeShown() {
    Element section = representation(new HtmlRenderer().render(ReportSamples.session()));
    assertThat(section.text()).doesNotContain(NOT_LISTED);
    assertThat(section.select("li")).extracting(Element::text)
        .contains("Commissioners: fewer than 3").hasSize(5);
  }

  @Test
  void textAndMarkdownSayItInsteadOfListingFewerThanFiveForEachGroup() {
    for (String out : new String[] {new TextRenderer().render(smallRoom()), new MarkdownRenderer().render(smallRoom())}) {
      String representation = out.substring(out.indexOf("People taking part"), out.indexOf("Lived experience"));
      assertThat(representation).contains(NOT_LISTED).doesNotContain("fewer than 5");
      assertThat(out.split(NOT_LISTED, -1)).hasSize(3);
    }
    Report mixed = ReportSamples.session();
    assertThat(new TextRenderer().render(mixed)).doesNotContain(NOT_LISTED).contains("fewer than 3");
  }

  private static Element representation(String html) {
    Document page = Jsoup.parse(html);
    return page.select("section").stream()
        .filter(s -> s.selectFirst("h2") != null && s.selectFirst("h2").text().startsWith("Who was represented"))
        .findFirst().orElseThrow(() -> new AssertionError("no representation section in " + page.select("h2")));
  }
}
