package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cop serve --language cy}: every page of the web app is in Welsh — its title, headings,
 * labels, buttons, messages, the review's findings, the guide's running order and the reports it
 * previews — with {@code <html lang="cy">} and none of the British English bundle's words among
 * what it shows.
 */
class ServeSpeaksWelshTest {
  @TempDir Path store;
  private CopServer server;

  private static Properties english;
  private static Properties welsh;
  private static List<String> englishPieces;
  private static Set<String> englishLabels;

  @BeforeAll
  static void bundles() throws IOException {
    english = bundle("serve_en_GB.properties");
    welsh = bundle("serve_cy.properties");
    englishPieces = englishPieces();
    englishLabels = englishLabels();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Text.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static String plain(String text) {
    return text.replace("''", "'");
  }

  /**
   * The stretches of words of every British English text that Welsh says otherwise: the text cut at
   * its arguments, each piece of at least two words kept.
   */
  private static List<String> englishPieces() {
    List<String> pieces = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String british = plain(english.getProperty(key));
      String cymraeg = plain(welsh.getProperty(key));
      if (british.equals(cymraeg)) {
        continue; // the same in both: an argument alone, a format
      }
      for (String piece : british.split("\\{\\d+}")) {
        String words = piece.strip();
        if (words.matches(".*[A-Za-z]{3,}\\s+[A-Za-z]{2,}.*") && !cymraeg.contains(words)) {
          pieces.add(words);
        }
      }
    }
    assertThat(pieces).as("the British English texts to look for").hasSizeGreaterThan(300);
    return pieces;
  }

  /** Every British English text without arguments that Welsh says otherwise, one word or more. */
  private static Set<String> englishLabels() {
    Set<String> labels = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      String british = english.getProperty(key);
      if (!british.contains("{") && !british.equals(welsh.getProperty(key))) {
        labels.add(british);
      }
    }
    return labels;
  }

  /**
   * The page is Welsh: {@code lang="cy"}, its title from the Welsh bundle, and no British English
   * text in what it shows — neither a stretch of words anywhere nor a heading, label, button,
   * choice or link that is an English text whole.
   */
  private static Document welshPage(Document page) {
    String where = page.location();
    assertThat(page.select("html").attr("lang")).as("lang of %s", where).isEqualTo("cy");
    String shown = page.text();
    for (String piece : englishPieces) {
      assertThat(shown).as("%s shows British English: %s", where, piece).doesNotContain(piece);
    }
    for (Element e :
        page.select("title, h1, h2, h3, label, legend, button, th, caption, summary, option, a")) {
      assertThat(englishLabels)
          .as("%s shows British English in <%s>", where, e.tagName())
          .doesNotContain(e.ownText().strip());
    }
    return page;
  }

  private static String cy(String key) {
    return plain(welsh.getProperty(key));
  }

  private WebClient start(boolean login) throws Exception {
    server = CopServer.builder(store).port(0).login(login).language("cy").start();
    return new WebClient(server.uri());
  }

  @Test
  void theWholeAppSpeaksWelshFromSetUpToErasure() throws Exception {
    WebClient browser = start(false);
    Document home = welshPage(browser.get("/"));
    assertThat(home.title()).startsWith(cy("page.home"));
    assertThat(home.text()).contains(cy("home.new"), cy("home.none"));

    Document refused = welshPage(browser.submit("/communities", "id", "tai", "place", "Wrecsam"));
    assertThat(refused.select("p.notice.error").text())
        .isEqualTo("Mae angen llenwi'r maes ‘Yr enw’.");

    Document community =
        welshPage(
            browser.submit("/communities", "id", "tai", "name", "@CymunedTai", "place", "Wrecsam"));
    assertThat(community.select("p.notice").text()).isEqualTo(cy("done.community"));
    assertThat(community.select("#principles + ul li")).isNotEmpty();
    assertThat(community.text()).doesNotContain("No Name, No Blame, No Shame");
    welshPage(
        browser.submit(
            "/c/tai/topics", "title", "Gadael carchar", "needed", "EXPERT_BY_EXPERIENCE"));
    welshPage(
        browser.submit("/c/tai/series", "title", "Gadael carchar", "topic", "gadael-carchar"));

    Document people = welshPage(browser.get("/c/tai/people"));
    assertThat(people.text()).contains(cy("people.none"));
    Document chair =
        welshPage(
            browser.submit("/c/tai/people", "name", "Siân Jones", "perspective", "NEUTRAL_EXPERT"));
    assertThat(chair.text()).contains(cy("person.consentNow"), cy("person.notAgreed"));
    String chairId = chair.location().replaceAll(".*/people/", "");
    Document consented =
        welshPage(browser.grant("/c/tai/people/" + chairId, "NAMED_IN_REPORTS", "2016-1"));
    assertThat(consented.select("p.notice").text()).isEqualTo(cy("done.consent"));

    welshPage(browser.get("/c/tai/sessions/new"));
    Document door =
        welshPage(
            browser.submit(
                "/c/tai/sessions",
                "id",
                "tai-1",
                "topic",
                "gadael-carchar",
                "series",
                "gadael-carchar",
                "startsAt",
                "2016-06-02T10:00",
                "venue",
                "Llyfrgell Wrecsam",
                "facilitator",
                chairId));
    assertThat(door.title()).startsWith(cy("page.door"));
    assertThat(door.text()).contains(cy("door.late"), cy("consent.purpose.PHOTOGRAPHED"));
    String at = "/c/tai/capture/tai-1";
    Document welcomed =
        welshPage(
            browser.submit(
                at + "/door",
                "name",
                "Dafydd Rhys",
                "email",
                "dafydd@example.org",
                "agree",
                "COMMUNITY_COMMUNICATIONS",
                "notice",
                "2016-2"));
    assertThat(welcomed.select("p.notice").text()).isEqualTo(cy("done.welcome"));

    Document capture = welshPage(browser.get(at));
    assertThat(capture.select("#stage-title").text()).startsWith("Cam 1 o ");
    assertThat(capture.text()).contains(cy("capture.bestHopes.question"));
    browser.submit(at + "/advance");
    browser.submit(at + "/hope", "text", "Gadael gydag un peth i'w drio ddydd Llun");
    browser.submit(at + "/present", "kind", "CASE_STUDY", "text", "Gadael carchar ar ddydd Gwener");
    welshPage(browser.get(at));
    browser.submit(at + "/stop");
    browser.submit(at + "/scale", "goodEnough", "7");
    browser.submit(at + "/rate", "value", "6");
    browser.submit(at + "/say", "kind", "COMMENT", "text", "Mae angen tai ar y dydd cyntaf");
    browser.submit(at + "/action", "text", "Gofyn i'r gwasanaeth prawf ddod y tro nesaf");
    browser.submit(
        at + "/conclude", "text", "Mae rhyddhau ar ddydd Gwener yn gadael pobl heb help");
    Document recorded =
        welshPage(
            browser.submit(at + "/next", "startsAt", "2016-07-07T10:00", "venue", "Llyfrgell"));
    assertThat(recorded.select("p.notice").text()).startsWith(cy("done.recorded"));
    assertThat(recorded.select("#so-far + ol li").eachText())
        .contains(
            "Gobaith gorau: Gadael gydag un peth i'w drio ddydd Llun",
            "Sylw: Mae angen tai ar y dydd cyntaf",
            "Sgôr: 6 (dienw)")
        .anySatisfy(line -> assertThat(line).startsWith("Y sesiwn nesaf: Dydd Iau 7 Gorffennaf"));

    WebClient other = new WebClient(server.uri());
    Document watching = welshPage(other.get(at));
    assertThat(watching.text()).contains(cy("watch.readOnly"));

    Document notSure = welshPage(browser.submit(at + "/finish"));
    assertThat(notSure.select("p.notice.error").text()).isEqualTo(cy("problem.notSure"));
    Document session = welshPage(browser.submit(at + "/finish", "sure", "yes"));
    assertThat(session.select("p.notice").text()).startsWith("Wedi gorffen: 2 yn yr ystafell");
    assertThat(session.text()).contains(cy("session.reports.intro"));

    Document review = welshPage(browser.get("/c/tai/review"));
    assertThat(review.text()).contains(cy("review.intro"));
    Document preview = welshPage(browser.get("/c/tai/reports/session/tai-1/text"));
    assertThat(preview.select("pre.report").text()).contains("Gobeithion gorau");
    HttpResponse<String> html = browser.getResponse("/c/tai/reports/session/tai-1/html");
    assertThat(Jsoup.parse(html.body()).select("html").attr("lang")).isEqualTo("cy");

    Document circulate = welshPage(browser.get("/c/tai/circulate/session/tai-1"));
    assertThat(circulate.text()).contains(cy("circulate.who"));
    Document circulated =
        welshPage(
            browser.submit(
                "/c/tai/circulate/session/tai-1",
                "from",
                "cymuned@example.org",
                "unsubscribe",
                "stop@example.org"));
    assertThat(circulated.select("p.notice").text()).startsWith("Wedi'i ddosbarthu: 1 ");
    List<Path> messages;
    try (Stream<Path> files = Files.walk(store.resolve("outbox"))) {
      messages = files.filter(f -> f.toString().endsWith(".eml")).toList();
    }
    assertThat(messages).hasSize(1);
    try (InputStream in = Files.newInputStream(messages.get(0))) {
      assertThat(new MimeMessage(null, in).getSubject())
          .as("the email is in the app's language")
          .contains(": adroddiad y sesiwn “");
    }

    welshPage(browser.get("/c/tai/rights"));
    HttpResponse<String> search = browser.post("/c/tai/rights", "q", "dafydd");
    Document found = welshPage(Jsoup.parse(search.body(), server.uri().resolve("/").toString()));
    String dafydd = found.select("main ul a").attr("href");
    Document rights = welshPage(browser.get(dafydd));
    assertThat(rights.text()).contains(cy("rights.held"));
    Document erase = welshPage(browser.get(dafydd + "/erase"));
    assertThat(erase.text()).contains(cy("erase.reaches"), "Teipiwch y gair dileu i gadarnhau");
    Document erased =
        welshPage(
            browser.submit(dafydd + "/erase", "ground", "REQUESTED_BY_PERSON", "confirm", "dileu"));
    assertThat(erased.select("p.notice").text()).startsWith("Wedi'i ddileu.");

    HttpResponse<String> nothing = browser.getResponse("/nothing-here");
    assertThat(nothing.statusCode()).isEqualTo(404);
    assertThat(nothing.body()).isEqualTo(cy("refused.notFound"));
  }

  @Test
  void signingInAndAccountsSpeakWelsh() throws Exception {
    WebClient chair = start(true);
    Document setup = welshPage(chair.get("/setup"));
    assertThat(setup.text()).contains(cy("setup.intro"));
    String password = "pedwar gair hir iawn";
    Document home =
        welshPage(
            chair.submit(
                "/setup",
                "code",
                server.firstRunCode().orElseThrow(),
                "user",
                "cadeirydd",
                "password",
                password,
                "again",
                password));
    assertThat(home.select("p.notice").text()).isEqualTo(cy("done.setup"));
    Document accounts = welshPage(chair.get("/accounts"));
    assertThat(accounts.select("main td").eachText())
        .contains("Hwylusydd-gadeirydd, Arweinydd diogelu data");
    welshPage(chair.get("/password"));
    Document out = welshPage(chair.submit("/signout"));
    assertThat(out.title()).startsWith(cy("page.signIn"));
    HttpResponse<String> wrong = chair.post("/signin", "user", "cadeirydd", "password", "anghywir");
    assertThat(wrong.statusCode()).isEqualTo(303);
    assertThat(welshPage(chair.get("/signin")).select("p.notice.error").text())
        .isEqualTo(cy("problem.signIn"));
  }

  @Test
  void refusingToListenBeyondThisComputerIsSaidInWelsh() {
    assertThatThrownBy(
            () -> CopServer.builder(store).bind("0.0.0.0").port(0).language("cy").start())
        .isInstanceOf(BindRefusedException.class)
        .hasMessage(plain(welsh.getProperty("refused.bindBeyond")).replace("{0}", "0.0.0.0"));
  }

  @Test
  void aBrowserMayChooseTheOtherLanguageForItself() throws Exception {
    WebClient browser = start(false);
    Document british = browser.get("/?lang=en");
    assertThat(british.select("html").attr("lang")).isEqualTo("en-GB");
    assertThat(british.title()).startsWith("Communities");
    assertThat(browser.get("/").select("html").attr("lang"))
        .as("the choice is kept for the pages after")
        .isEqualTo("en-GB");
    assertThat(welshPage(browser.get("/?lang=cy")).select("p.language a").text())
        .isEqualTo("English");
    assertThat(welshPage(new WebClient(server.uri()).get("/")).title())
        .as("another browser has the app's language")
        .startsWith(cy("page.home"));
  }
}
