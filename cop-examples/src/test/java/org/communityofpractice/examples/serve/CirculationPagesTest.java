package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communityofpractice.core.people.Person;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Circulating a finished session's report from the app, as {@code cop send} does: who would receive
 * it by count and id, the publication check's findings by field and id, nothing written while one
 * is open, then one message per consenting person in the store's outbox.
 */
class CirculationPagesTest extends ServerTest {
  private static final String AT = "/c/sotcop/capture/sotcop-1";
  private static final String PAGE = "/c/sotcop/circulate/session/sotcop-1";

  /**
   * A finished session with Sam (email, community communications), Kim (email, no consent) and a
   * conclusion naming the chair.
   */
  private void aFinishedSession() throws Exception {
    browser.get("/");
    CaptureFlowTest.setUp(browser);
    browser.get(AT + "/door");
    browser.submit(
        AT + "/door",
        "name",
        "Sam Walkin",
        "email",
        "sam@example.org",
        "agree",
        "COMMUNITY_COMMUNICATIONS",
        "notice",
        "2016-1");
    browser.submit(AT + "/door", "name", "Kim Declined", "email", "kim@example.org");
    browser.get(AT);
    browser.submit(AT + "/conclude", "text", "Chris Chair will write to probation");
    browser.submit(AT + "/next", "startsAt", "2016-07-07T10:00", "venue", "Hanley Library");
    browser.submit(AT + "/finish", "sure", "yes");
  }

  private String idOf(String name) {
    return stored().register().people().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .map(Person::id)
        .orElseThrow()
        .value();
  }

  private List<Path> outbox() throws Exception {
    Path dir = store.resolve("outbox");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void showsWhoAndWhatWasFoundByIdAndWritesTheOutboxOnlyOnceEveryFindingIsDecided()
      throws Exception {
    aFinishedSession();
    String sam = idOf("Sam Walkin");
    String chair = idOf("Chris Chair");
    assertThat(browser.get("/c/sotcop/sessions/sotcop-1").select("a[href=" + PAGE + "]"))
        .isNotEmpty();

    Document page = browser.get(PAGE);
    assertThat(page.select("ul.ids li").eachText()).containsExactly(sam);
    assertThat(page.text())
        .contains("1 person on the email list")
        .doesNotContain("@example.org")
        .doesNotContain("Chris Chair")
        .doesNotContain("Sam Walkin")
        .doesNotContain("probation");
    assertThat(page.select("fieldset legend").eachText())
        .singleElement()
        .asString()
        .contains("conclusions[0]")
        .contains(chair);
    String decision = page.select("fieldset input[type=radio]").attr("name");

    Document refused =
        browser.submit(PAGE, "from", "chair@sotcop.example", "unsubscribe", "stop@sotcop.example");
    assertThat(refused.select("p.notice.error").text())
        .startsWith("Nothing was sent: 1 finding is still open");
    assertThat(outbox()).isEmpty();
    HttpResponse<String> forged =
        browser.postRaw(
            PAGE,
            "from",
            "chair@sotcop.example",
            "unsubscribe",
            "stop@sotcop.example",
            decision,
            "publish");
    assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
    assertThat(outbox()).isEmpty();

    browser.get(PAGE);
    Document done =
        browser.submit(
            PAGE,
            "from",
            "chair@sotcop.example",
            "unsubscribe",
            "stop@sotcop.example",
            decision,
            "redact");
    assertThat(done.select("p.notice").text())
        .startsWith("Circulated: 1 written to the outbox now");
    assertThat(outbox())
        .extracting(p -> store.relativize(p).toString())
        .containsExactly("outbox/sotcop/report-sotcop-1/" + sam + ".eml");
    String message = Files.readString(outbox().get(0), StandardCharsets.UTF_8);
    assertThat(message)
        .contains("sam@example.org")
        .doesNotContain("kim@example.org")
        .doesNotContain("Chris Chair");
    assertThat(stored().sessions().get(0).circulatedOn()).isPresent();
    assertThat(stored().sessions().get(0).circulations())
        .extracting(
            org.communityofpractice.core.topic.CirculationRecord::circulation,
            org.communityofpractice.core.topic.CirculationRecord::recipients)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("report-sotcop-1", 1));

    String audit = Files.readString(store.resolve(".cop-serve").resolve("audit.log"));
    assertThat(audit)
        .contains("circulation finding NAME redact")
        .contains("person=" + chair)
        .doesNotContain("Chris")
        .doesNotContain("@example.org");

    Document again =
        browser.submit(
            PAGE,
            "from",
            "chair@sotcop.example",
            "unsubscribe",
            "stop@sotcop.example",
            decision,
            "redact");
    assertThat(again.select("p.notice").text())
        .startsWith("Circulated: 0 written to the outbox now")
        .contains("1 written before");
    assertThat(stored().sessions().get(0).circulations()).as("recorded once").hasSize(1);
  }

  @Test
  void erasingARecipientTakesTheirMessagesOutOfTheOutbox() throws Exception {
    aFinishedSession();
    String sam = idOf("Sam Walkin");
    Document page = browser.get(PAGE);
    browser.submit(
        PAGE,
        "from",
        "chair@sotcop.example",
        "unsubscribe",
        "stop@sotcop.example",
        page.select("fieldset input[type=radio]").attr("name"),
        "publish");
    assertThat(outbox()).hasSize(1);

    browser.get("/c/sotcop/rights/" + sam + "/erase");
    Document done =
        browser.submit(
            "/c/sotcop/rights/" + sam + "/erase",
            "ground",
            "REQUESTED_BY_PERSON",
            "confirm",
            "erase");
    assertThat(done.select("p.notice").text())
        .startsWith("Erased.")
        .contains("removed from the outbox: 1");
    assertThat(outbox()).isEmpty();
  }
}
