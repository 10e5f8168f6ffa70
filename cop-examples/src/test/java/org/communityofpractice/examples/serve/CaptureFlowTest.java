package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.store.FileArchiveStore;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first session through the pages: set up, three people signed in at the door with different
 * consents, a capture with a presentation, ratings and an action, a restart of the server in the
 * middle, finishing, the review and every report format.
 */
class CaptureFlowTest {
  @TempDir Path store;
  private CopServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private WebClient start() throws Exception {
    server = CopServer.builder(store).port(0).start();
    WebClient browser = new WebClient(server.uri());
    browser.get("/");
    return browser;
  }

  private Community stored() {
    return FileArchiveStore.builder(store)
        .build()
        .load(CommunityId.of("sotcop"))
        .orElseThrow()
        .community();
  }

  static String setUp(WebClient browser) throws Exception {
    browser.submit("/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke-on-Trent");
    browser.submit("/c/sotcop/topics", "title", "Prison release", "needed", "EXPERT_BY_EXPERIENCE");
    browser.submit(
        "/c/sotcop/people",
        "name",
        "Chris Chair",
        "role",
        "Facilichair",
        "perspective",
        "NEUTRAL_EXPERT");
    Document people = browser.get("/c/sotcop/people");
    String chair =
        people.select("a[href^=/c/sotcop/people/p-]").attr("href").replace("/c/sotcop/people/", "");
    browser.submit("/c/sotcop/people", "name", "Alex Known", "perspective", "MANAGER");
    Document form =
        browser.submit(
            "/c/sotcop/sessions",
            "id",
            "sotcop-1",
            "topic",
            "prison-release",
            "startsAt",
            "2016-06-02T10:00",
            "venue",
            "Hanley Library",
            "facilitator",
            chair);
    assertThat(form.title()).startsWith("Welcome: please sign in");
    return chair;
  }

  @Test
  void aWholeFirstSessionIsCapturedThroughTheStoreAndSurvivesARestart() throws Exception {
    WebClient browser = start();
    setUp(browser);
    String door = "/c/sotcop/capture/sotcop-1/door";
    Document page = browser.get(door);
    assertThat(page.select("input[type=checkbox][name=agree]"))
        .isNotEmpty()
        .allSatisfy(box -> assertThat(box.hasAttr("checked")).isFalse());
    assertThat(page.text())
        .as("the door lists nobody")
        .doesNotContain("Alex Known")
        .doesNotContain("Chris Chair");
    String alex =
        stored().register().people().stream()
            .filter(p -> p.name().equals("Alex Known"))
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    browser.submit(door, "who", "  alex   KNOWN ", "agree", "NAMED_IN_REPORTS", "notice", "2016-1");
    browser.submit(
        door,
        "name",
        "Sam Walkin",
        "email",
        "sam@example.org",
        "perspective",
        "EXPERT_BY_EXPERIENCE",
        "agree",
        "COMMUNITY_COMMUNICATIONS",
        "agree",
        "LIVED_EXPERIENCE_RECORDED",
        "notice",
        "2016-1");
    browser.submit(door, "name", "Jo Nothing", "perspective", "FRONTLINE_PRACTITIONER");

    String at = "/c/sotcop/capture/sotcop-1";
    Document capture = browser.get(at);
    assertThat(capture.select("#room").text()).contains("(4)");
    assertThat(capture.text()).contains("New today, to welcome");
    browser.submit(at + "/advance");
    browser.submit(at + "/hope", "text", "Leave with one thing to try on Monday");
    browser.submit(at + "/present", "kind", "CASE_STUDY", "text", "Leaving prison on a Friday");
    assertThat(browser.get(at).select(".clock").text()).matches("[45]:\\d\\d");
    browser.submit(at + "/stop");

    server.close(); // the lid closes; nothing confirmed may be lost
    browser = start();
    capture = browser.get(at);
    assertThat(capture.select("#so-far + ol li").eachText())
        .contains(
            "Best hope: Leave with one thing to try on Monday",
            "Presentation started: Leaving prison on a Friday");

    browser.submit(at + "/scale", "goodEnough", "7");
    browser.submit(at + "/rate", "value", "6");
    browser.submit(at + "/rate", "value", "8", "by", alex);
    browser.submit(at + "/action", "text", "Ask probation to join next time", "by", alex);
    browser.submit(at + "/conclude", "text", "Friday releases leave people without support");
    browser.submit(at + "/next", "startsAt", "2016-07-07T10:00", "venue", "Hanley Library");
    Document refused = browser.submit(at + "/finish");
    assertThat(refused.select("p.notice.error").text()).contains("The session is over");
    Document done = browser.submit(at + "/finish", "sure", "yes");
    assertThat(done.select("p.notice").text()).startsWith("Finished: 4 in the room");

    Community c = stored();
    Session s = c.sessions().get(0);
    assertThat(s.headcount()).isEqualTo(4);
    assertThat(s.scaling().get(0).ratings()).hasSize(2);
    assertThat(s.actions())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).isEqualTo("Ask probation to join next time"));
    assertThat(s.nextSession()).isPresent();
    Person sam =
        c.register().people().stream()
            .filter(p -> p.name().equals("Sam Walkin"))
            .findFirst()
            .orElseThrow();
    Person jo =
        c.register().people().stream()
            .filter(p -> p.name().equals("Jo Nothing"))
            .findFirst()
            .orElseThrow();
    assertThat(c.consent().history(sam.id()))
        .extracting(e -> e.purpose())
        .containsExactlyInAnyOrder(
            ConsentPurpose.COMMUNITY_COMMUNICATIONS, ConsentPurpose.LIVED_EXPERIENCE_RECORDED);
    assertThat(c.consent().history(jo.id())).isEmpty();
    assertThat(FileArchiveStore.builder(store).build().sessionsInProgress(CommunityId.of("sotcop")))
        .isEmpty();

    // every format the session's page offers previews and downloads, the PDF among them
    List<String> offered =
        browser.get("/c/sotcop/sessions/sotcop-1").select("a[href$=?download]").eachAttr("href");
    List<String> formats =
        offered.stream()
            .filter(href -> href.startsWith("/c/sotcop/reports/session/sotcop-1/"))
            .map(href -> href.substring(href.lastIndexOf('/') + 1, href.indexOf('?')))
            .toList();
    assertThat(formats).contains("html", "markdown", "text", "json", "csv", "pdf");
    for (String format : formats) {
      HttpResponse<String> preview =
          browser.getResponse("/c/sotcop/reports/session/sotcop-1/" + format);
      assertThat(preview.statusCode()).as(format).isEqualTo(200);
      HttpResponse<String> download =
          browser.getResponse("/c/sotcop/reports/session/sotcop-1/" + format + "?download");
      assertThat(download.statusCode()).as(format).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Disposition"))
          .as(format)
          .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
      if (format.equals("pdf")) {
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).startsWith("%PDF-");
        assertThat(preview.headers().firstValue("Content-Type")).hasValue("application/pdf");
        continue;
      }
      // consent decides who is named: Alex agreed, Jo did not
      assertThat(download.body())
          .as(format)
          .doesNotContain("Jo Nothing")
          .doesNotContain("sam@example.org");
    }
    assertThat(browser.get("/c/sotcop/review").select("main li")).isNotEmpty();
  }
}
