package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Hostile text typed into every free-text field of every form, one payload of the corpus after
 * another, and then every page read: no script, event handler, frame or {@code javascript:} link
 * comes out of what was typed, and what was typed is shown as text.
 */
class XssCorpusTest extends ServerTest {
  /** Markup, attribute breakouts and URL schemes, each as someone might type it into a form. */
  static final List<String> CORPUS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(2)>",
          "'><svg onload=alert(3)>",
          "\" autofocus onfocus=alert(4) x=\"",
          "</textarea><script>alert(5)</script>",
          "<iframe src=javascript:alert(6)></iframe>",
          "javascript:alert(7)",
          "<a href=\"javascript:alert(8)\">x</a><style>*{}</style>");

  @Test
  void nothingTypedIntoAnyFormRunsOnAnyPage() throws Exception {
    browser.get("/");
    for (int i = 0; i < CORPUS.size(); i++) {
      String x = CORPUS.get(i);
      String c = "/c/x" + i;
      browser.submit(
          "/communities",
          "id",
          "x" + i,
          "name",
          "Community " + x,
          "place",
          "Place " + x,
          "focus",
          x);
      browser.get(c);
      browser.submit(
          c + "/topics",
          "title",
          "Topic " + x,
          "description",
          x,
          "needed",
          "EXPERT_BY_EXPERIENCE",
          "services",
          "probation, " + x);
      String topic =
          browser.get(c).select("#n-topic option, select[name=topic] option").attr("value");
      browser.submit(c + "/series", "title", "Series " + x, "topic", topic, "introduction", x);
      browser.get(c + "/people");
      browser.submit(
          c + "/people",
          "name",
          "Chair " + x,
          "role",
          x,
          "place",
          x,
          "organisation",
          x,
          "perspective",
          "NEUTRAL_EXPERT");
      String chair =
          browser
              .get(c + "/people")
              .select("a[href^=" + c + "/people/p-]")
              .attr("href")
              .replace(c + "/people/", "");
      browser.get(c + "/people/" + chair);
      browser.grant(c + "/people/" + chair, "NAMED_IN_REPORTS", x);
      browser.get(c + "/sessions/new");
      Document door =
          browser.submit(
              c + "/sessions",
              "id",
              "s1",
              "topic",
              topic,
              "title",
              "Session " + x,
              "startsAt",
              "2016-06-02T10:00",
              "venue",
              "Venue " + x,
              "facilitator",
              chair);
      assertThat(door.title()).as("%s", door.select("p.notice").text()).startsWith("Welcome");
      String at = c + "/capture/s1";
      browser.get(at + "/door");
      browser.submit(at + "/door", "name", "Walkin " + x, "email", x, "notice", x);
      browser.submit(at + "/door", "name", "Walkin " + x, "notice", x);
      browser.submit(at + "/door", "who", x);
      browser.get(at);
      browser.submit(at + "/present", "kind", "CASE_STUDY", "text", x);
      browser.submit(at + "/stop");
      for (String entry : List.of("hope", "up", "action", "step", "conclude", "recommend", "ask")) {
        browser.submit(at + "/" + entry, "text", x);
      }
      browser.submit(at + "/say", "kind", "COMMENT", "text", x);
      browser.upload(
          at + "/photo",
          "photo",
          "x.jpg",
          "image/jpeg",
          PhotoUploadTest.jpeg(10, 10),
          "caption",
          x,
          "alt",
          x);
      browser.submit(at + "/next", "startsAt", "2016-07-07T10:00", "venue", x);
      List<String> pages =
          new ArrayList<>(
              List.of(
                  "/",
                  c,
                  c + "/people",
                  c + "/people/" + chair,
                  at,
                  at + "/door",
                  c + "/sessions/new"));
      assertSafe(pages, x);
      browser.get(at);
      browser.submit(at + "/finish", "sure", "yes");
      browser.get(c + "/rights");
      browser.post(c + "/rights", "q", x);
      browser.get(c + "/rights/" + chair);
      browser.submit(
          c + "/rights/" + chair + "/rectify",
          "name",
          "Chair " + x,
          "email",
          "",
          "role",
          x,
          "place",
          x,
          "organisation",
          x);
      browser.get(c + "/circulate/session/s1");
      browser.submit(c + "/circulate/session/s1", "from", x, "fromName", x, "unsubscribe", x);
      assertSafe(
          List.of(
              c,
              c + "/review",
              c + "/sessions/s1",
              c + "/rights",
              c + "/rights/" + chair,
              c + "/rights/" + chair + "/erase",
              c + "/circulate/session/s1",
              c + "/reports/session/s1/markdown",
              c + "/reports/session/s1/text",
              c + "/reports/session/s1/csv",
              c + "/reports/session/s1/json"),
          x);
    }
  }

  private void assertSafe(List<String> pages, String typed) throws Exception {
    boolean shown = false;
    for (String path : pages) {
      String html = browser.getResponse(path).body();
      Document page = Jsoup.parse(html);
      for (Element e : page.getAllElements()) {
        assertThat(e.tagName())
            .as("%s on %s", typed, path)
            .isNotIn("iframe", "svg", "style", "object", "embed");
        if (e.tagName().equals("script")) {
          assertThat(e.attr("src")).as("a script on %s", path).isEqualTo("/static/live.js");
        }
        if (e.tagName().equals("img")) {
          assertThat(e.attr("src"))
              .as("an image on %s", path)
              .startsWith("data:image/jpeg;base64,");
        }
        for (Attribute a : e.attributes()) {
          assertThat(a.getKey())
              .as("%s on %s", typed, path)
              .doesNotStartWith("on")
              .isNotEqualTo("autofocus");
          if (List.of("href", "src", "action", "formaction", "data").contains(a.getKey())) {
            assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT))
                .as("%s on %s", typed, path)
                .doesNotStartWith("javascript:");
          }
        }
      }
      shown |= page.text().contains(typed.strip());
    }
    assertThat(shown).as("what was typed (%s) is shown as text somewhere", typed).isTrue();
  }
}
