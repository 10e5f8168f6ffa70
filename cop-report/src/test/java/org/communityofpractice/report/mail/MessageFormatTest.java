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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.store.SendLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages a circulation writes, read back by parsers other than the ones that wrote them:
 * Apache James mime4j for the MIME, biweekly for the calendar.
 */
class MessageFormatTest {
  @TempDir static Path dir;
  static List<Path> written;

  @BeforeAll
  static void circulateToAnOutbox() {
    Circulation circulation = CirculationFixtures.circulation();
    Circulation.Plan plan =
        circulation.plan(CirculationFixtures.community(), CommunityFixtures.PRISON_RELEASE_2);
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      CirculationResult result =
          circulation.send(plan, Delivery.outbox(dir.resolve("outbox")), log);
      assertThat(result.isComplete()).isTrue();
    }
    written = CirculationFixtures.emls(dir.resolve("outbox"));
  }

  @Test
  void writesOneMessagePerRecipientEachToThatRecipientOnly() {
    assertThat(written).hasSize(3);
    List<String> to = new ArrayList<>();
    for (Path eml : written) {
      Message m = CirculationFixtures.parse(eml);
      assertThat(m.getTo()).hasSize(1);
      assertThat(m.getCc()).isNull();
      assertThat(m.getBcc()).isNull();
      to.add(((Mailbox) m.getTo().get(0)).getAddress());
    }
    assertThat(to)
        .containsExactlyInAnyOrder("steve@example.org", "alex@example.org", "sam@example.org");
  }

  @Test
  void isMixedHoldingTextHtmlAndCalendarAlternativesAndAnIcsAttachment() {
    Message m = CirculationFixtures.parse(chair());
    assertThat(m.getMimeType()).isEqualTo("multipart/mixed");
    List<Entity> parts = ((Multipart) m.getBody()).getBodyParts();
    assertThat(parts)
        .extracting(Entity::getMimeType)
        .containsExactly("multipart/alternative", "text/calendar");
    List<Entity> alternatives = ((Multipart) parts.get(0).getBody()).getBodyParts();
    assertThat(alternatives)
        .extracting(Entity::getMimeType)
        .containsExactly("text/plain", "text/html", "text/calendar");
    assertThat(alternatives.get(2).getHeader().getField("Content-Type").getBody())
        .contains("method=PUBLISH");
    Entity attachment = parts.get(1);
    assertThat(attachment.getDispositionType()).isEqualTo("attachment");
    assertThat(attachment.getFilename())
        .isEqualTo("Cymuned Ymarfer Stôk — @SoTCoP – next session.ics");
  }

  @Test
  void encodesNonAsciiSubjectNamesAndFileNamesAsTheRfcsSay() throws IOException {
    String raw = Files.readString(chair(), StandardCharsets.US_ASCII);
    Message m = CirculationFixtures.parse(chair());
    // RFC 2047 encoded words in the headers, decoded by mime4j to what was meant
    assertThat(header(raw, "Subject")).contains("=?UTF-8?");
    assertThat(m.getSubject())
        .isEqualTo(
            "Cymuned Ymarfer Stôk — @SoTCoP: report of Leaving prison: the view from inside, 7 April 2016");
    assertThat(header(raw, "To")).contains("=?UTF-8?");
    assertThat(((Mailbox) m.getTo().get(0)).getName()).isEqualTo("Zoë Ó Example");
    assertThat(header(raw, "List-Id"))
        .contains("=?UTF-8?")
        .endsWith("<sotcop.list.sotcop.example.org>");
    // RFC 2231 for the attachment's file name
    assertThat(raw).contains("filename*=UTF-8''Cymuned%20Ymarfer%20St%C3%B4k");
    // the text itself survives quoted-printable
    assertThat(text(m, "text/plain"))
        .startsWith("Dear Zoë Ó Example,")
        .contains("Thank you to everyone");
  }

  /**
   * RFC 5322: lines MUST be at most 998 characters and SHOULD be at most 78. Every line keeps to 78
   * except an RFC 2231 encoded parameter (a long non-ASCII file name), which Jakarta Mail writes on
   * one line instead of splitting it into numbered sections; it stays within 998.
   */
  @Test
  void keepsEveryLineWithin78CharactersAndEndsLinesWithCrLf() throws IOException {
    for (Path eml : written) {
      String raw = Files.readString(eml, StandardCharsets.US_ASCII);
      assertThat(raw).doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
      for (String line : raw.split("\r\n")) {
        int limit = line.matches("\\s+(file)?name\\*=UTF-8''.*") ? 998 : 78;
        assertThat(line.length())
            .as("a line of %s: %s", eml.getFileName(), line)
            .isLessThanOrEqualTo(limit);
      }
    }
  }

  @Test
  void carriesTheListHeadersTheDateAndAStableMessageId() throws IOException {
    String raw = Files.readString(chair(), StandardCharsets.US_ASCII);
    Message m = CirculationFixtures.parse(chair());
    assertThat(m.getMessageId()).matches("<[0-9a-f]{32}\\.cop@sotcop\\.example\\.org>");
    assertThat(m.getMessageId())
        .isEqualTo(
            CirculationFixtures.circulation()
                .messageId(
                    "report-" + CommunityFixtures.PRISON_RELEASE_2.value(),
                    org.communityofpractice.core.topic.RecipientId.of(CommunityFixtures.CHAIR)));
    assertThat(m.getDate().toInstant()).isEqualTo(CirculationFixtures.SENT_AT);
    assertThat(m.getFrom().get(0).getAddress()).isEqualTo("hello@sotcop.example.org");
    assertThat(((Mailbox) m.getReplyTo().get(0)).getAddress())
        .isEqualTo("chair@sotcop.example.org");
    assertThat(unfold(header(raw, "List-Unsubscribe")))
        .isEqualTo(
            "<mailto:leave@sotcop.example.org?subject=unsubscribe>, <https://sotcop.example.org/leave>");
    assertThat(header(raw, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
  }

  @Test
  void saysWhyEachPersonReceivesItAndHowToStop() throws IOException {
    String chair = text(CirculationFixtures.parse(chair()), "text/plain");
    assertThat(chair)
        .contains("on 3 March 2016 you agreed to hear from")
        .contains("To stop, reply to leave@sotcop.example.org");
    Path socialWorker =
        written.stream()
            .filter(p -> p.getFileName().toString().startsWith("p-social-worker"))
            .findFirst()
            .orElseThrow();
    assertThat(text(CirculationFixtures.parse(socialWorker), "text/plain"))
        .contains("gave your details while supporting")
        .contains("have not asked us to stop");
    String html = text(CirculationFixtures.parse(chair()), "text/html");
    assertThat(html)
        .contains("To stop, reply to leave@sotcop.example.org")
        .contains("You are warmly invited");
  }

  @Test
  void invitesToTheNextSessionInTheTextAndInTheCalendarParsedByBiweekly() throws IOException {
    Message m = CirculationFixtures.parse(chair());
    assertThat(text(m, "text/plain"))
        .contains("You are warmly invited to the next session: Thursday 5 May 2016 at 10:00 am")
        .contains("Step-free entrance");
    String ics = text(m, "text/calendar");
    List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
    ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
    assertThat(warnings).allMatch(List::isEmpty);
    assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
    assertThat(calendar.getTimezoneInfo().getComponents()).hasSize(1);
    VEvent event = calendar.getEvents().get(0);
    assertThat(event.getUid().getValue())
        .isEqualTo(
            "next-after-"
                + CommunityFixtures.PRISON_RELEASE_2.value()
                + ".sotcop@sotcop.example.org");
    assertThat(event.getSequence().getValue()).isZero();
    assertThat(event.getDateStart().getValue().toInstant())
        .isEqualTo(ZonedDateTime.parse("2016-05-05T10:00+01:00[Europe/London]").toInstant());
    assertThat(event.getDateEnd().getValue().toInstant())
        .isEqualTo(ZonedDateTime.parse("2016-05-05T12:00+01:00[Europe/London]").toInstant());
    assertThat(event.getLocation().getValue()).startsWith(CommunityFixtures.VOICES.name());
    assertThat(event.getAttendees()).isEmpty();
    assertThat(ics).contains("DTSTART;TZID=Europe/London:20160505T100000");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
  }

  private static Path chair() {
    return written.stream()
        .filter(p -> p.getFileName().toString().startsWith("p-chair"))
        .findFirst()
        .orElseThrow();
  }

  private static String header(String raw, String name) {
    String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
    for (String field : head.split("\r\n(?![ \t])")) {
      if (field.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return field.substring(name.length() + 1).strip();
      }
    }
    throw new AssertionError("no header " + name);
  }

  private static String unfold(String value) {
    return value.replaceAll("\r\n[ \t]+", " ");
  }

  static String text(Entity entity, String mimeType) throws IOException {
    if (entity.getBody() instanceof Multipart mp) {
      for (Entity part : mp.getBodyParts()) {
        String found = textOrNull(part, mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    throw new AssertionError("no " + mimeType + " part");
  }

  private static String textOrNull(Entity part, String mimeType) throws IOException {
    if (part.getBody() instanceof Multipart) {
      return text(part, mimeType);
    }
    if (part.getMimeType().equals(mimeType) && part.getBody() instanceof TextBody body) {
      StringWriter out = new StringWriter();
      try (Reader r = body.getReader()) {
        r.transferTo(out);
      }
      return out.toString();
    }
    return null;
  }
}
