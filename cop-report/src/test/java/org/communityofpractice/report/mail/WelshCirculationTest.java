package org.communityofpractice.report.mail;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.fixtures.DecisionMakerFixtures;
import org.communityofpractice.core.fixtures.MessageBundles;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.report.spi.Labels;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A circulation in Welsh says everything around the report in Welsh — subject, greeting, thanks,
 * invitation, why and how to stop, the calendar entry and its file name — and none of the British
 * English sentences, while its headers for machines and its MIME structure are those of the same
 * circulation in British English. Read back with mime4j and biweekly, not the libraries that wrote
 * it.
 */
class WelshCirculationTest {
  private static final String COMMUNITY = "Cymuned Ymarfer Stôk — @SoTCoP";

  @TempDir static Path dir;
  static List<Path> welsh;
  static List<Path> british;
  static List<Path> welshFindings;

  @BeforeAll
  static void circulateInBothLanguages() {
    welsh = circulate("cy", "cy");
    british = circulate("en-GB", "en");
    welshFindings = findings();
  }

  private static List<Path> circulate(String language, String folder) {
    Circulation circulation =
        Circulation.builder()
            .settings(CirculationFixtures.settings())
            .clock(CirculationFixtures.clock())
            .language(language)
            .build();
    Circulation.Plan plan =
        circulation.plan(CirculationFixtures.community(), CommunityFixtures.PRISON_RELEASE_2);
    try (SendLog log = SendLog.open(dir.resolve(folder + "-send-log.jsonl"))) {
      assertThat(circulation.send(plan, Delivery.outbox(dir.resolve(folder)), log).isComplete())
          .isTrue();
    }
    return CirculationFixtures.emls(dir.resolve(folder));
  }

  private static List<Path> findings() {
    Circulation circulation =
        Circulation.builder()
            .settings(CirculationFixtures.settings())
            .clock(Clock.fixed(Instant.parse("2016-06-10T09:00:00Z"), ZoneOffset.UTC))
            .language("cy")
            .build();
    Circulation.Plan plan =
        circulation.planFindings(
            DecisionMakerFixtures.community(), CommunityFixtures.PRISON_RELEASE_SERIES);
    try (SendLog log = SendLog.open(dir.resolve("findings-send-log.jsonl"))) {
      assertThat(circulation.send(plan, Delivery.outbox(dir.resolve("findings")), log).isComplete())
          .isTrue();
    }
    return CirculationFixtures.emls(dir.resolve("findings"));
  }

  @Test
  void theSubjectGreetingThanksInvitationAndFooterAreInWelsh() throws IOException {
    Message chair = CirculationFixtures.parse(to(welsh, "p-chair"));
    assertThat(chair.getSubject())
        .isEqualTo(
            COMMUNITY
                + ": adroddiad y sesiwn “Leaving prison: the view from inside”, 7 Ebrill 2016");
    String text = MessageFormatTest.text(chair, "text/plain");
    String html = Jsoup.parse(MessageFormatTest.text(chair, "text/html")).text();
    for (String body : List.of(text.replaceAll("\\s+", " "), html)) {
      assertThat(body)
          .contains("Helo Zoë Ó Example,")
          .contains("Diolch i bawb a ddaeth i sesiwn " + COMMUNITY + ", Dydd Iau 7 Ebrill 2016,")
          .contains("Mae croeso cynnes i chi ddod i'r sesiwn nesaf: Dydd Iau 5 Mai 2016 am 10:00, ")
          .contains("Mae'r cofnod calendr wedi'i atodi.")
          .contains(
              "Rydych chi'n cael y neges hon oherwydd i chi gytuno ar 3 Mawrth 2016 i gael"
                  + " negeseuon e-bost "
                  + COMMUNITY
                  + ".")
          .contains(
              "I beidio â chael y negeseuon hyn, anfonwch ateb at leave@sotcop.example.org gyda'r"
                  + " gair unsubscribe, neu ewch i https://sotcop.example.org/leave.");
    }
    String socialWorker =
        MessageFormatTest.text(
            CirculationFixtures.parse(to(welsh, "p-social-worker")), "text/plain");
    assertThat(socialWorker.replaceAll("\\s+", " "))
        .contains("oherwydd i chi roi eich manylion ar ")
        .contains("ac nid ydych wedi gofyn i ni beidio ag anfon atoch.");
  }

  @Test
  void theCalendarEntryAndItsFileNameAreInWelsh() throws IOException {
    Message chair = CirculationFixtures.parse(to(welsh, "p-chair"));
    List<Entity> parts = ((Multipart) chair.getBody()).getBodyParts();
    assertThat(parts.get(1).getFilename()).isEqualTo(COMMUNITY + " – y sesiwn nesaf.ics");
    List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
    ICalendar calendar =
        Biweekly.parse(MessageFormatTest.text(chair, "text/calendar")).warnings(warnings).first();
    assertThat(warnings).allMatch(List::isEmpty);
    VEvent event = calendar.getEvents().get(0);
    assertThat(event.getSummary().getValue()).isEqualTo(COMMUNITY + ": y sesiwn nesaf");
  }

  @Test
  void theFindingsToDecisionMakersAreInWelsh() throws IOException {
    assertThat(welshFindings).hasSize(2);
    for (Path eml : welshFindings) {
      Message m = CirculationFixtures.parse(eml);
      assertThat(m.getSubject()).contains(": canfyddiadau'r gyfres “");
      String text = MessageFormatTest.text(m, "text/plain").replaceAll("\\s+", " ");
      assertThat(text)
          .contains("wedi dod i ben, ac rydym yn rhannu ei chanfyddiadau â chi")
          .contains("Byddem yn croesawu'r cyfle i gynnig cyfarfod neu gyflwyniad.");
      String address = ((Mailbox) m.getTo().get(0)).getAddress();
      assertThat(text)
          .contains(
              address.equals(DecisionMakerFixtures.BOARD_ADDRESS)
                  ? "yn cadw'r cyfeiriad hwn fel cyfeiriad "
                  : "i gael canfyddiadau ");
      assertNoBritishEnglishSentence(eml, m);
    }
  }

  /**
   * No literal part of a {@code mail.*} or {@code calendar.*} British English text appears anywhere
   * in a Welsh message, its headers and its calendar entry included.
   */
  @Test
  void saysNoneOfTheBritishEnglishSentences() throws IOException {
    assertThat(welsh).hasSize(3);
    for (Path eml : welsh) {
      assertNoBritishEnglishSentence(eml, CirculationFixtures.parse(eml));
    }
  }

  /** The test above can fail: the British English messages hold those words. */
  @Test
  void theBritishEnglishMessagesHoldTheWordsTheWelshOnesMayNot() throws IOException {
    String chair = everything(CirculationFixtures.parse(to(british, "p-chair")));
    assertThat(britishFragments()).anyMatch(chair::contains);
    assertThat(chair).contains("You are warmly invited", "– next session.ics");
  }

  @Test
  void headersForMachinesAndTheMimeStructureAreThoseOfTheBritishEnglishCirculation()
      throws IOException {
    assertThat(welsh).hasSameSizeAs(british);
    for (int i = 0; i < welsh.size(); i++) {
      Message cy = CirculationFixtures.parse(welsh.get(i));
      Message en = CirculationFixtures.parse(british.get(i));
      assertThat(cy.getMessageId()).isEqualTo(en.getMessageId());
      assertThat(cy.getDate()).isEqualTo(en.getDate());
      for (String header : List.of("List-Id", "List-Unsubscribe", "List-Unsubscribe-Post")) {
        assertThat(headerOf(welsh.get(i), header)).isEqualTo(headerOf(british.get(i), header));
      }
      assertThat(structure(cy)).isEqualTo(structure(en));
    }
  }

  private static void assertNoBritishEnglishSentence(Path eml, Message m) throws IOException {
    String all = everything(m);
    for (String fragment : britishFragments()) {
      assertThat(all).as("%s", eml.getFileName()).doesNotContain(fragment);
    }
  }

  /**
   * The literal parts of every {@code mail.*} and {@code calendar.*} British English text, split at
   * their arguments: those with a word of four letters or more, such as "Dear" or "report of the
   * series".
   */
  private static List<String> britishFragments() throws IOException {
    Properties english = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            MessageBundles.base(Labels.class, "/report/labels_en_GB.properties"),
            StandardCharsets.UTF_8)) {
      english.load(in);
    }
    List<String> out = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if (!(key.startsWith("mail.") || key.startsWith("calendar.")) || key.contains(".format.")) {
        continue;
      }
      for (String part : english.getProperty(key).replace("''", "'").split("\\{\\d+}")) {
        String fragment = part.replaceAll("^[\\s\\p{Punct}–]+|[\\s\\p{Punct}–]+$", "");
        if (Pattern.compile("\\p{L}{4,}").matcher(fragment).find()) {
          out.add(fragment);
        }
      }
    }
    assertThat(out).contains("Dear", "report of the series", "All welcome", "next session");
    return out;
  }

  /**
   * What a message says around the report: the subject, the attachments' names, the calendar entry,
   * and of the text and HTML parts what comes before and after the report (the report is the
   * community's own words, in the language they were recorded in).
   */
  private static String everything(Entity entity) throws IOException {
    StringBuilder out = new StringBuilder();
    if (entity instanceof Message m) {
      out.append(m.getSubject()).append('\n');
    }
    if (entity.getFilename() != null) {
      out.append(entity.getFilename()).append('\n');
    }
    if (entity.getBody() instanceof Multipart mp) {
      for (Entity part : mp.getBodyParts()) {
        out.append(everything(part));
      }
    } else if (entity.getMimeType().startsWith("text/")) {
      StringWriter body = new StringWriter();
      try (Reader r = ((TextBody) entity.getBody()).getReader()) {
        r.transferTo(body);
      }
      String text = body.toString();
      out.append(
          switch (entity.getMimeType()) {
            case "text/html" -> Jsoup.parse(text).select(".circulation").text();
            case "text/calendar" ->
                text.replaceAll("\r\n[ \t]", "").replace("\\,", ",").replace("\\;", ";");
            default ->
                (String.join(" ", Arrays.asList(text.split("\r?\n\r?\n", 4)).subList(0, 3))
                        + text.substring(text.lastIndexOf("\n-- ")))
                    .replaceAll("\\s+", " ");
          });
      out.append('\n');
    }
    return out.toString();
  }

  private static String structure(Entity entity) {
    if (entity.getBody() instanceof Multipart mp) {
      StringBuilder out = new StringBuilder(entity.getMimeType()).append('(');
      for (Entity part : mp.getBodyParts()) {
        out.append(structure(part)).append(' ');
      }
      return out.append(')').toString();
    }
    return entity.getMimeType() + (entity.getDispositionType() == null ? "" : ";attachment");
  }

  private static String headerOf(Path eml, String name) throws IOException {
    String raw = Files.readString(eml, StandardCharsets.US_ASCII);
    String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
    for (String field : head.split("\r\n(?![ \t])")) {
      if (field.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return field.substring(name.length() + 1).strip();
      }
    }
    return null;
  }

  private static Path to(List<Path> emls, String prefix) {
    return emls.stream()
        .filter(p -> p.getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }
}
