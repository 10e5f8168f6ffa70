package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.Resource;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.json.internal.JsonValues;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an outside hostile-input test found the reader taking: malformed UTF-8, control, bidi and
 * invisible-only text, dates no one meant, links a report should not publish. Each is refused at
 * the reader with the JSON path, and by the value types for API callers, with the same rule.
 */
class HostileInputTest {
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();

  static String golden() {
    try (InputStream in =
        HostileInputTest.class.getResourceAsStream("/golden/sotcop-community.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden archive as bytes, with the community's name's bytes replaced by {@code name}. */
  private static byte[] withNameBytes(byte[] name) {
    String[] parts = golden().split("\"@SoTCoP\"", 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
    out.write('"');
    out.writeBytes(name);
    out.write('"');
    out.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static ArchiveFormatException readBytes(byte[] bytes) {
    try {
      ARCHIVE.read(new ByteArrayInputStream(bytes));
    } catch (ArchiveFormatException e) {
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("the archive was read");
  }

  @Test
  void theGoldenArchiveStillReadsFromBytes() throws IOException {
    assertThat(
            ARCHIVE
                .read(new ByteArrayInputStream(golden().getBytes(StandardCharsets.UTF_8)))
                .name())
        .isEqualTo("@SoTCoP");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = new byte[bom.length + golden().getBytes(StandardCharsets.UTF_8).length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    byte[] text = golden().getBytes(StandardCharsets.UTF_8);
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(ARCHIVE.read(new ByteArrayInputStream(withBom)).name()).isEqualTo("@SoTCoP");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "C0 BC", // an overlong '<'
        "C0 A2", // an overlong '"'
        "C0 AF", // an overlong '/'
        "C0 80", // an overlong NUL
        "E0 80 BC", // a three-byte overlong '<'
        "F4 90 80 80", // above U+10FFFF
        "ED A0 80", // a lone high surrogate
        "ED B0 80", // a lone low surrogate
        "FF", // never in UTF-8
        "E2 82", // a truncated sequence
      })
  void malformedUtf8IsRefusedWithItsJsonPath(String hex) {
    String[] pairs = hex.split(" ");
    byte[] bad = new byte[pairs.length + 2];
    bad[0] = 'a';
    for (int i = 0; i < pairs.length; i++) {
      bad[i + 1] = (byte) Integer.parseInt(pairs[i], 16);
    }
    bad[bad.length - 1] = 'b';
    ArchiveFormatException e = readBytes(withNameBytes(bad));
    assertThat(e.kind()).isEqualTo(ArchiveFormatException.Kind.MALFORMED);
    assertThat(e.path()).isEqualTo("$.name");
    assertThat(e.expectation()).isEqualTo("must be UTF-8 text");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "\\u0000",
        "\\u0007",
        "\\u001b[31m",
        "\\u007f",
        "\\u0085",
        "\\u009b", // NUL, C0, DEL, C1
        "\\u202e",
        "\\u202a",
        "\\u2066",
        "\\u2069", // bidi overrides and isolates
        "\\ud800",
        "\\udc00",
        "x\\ud800", // unpaired surrogates
        "\\ufffe",
        "\\uffff",
      })
  void controlBidiAndUnpairedSurrogateEscapesAreRefusedWithTheirPath(String escape) {
    String json =
        golden()
            .replace("\"Stoke-on-Trent\",\n  \"focus\"", "\"Stoke" + escape + "\",\n  \"focus\"");
    assertThatThrownBy(() -> ARCHIVE.read(json))
        .isInstanceOfSatisfying(
            ArchiveFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.place");
              assertThat(e.expectation())
                  .contains("no control, bidirectional-override or unpaired surrogate");
              assertThat(e.getMessage()).doesNotContain("Stoke");
            });
  }

  @Test
  void theRuleHoldsForEveryStringTheReaderReadsEvenOneTheModelNeverChecks() {
    // a person's name is personal: the message says where, never what
    String json = golden().replace("\"Steve Example\"", "\"Steve\\u0000Example\"");
    assertThatThrownBy(() -> ARCHIVE.read(json))
        .isInstanceOfSatisfying(
            ArchiveFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.register.people[0].name");
              assertThat(e.getMessage()).doesNotContain("Steve");
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"FEFF0000", "0000FFFE", "FFFE0000"})
  void aByteOrderMarkJacksonCannotDecodeIsAFormatErrorNotAnIoError(String hex) {
    // found by fuzzing: Jackson's encoding detection threw CharConversionException as the parser
    // opened
    byte[] bytes = new byte[hex.length() / 2 + 2];
    for (int i = 0; i < hex.length() / 2; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    bytes[bytes.length - 2] = '{';
    bytes[bytes.length - 1] = '}';
    assertThatThrownBy(() -> ARCHIVE.read(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(
            ArchiveFormatException.class, e -> assertThat(e.path()).isEqualTo("$"));
  }

  @Test
  void tabsAndLineBreaksStayAllowedInText() throws IOException {
    String json =
        golden().replace("\"Open on Fridays until 8pm\"", "\"Open on Fridays\\r\\n\\tuntil 8pm\"");
    assertThat(ARCHIVE.read(json).resources().get(2).note())
        .contains("Open on Fridays\r\n\tuntil 8pm");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"\\u00a0\\u00a0", "\\u200b", "\\u3000\\n", "\\ufeff", "\\u2800", "\\u2028"})
  void textOfOnlyInvisibleCharactersIsBlank(String escape) {
    String json = golden().replace("\"@SoTCoP\"", "\"" + escape + "\"");
    assertThatThrownBy(() -> ARCHIVE.read(json))
        .isInstanceOfSatisfying(
            ArchiveFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.name");
              assertThat(e.expectation()).isEqualTo("must not be blank");
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "+999999999-03-03T10:00:00Z[Europe/London]",
        "-999999999-03-03T10:00:00Z[Europe/London]",
        "+2016-03-03T10:00:00Z[Europe/London]",
        "2016-03-03T10:00:00Z", // no zone id
        "2016-03-03T10:00:00+01:00",
      })
  void aStartOutsideTheDocumentedFormIsRefused(String startsAt) {
    String json =
        golden().replace("\"2016-03-03T10:00:00Z[Europe/London]\"", "\"" + startsAt + "\"");
    assertThatThrownBy(() -> ARCHIVE.read(json))
        .isInstanceOfSatisfying(
            ArchiveFormatException.class,
            e -> assertThat(e.path()).isEqualTo("$.sessions[0].startsAt"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"+999999999-04-07", "-0001-04-07", "12016-04-07", "0000-04-07"})
  void aDateOutsideTheYears1To9999IsRefused(String due) {
    String json = golden().replace("\"due\": \"2016-04-07\"", "\"due\": \"" + due + "\"");
    assertThatThrownBy(() -> ARCHIVE.read(json))
        .isInstanceOfSatisfying(
            ArchiveFormatException.class, e -> assertThat(e.path()).endsWith(".due"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "https:evil.invalid",
        "https://user:pass@example.org/",
        "https://example.org:99999/",
        "https://example.org:0/",
        "javascript:alert(1)",
        "ftp://example.org/file",
        "//example.org/no-scheme",
        "mailto:not-an-address",
      })
  void aLinkAReportShouldNotPublishIsRefused(String link) {
    String json = golden().replace("\"https://example.org/housing-advice\"", "\"" + link + "\"");
    assertThatThrownBy(() -> ARCHIVE.read(json))
        .isInstanceOfSatisfying(
            ArchiveFormatException.class,
            e -> assertThat(e.path()).isEqualTo("$.resources[2].link"));
    assertThatThrownBy(() -> Resource.of("A link", URI.create(link)))
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "https://example.org:8443/a?b=c#d",
        "http://example.org",
        "mailto:cop@example.org"
      })
  void aWebOrMailLinkIsTaken(String link) throws IOException {
    String json = golden().replace("\"https://example.org/housing-advice\"", "\"" + link + "\"");
    assertThat(ARCHIVE.read(json).resources().get(2).link()).contains(URI.create(link));
  }

  @Test
  void theValueTypesApplyTheSameRulesAsTheReader() {
    assertThatThrownBy(() -> Contribution.of(ContributionKind.COMMENT, "fine\u202Eenif"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "text must hold no control, bidirectional-override or unpaired surrogate characters"
                + " but was U+202E at index 4");
    assertThatThrownBy(() -> Contribution.of(ContributionKind.COMMENT, "\u0007\u0007"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Contribution.of(ContributionKind.COMMENT, "\u200B\u00A0"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("text must not be blank");
    assertThatThrownBy(
            () ->
                Action.builder()
                    .id(ActionId.of("a"))
                    .text("Do it")
                    .due(LocalDate.of(999_999_999, 1, 1))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("due must be in the years 1..9999 but was 999999999");
    Session first = CommunityFixtures.sotcop().sessions().get(0);
    assertThatThrownBy(
            () ->
                Session.builder()
                    .from(first)
                    .startsAt(
                        ZonedDateTime.of(10_000, 1, 1, 10, 0, 0, 0, ZoneId.of("Europe/London")))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("startsAt must be in the years 1..9999");
  }

  @Test
  void aDateAndTimeWhoseZoneIsOnlyAnOffsetIsWrittenWithTheOffsetAsItsZoneId() throws IOException {
    Session first = CommunityFixtures.sotcop().sessions().get(0);
    Session utc =
        Session.builder()
            .from(first)
            .startsAt(first.startsAt().withZoneSameInstant(ZoneOffset.UTC))
            .build();
    JsonNode encoded = JsonValues.encode(utc);
    assertThat(encoded.get("startsAt").textValue()).isEqualTo("2016-03-03T10:00:00Z[Z]");
    assertThat(JsonValues.decode(encoded, Session.class)).isEqualTo(utc);
  }

  @Test
  void aFieldNameCannotForgeASecondLineOfTheMessage() {
    String json =
        golden()
            .replace("\"focus\":", "\"x\\nERROR: $.id must be forged\\u001b[2J\": 1, \"focus\":");
    assertThatThrownBy(() -> ARCHIVE.read(json))
        .isInstanceOfSatisfying(
            ArchiveFormatException.class,
            e -> {
              assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u001b");
              assertThat(e.path()).isEqualTo("$['x\\u000AERROR: $.id must be forged\\u001B[2J']");
            });
  }

  @Test
  void aMillionCharacterIdGivesAShortMessage() {
    String id = "x".repeat(1_000_000);
    String json = golden().replace("\"id\": \"sotcop\"", "\"id\": \"" + id + "\"");
    assertThatThrownBy(() -> ARCHIVE.read(json))
        .isInstanceOfSatisfying(
            ArchiveFormatException.class, e -> assertThat(e.getMessage().length()).isLessThan(300));
    assertThatCode(() -> ContactDetails.email("a@b.c")).doesNotThrowAnyException();
  }

  /**
   * An archive may choose its ids so that all share one {@link String#hashCode()}; the reader's
   * table of texts met before (people, topics, stages) still finds each with a bounded search, and
   * the archive reads back as written. How the time grows with such archives is shown by the
   * worst-case benchmark; here, that they read at all and read right.
   */
  @Test
  void anArchiveWhosePeopleIdsAllShareOneHashReadsBackAsWritten() throws IOException {
    Community community =
        SyntheticNetwork.builder()
            .seed(12)
            .communities(1)
            .membersPerCommunity(1000)
            .sessionsPerSeries(20)
            .build()
            .community(0, 20);
    Matcher id = Pattern.compile("\"c0000-p(\\d+)\"").matcher(ARCHIVE.write(community));
    String colliding =
        id.replaceAll(m -> "\"" + ByTextTest.colliding(Integer.parseInt(m.group(1)), 10) + "\"");
    assertThat(colliding).doesNotContain("c0000-p");

    Community read = ARCHIVE.read(colliding);

    assertThat(read.register().size()).isEqualTo(1000);
    assertThat(ARCHIVE.write(read)).isEqualTo(colliding);
  }
}
