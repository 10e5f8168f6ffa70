package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.communityofpractice.core.people.Person;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answering a person's request through the pages: find, access, rectify, restrict, erase. */
class RightsPagesTest extends ServerTest {
  @BeforeEach
  void aCommunityWithTwoPeople() throws Exception {
    browser.get("/");
    browser.submit("/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke-on-Trent");
    browser.submit("/c/sotcop/people", "name", "Sam Example", "email", "sam@example.org");
    browser.submit("/c/sotcop/people", "name", "Alex Other", "email", "alex@example.org");
  }

  private String samsPage() throws Exception {
    browser.get("/c/sotcop/rights");
    HttpResponse<String> found = browser.post("/c/sotcop/rights", "q", "SAM@example");
    assertThat(found.statusCode()).isEqualTo(200);
    Document page = org.jsoup.Jsoup.parse(found.body());
    assertThat(page.select("main li a"))
        .singleElement()
        .satisfies(a -> assertThat(a.text()).isEqualTo("Sam Example"));
    return page.select("main li a").attr("href");
  }

  @Test
  void findsByEmailExportsEverythingHeldAndCorrectsAndRestricts() throws Exception {
    String sam = samsPage();
    browser.get(sam);
    HttpResponse<String> export = browser.getResponse(sam + "/export.csv");
    assertThat(export.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("attachment"));
    assertThat(export.body())
        .contains("Sam Example")
        .contains("sam@example.org")
        .doesNotContain("Alex Other");

    browser.submit(sam + "/rectify", "name", "Sam Corrected", "email", "sam@example.org");
    browser.submit(sam + "/restrict", "ground", "ACCURACY_CONTESTED");
    Person after = stored().register().people().get(0);
    assertThat(after.name()).isEqualTo("Sam Corrected");
    assertThat(after.isRestricted()).isTrue();
    assertThat(stored().register().audit()).hasSize(2);
  }

  @Test
  void erasesOnlyWhenConfirmedAndThenNoFileInTheStoreHoldsThem() throws Exception {
    String sam = samsPage();
    Document confirm = browser.get(sam + "/erase");
    assertThat(confirm.text()).contains("What erasure reaches").contains("What it cannot reach");
    Document refused =
        browser.submit(sam + "/erase", "ground", "REQUESTED_BY_PERSON", "confirm", "no");
    assertThat(refused.select("p.notice.error").text()).contains("Nothing was erased");
    assertThat(stored().register().people()).hasSize(2);

    Document done =
        browser.submit(sam + "/erase", "ground", "REQUESTED_BY_PERSON", "confirm", "erase");
    assertThat(done.select("p.notice").text()).startsWith("Erased.");
    assertThat(stored().register().people()).extracting(Person::name).containsExactly("Alex Other");
    try (Stream<Path> files = Files.walk(store)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f))
            .as("%s", f)
            .doesNotContain("Sam Example")
            .doesNotContain("sam@example.org");
      }
    }
  }
}
