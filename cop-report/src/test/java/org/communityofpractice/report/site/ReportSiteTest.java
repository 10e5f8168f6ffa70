package org.communityofpractice.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.ReportComposer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The report website, read as files: what it holds, that every link resolves, and that it rebuilds
 * to the same bytes.
 */
public class ReportSiteTest {
  private static final Community SOTCOP = CommunityFixtures.sotcopWithConsent();
  private static final ReportSite SITE =
      ReportSite.builder()
          .composer(ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2016-10-01T09:00:00Z"))))
          .build();

  /** One site for the tests that only read it: printing every report takes a while. */
  @TempDir static Path dir;

  @BeforeAll
  static void writeTheSite() {
    write(dir);
  }

  /** The site of the example community, written into {@code folder}. */
  public static List<Path> write(Path folder) {
    return SITE.write(SOTCOP, folder);
  }

  @Test
  void holdsEveryReportInHtmlPdfAndMarkdownWithTheIndexFeedAndResources() {
    List<Path> written = write(dir);
    for (var session : SOTCOP.sessions()) {
      for (String ext : List.of("html", "pdf", "md")) {
        assertThat(dir.resolve("sessions/" + session.id().value() + "." + ext)).isRegularFile();
      }
    }
    assertThat(dir.resolve("series/" + CommunityFixtures.PRISON_RELEASE_SERIES.value() + ".pdf"))
        .isRegularFile();
    assertThat(dir.resolve("impact.html")).isRegularFile();
    assertThat(written)
        .contains(
            dir.resolve("index.html"), dir.resolve("feed.xml"), dir.resolve("resources.html"));
  }

  @Test
  void theIndexListsReportsByTopicAndSeriesWithTheirDates() throws IOException {
    Document index = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    assertThat(index.select("h2").eachText())
        .containsExactly("Our impact", "Topic: Prison release", "Topic: Lone working");
    assertThat(index.select("h3").eachText())
        .containsExactly("Series: Prison release, spring 2016", "Sessions outside a series");
    assertThat(index.select("time").eachAttr("datetime")).contains("2016-03-03");
    assertThat(index.select("a[href=sessions/" + SOTCOP.sessions().get(0).id().value() + ".md]"))
        .hasSize(1);
  }

  @Test
  void everyLinkBetweenItsFilesResolvesAndNothingRunsOrComesFromElsewhere() throws IOException {
    List<Path> pages = htmlPages(dir);
    assertThat(pages).hasSizeGreaterThan(5);
    for (Path page : pages) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      assertThat(doc.select("script")).as("script in %s", page).isEmpty();
      assertThat(doc.select("[src]"))
          .as("fetched content in %s", page)
          .allSatisfy(e -> assertThat(e.attr("src")).startsWith("data:"));
      for (Element link : doc.select("link[href], a[href]")) {
        URI href = URI.create(link.attr("href"));
        if (href.getScheme() == null) {
          assertThat(page.getParent().resolve(href.getPath()).normalize())
              .as("%s in %s", href, page)
              .isRegularFile()
              .startsWith(dir);
        } else {
          assertThat(href.getScheme()).as("%s in %s", href, page).isIn("https", "http", "mailto");
          assertThat(link.tagName())
              .as("only a link a reader follows may leave the site")
              .isEqualTo("a");
        }
      }
    }
  }

  @Test
  void theAtomFeedNamesEveryReportNewestFirstWithLinksThatResolve() throws Exception {
    var feed =
        DocumentBuilderFactory.newDefaultNSInstance()
            .newDocumentBuilder()
            .parse(dir.resolve("feed.xml").toFile());
    NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength())
        .isEqualTo(SOTCOP.sessions().size() + SOTCOP.series().size() + 1);
    List<String> updated = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      var entry = (org.w3c.dom.Element) entries.item(i);
      updated.add(
          entry
              .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated")
              .item(0)
              .getTextContent());
      String href =
          ((org.w3c.dom.Element)
                  entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0))
              .getAttribute("href");
      assertThat(dir.resolve(href)).isRegularFile();
      assertThat(
              entry
                  .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id")
                  .item(0)
                  .getTextContent())
          .startsWith("urn:uuid:");
    }
    assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void rebuildsToTheSameBytesAndDropsReportsTheCommunityNoLongerHas(@TempDir Path again)
      throws IOException {
    Map<String, byte[]> first = contents(dir);
    Files.createDirectories(again.resolve("sessions"));
    Path stale = Files.writeString(again.resolve("sessions/s-gone.html"), "an old report");
    write(again);
    Map<String, byte[]> second = contents(again);
    assertThat(stale).doesNotExist();
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void holdsNoPersonalStringTheReportsDoNotCarry() throws IOException {
    StringBuilder everything = new StringBuilder();
    for (Path page : htmlPages(dir)) {
      everything.append(Files.readString(page, StandardCharsets.UTF_8));
    }
    everything.append(Files.readString(dir.resolve("feed.xml"), StandardCharsets.UTF_8));
    for (Person p : SOTCOP.register().people()) {
      p.contact().email().ifPresent(e -> assertThat(everything).doesNotContain(e));
      p.contact().phone().ifPresent(t -> assertThat(everything).doesNotContain(t));
      p.organisation().ifPresent(o -> assertThat(everything).doesNotContain(o));
    }
    String expertCitizen =
        SOTCOP.register().find(CommunityFixtures.EXPERT_CITIZEN).orElseThrow().name();
    assertThat(everything).doesNotContain(expertCitizen);
  }

  /** Every HTML page of the site. */
  public static List<Path> htmlPages(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static Map<String, byte[]> contents(Path site) throws IOException {
    Map<String, byte[]> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        contents.put(site.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return contents;
  }
}
