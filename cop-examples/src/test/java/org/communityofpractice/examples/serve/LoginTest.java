package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.store.FileArchiveStore;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cop serve} with login: the first-run setup, signing in, rate-limited attempts, the session
 * timeout, what each role may do, and the audit log of who changed what by id only.
 */
class LoginTest {
  private static final String CHAIR_PASSWORD = "correct horse battery staple";
  private static final String OTHER_PASSWORD = "a recorder's own long password";

  @TempDir Path store;
  private final MutableClock clock = new MutableClock(Instant.parse("2016-06-02T09:00:00Z"));
  private CopServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private WebClient start() throws Exception {
    server = CopServer.builder(store).port(0).login(true).clock(clock).start();
    WebClient browser = new WebClient(server.uri());
    browser.getResponse("/signin");
    return browser;
  }

  /**
   * The first run: the code printed at the start sets up the chair's account, signed in at once.
   */
  private WebClient chair() throws Exception {
    WebClient chair = start();
    String code = server.firstRunCode().orElseThrow();
    chair.get("/setup");
    HttpResponse<String> done =
        chair.post(
            "/setup",
            "code",
            code,
            "user",
            "Chair",
            "password",
            CHAIR_PASSWORD,
            "again",
            CHAIR_PASSWORD);
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.headers().firstValue("Location")).hasValue("/");
    chair.get("/");
    return chair;
  }

  private WebClient signIn(String user, String password) throws Exception {
    WebClient browser = new WebClient(server.uri());
    browser.get("/signin");
    HttpResponse<String> r = browser.post("/signin", "user", user, "password", password);
    assertThat(r.headers().firstValue("Location")).as("signed in as %s", user).hasValue("/");
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

  @Test
  void boundBeyondThisComputerItStartsOnlyWithLogin() {
    assertThatThrownBy(() -> CopServer.builder(store).bind("0.0.0.0").port(0).start())
        .isInstanceOf(BindRefusedException.class)
        .hasMessageContaining("--login");
    server = CopServer.builder(store).bind("0.0.0.0").port(0).login(true).start();
    assertThat(server.firstRunCode()).isPresent();
  }

  @Test
  void theFirstRunNeedsTheCodePrintedAtTheStartAndEverythingWaitsForIt() throws Exception {
    WebClient someone = start();
    HttpResponse<String> home = someone.getResponse("/");
    assertThat(home.statusCode()).isEqualTo(303);
    assertThat(home.headers().firstValue("Location")).hasValue("/setup");
    someone.get("/setup");
    assertThat(
            someone
                .post(
                    "/setup",
                    "code",
                    "aaaa-bbbb-cccc",
                    "user",
                    "mallory",
                    "password",
                    CHAIR_PASSWORD,
                    "again",
                    CHAIR_PASSWORD)
                .headers()
                .firstValue("Location"))
        .hasValue("/setup");
    assertThat(someone.get("/setup").select("p.notice.error").text()).contains("not the code");
    assertThat(Files.exists(store.resolve(".cop-serve/accounts"))).isFalse();

    String code = server.firstRunCode().orElseThrow();
    assertThat(
            someone
                .post(
                    "/setup",
                    "code",
                    code,
                    "user",
                    "chair",
                    "password",
                    CHAIR_PASSWORD,
                    "again",
                    CHAIR_PASSWORD)
                .statusCode())
        .isEqualTo(303);
    assertThat(someone.get("/").select(".account").text()).contains("Signed in as chair");
    assertThat(server.firstRunCode()).isEmpty();
    String accounts =
        Files.readString(store.resolve(".cop-serve/accounts"), StandardCharsets.UTF_8);
    assertThat(accounts).contains("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(CHAIR_PASSWORD);

    WebClient late = new WebClient(server.uri());
    assertThat(late.getResponse("/setup").headers().firstValue("Location")).hasValue("/signin");
  }

  @Test
  void withoutSigningInEveryPageAndFormLeadsToTheSignInAndChangesNothing() throws Exception {
    WebClient chair = chair();
    chair.submit("/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke-on-Trent");
    WebClient stranger = new WebClient(server.uri());
    for (String page :
        new String[] {"/", "/c/sotcop", "/c/sotcop/people", "/c/sotcop/rights", "/accounts"}) {
      HttpResponse<String> r = stranger.getResponse(page);
      assertThat(r.statusCode()).as(page).isEqualTo(303);
      assertThat(r.headers().firstValue("Location")).as(page).hasValue("/signin");
      assertThat(r.body()).as(page).doesNotContain("@SoTCoP");
    }
    stranger.get("/signin");
    HttpResponse<String> r = stranger.post("/c/sotcop/people", "name", "Someone Planted");
    assertThat(r.headers().firstValue("Location")).hasValue("/signin");
    assertThat(stored().register().people()).isEmpty();
  }

  @Test
  void signingInGivesANewCookieAndAWrongPasswordSaysNotWhichWasWrong() throws Exception {
    chair();
    WebClient browser = new WebClient(server.uri());
    browser.get("/signin");
    String before = browser.cookie();
    browser.post("/signin", "user", "chair", "password", "not the password at all");
    String wrongPassword = browser.get("/signin").select("p.notice.error").text();
    browser.post("/signin", "user", "nobody", "password", "not the password at all");
    String wrongUser = browser.get("/signin").select("p.notice.error").text();
    assertThat(wrongPassword).isEqualTo(wrongUser).contains("not right");
    assertThat(
            browser
                .post("/signin", "user", "CHAIR", "password", CHAIR_PASSWORD)
                .headers()
                .firstValue("Location"))
        .hasValue("/");
    assertThat(browser.cookie()).isNotEmpty().isNotEqualTo(before);
  }

  @Test
  void signInIsRateLimitedPerUserNameAndTheWaitEnds() throws Exception {
    chair();
    WebClient guesser = new WebClient(server.uri());
    guesser.get("/signin");
    for (int i = 0; i < Login.FAILURES_PER_USER; i++) {
      assertThat(
              guesser
                  .post("/signin", "user", "chair", "password", "guess number " + i)
                  .statusCode())
          .isEqualTo(303);
    }
    HttpResponse<String> limited =
        guesser.post("/signin", "user", "chair", "password", CHAIR_PASSWORD);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(limited.body()).contains("Wait 15 minutes").contains("Nothing was checked");
    // from another browser too: the user name is what is limited
    WebClient other = new WebClient(server.uri());
    other.get("/signin");
    assertThat(other.post("/signin", "user", "chair", "password", CHAIR_PASSWORD).statusCode())
        .isEqualTo(429);

    clock.advance(Login.WINDOW.plusSeconds(1));
    assertThat(
            other
                .post("/signin", "user", "chair", "password", CHAIR_PASSWORD)
                .headers()
                .firstValue("Location"))
        .hasValue("/");
    assertThat(Files.readString(store.resolve(".cop-serve/audit.log")))
        .contains("sign-in\t\tthrottled");
  }

  @Test
  void anHourWithoutUseSignsOutAndTheFormSentThenIsNotSaved() throws Exception {
    WebClient chair = chair();
    chair.submit("/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke-on-Trent");
    chair.get("/c/sotcop/people");
    clock.advance(Login.IDLE.minusMinutes(1));
    assertThat(chair.getResponse("/c/sotcop/people").statusCode()).isEqualTo(200);
    clock.advance(Login.IDLE.plusMinutes(1));
    HttpResponse<String> late = chair.post("/c/sotcop/people", "name", "Sent Too Late");
    assertThat(late.headers().firstValue("Location")).hasValue("/signin");
    assertThat(chair.get("/signin").select("p.notice.error").text())
        .contains("signed out")
        .contains("not saved");
    assertThat(stored().register().people()).isEmpty();
    assertThat(chair.getResponse("/").headers().firstValue("Location")).hasValue("/signin");
  }

  @Test
  void eachRoleMayDoOnlyItsPartAndARecorderCannotErase() throws Exception {
    WebClient chair = chair();
    chair.submit("/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke-on-Trent");
    chair.submit("/c/sotcop/people", "name", "Sam Member", "email", "sam@example.org");
    String sam = stored().register().people().get(0).id().value();
    chair.get("/accounts");
    chair.submit("/accounts", "user", "rec", "role", "RECORDER", "password", OTHER_PASSWORD);
    chair.get("/accounts");
    chair.submit(
        "/accounts", "user", "dpl", "role", "DATA_PROTECTION_LEAD", "password", OTHER_PASSWORD);

    WebClient recorder = signIn("rec", OTHER_PASSWORD);
    assertThat(recorder.get("/c/sotcop").select("a[href$=/rights]"))
        .as("no link to what it may not do")
        .isEmpty();
    for (String page :
        new String[] {
          "/c/sotcop/rights",
          "/c/sotcop/rights/" + sam,
          "/c/sotcop/rights/" + sam + "/erase",
          "/c/sotcop/rights/" + sam + "/export.csv",
          "/c/sotcop/people",
          "/accounts",
          "/c/sotcop/circulate/session/sotcop-1"
        }) {
      HttpResponse<String> r = recorder.getResponse(page);
      assertThat(r.statusCode()).as(page).isEqualTo(403);
      assertThat(r.body())
          .as(page)
          .contains("Recorder")
          .doesNotContain("Sam Member")
          .doesNotContain("sam@example.org");
    }
    recorder.get("/c/sotcop");
    HttpResponse<String> erase =
        recorder.post(
            "/c/sotcop/rights/" + sam + "/erase",
            "ground",
            "REQUESTED_BY_PERSON",
            "confirm",
            "erase");
    assertThat(erase.statusCode()).isEqualTo(403);
    assertThat(stored().register().people())
        .extracting(p -> p.name())
        .containsExactly("Sam Member");
    assertThat(recorder.getResponse("/c/sotcop/sessions/new").statusCode())
        .as("a recorder records")
        .isEqualTo(200);

    WebClient lead = signIn("dpl", OTHER_PASSWORD);
    assertThat(lead.getResponse("/c/sotcop/sessions/new").statusCode()).isEqualTo(403);
    lead.get("/c/sotcop/rights/" + sam + "/erase");
    assertThat(
            lead.post(
                    "/c/sotcop/rights/" + sam + "/erase",
                    "ground",
                    "REQUESTED_BY_PERSON",
                    "confirm",
                    "erase")
                .statusCode())
        .isEqualTo(303);
    assertThat(stored().register().people()).isEmpty();

    String audit = Files.readString(store.resolve(".cop-serve/audit.log"), StandardCharsets.UTF_8);
    String recorderId = accountId("rec");
    String leadId = accountId("dpl");
    assertThat(audit)
        .contains(recorderId + "\tPOST /c/{c}/rights/{p}/erase\tc=sotcop p=" + sam + "\tforbidden")
        .contains(leadId + "\tPOST /c/{c}/rights/{p}/erase\tc=sotcop p=" + sam + "\tdone")
        .contains("\tPOST /c/{c}/people\tc=sotcop\tdone")
        .doesNotContain("Sam Member")
        .doesNotContain("sam@example.org")
        .doesNotContain("\trec\t")
        .doesNotContain(OTHER_PASSWORD);
  }

  @Test
  void theLastFacilichairCannotBeRemovedNorRemoveThemselves() throws Exception {
    WebClient chair = chair();
    Document accounts = chair.get("/accounts");
    String self = accountId("chair");
    assertThat(accounts.select("td").eachText())
        .contains("chair", "Facilichair, Data protection lead");
    Document refused = chair.submit("/accounts/" + self + "/remove");
    assertThat(refused.select("p.notice.error").text()).contains("your own account");
    assertThat(signIn("chair", CHAIR_PASSWORD)).isNotNull();
  }

  private String accountId(String user) throws Exception {
    return Files.readAllLines(store.resolve(".cop-serve/accounts")).stream()
        .filter(l -> l.contains("\t" + user + "\t"))
        .map(l -> l.split("\t")[0])
        .findFirst()
        .orElseThrow();
  }
}
