package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When cop-core refuses what a form sent, the page says which field and what it must be in the
 * app's language — cop-core's own words, in Welsh for {@code cop serve --language cy} — and never
 * the value typed.
 */
class ServeCoreRefusalsInWelshTest {
  @TempDir Path store;
  private CopServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Document refusedEmail(String language) throws Exception {
    server = CopServer.builder(store).port(0).login(false).language(language).start();
    WebClient browser = new WebClient(server.uri());
    browser.get("/");
    browser.submit("/communities", "id", "tai", "name", "@CymunedTai", "place", "Wrecsam");
    return browser.submit(
        "/c/tai/people",
        "name",
        "Siân Jones",
        "email",
        "sian.jones.at.example",
        "perspective",
        "NEUTRAL_EXPERT");
  }

  /** The refusal in the app's language (Welsh with no English left in it), never the address. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "cy|Heb ei gadw: email: rhaid iddo fod yn gyfeiriad e-bost fel name@host.org, 254 nod ar y"
            + " mwyaf.",
        "en|Not saved: email must be an email address like name@host.org, at most 254 characters."
      })
  void aRefusedEmailAddressIsSaidInTheAppsLanguageWithoutTheAddress(String language, String said)
      throws Exception {
    Document page = refusedEmail(language);
    assertThat(page.select("p.notice.error").text()).isEqualTo(said);
    assertThat(page.text()).doesNotContain("sian.jones.at.example");
    if (language.equals("cy")) {
      assertThat(page.text()).doesNotContain(" must ");
    }
  }
}
