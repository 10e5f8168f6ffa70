package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The hand-written date parsers answer only where the JDK's parsers, which the reader used before
 * and still falls back to, give the very same value: so the reader takes exactly what it took. The
 * strings are generated near the written forms (digits out of range, other separators, offsets and
 * zones the JDK reads in its own ways) and then mutated by a character or two.
 */
class IsoDatesProperties {
  // ---- the reader's rules before the hand-written parsers, null where it refused ----

  private static LocalDate jdkDate(String text) {
    if (!hasFourDigitYear(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZonedDateTime jdkDateTime(String text) {
    if (!hasFourDigitYear(text) || !text.endsWith("]")) {
      return null;
    }
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
      return ZonedDateTime.ofStrict(
          LocalDateTime.from(parsed),
          parsed.query(TemporalQueries.offset()),
          parsed.query(TemporalQueries.zone()));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Instant jdkInstant(String text) {
    if (!hasFourDigitYear(text)) {
      return null;
    }
    try {
      return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Duration jdkDuration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean hasFourDigitYear(String text) {
    return text.length() >= 5
        && text.charAt(4) == '-'
        && text.substring(0, 4).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  // ---- the laws ----

  @Property(tries = 3000)
  void aDateIsReadByHandOnlyAsTheJdkReadsIt(@ForAll("dates") String text) {
    LocalDate fast = IsoDates.date(text);
    if (fast != null) {
      assertThat(jdkDate(text)).isEqualTo(fast);
    }
  }

  @Property(tries = 3000)
  void aDateAndTimeIsReadByHandOnlyAsTheJdkReadsIt(@ForAll("dateTimes") String text) {
    ZonedDateTime fast = IsoDates.dateTime(text);
    if (fast != null) {
      assertThat(jdkDateTime(text)).isEqualTo(fast);
    }
  }

  @Property(tries = 3000)
  void anInstantIsReadByHandOnlyAsTheJdkReadsIt(@ForAll("instants") String text) {
    Instant fast = IsoDates.instant(text);
    if (fast != null) {
      assertThat(jdkInstant(text)).isEqualTo(fast);
    }
  }

  @Property(tries = 3000)
  void aDurationIsReadByHandOnlyAsTheJdkReadsIt(@ForAll("durations") String text) {
    Duration fast = IsoDates.duration(text);
    if (fast != null) {
      assertThat(jdkDuration(text)).isEqualTo(fast);
    }
  }

  /** The forms the archive writes are the ones read by hand, so the laws above are not empty. */
  @Example
  void theWrittenFormsAreReadByHand() {
    List<String> dates = List.of("2016-03-03", "0001-01-01", "9999-12-31", "2024-02-29");
    dates.forEach(d -> assertThat(IsoDates.date(d)).isEqualTo(jdkDate(d)).isNotNull());
    List<String> dateTimes =
        List.of(
            "2016-03-03T10:00:00Z[Europe/London]",
            "2016-07-07T10:00:00+01:00[Europe/London]",
            "2016-07-07T10:00:00.5+01:00[Europe/London]",
            "2021-01-01T09:30:00+05:30[Asia/Kolkata]",
            "2021-01-01T09:30:00-05:00[America/New_York]");
    dateTimes.forEach(d -> assertThat(IsoDates.dateTime(d)).isEqualTo(jdkDateTime(d)).isNotNull());
    List<String> instants = List.of("2016-03-03T09:55:00Z", "2016-03-03T09:55:00.123456789Z");
    instants.forEach(i -> assertThat(IsoDates.instant(i)).isEqualTo(jdkInstant(i)).isNotNull());
    List<String> durations = List.of("PT5M", "PT4M30S", "PT1H", "PT0S", "PT1H2M3S");
    durations.forEach(d -> assertThat(IsoDates.duration(d)).isEqualTo(jdkDuration(d)).isNotNull());
  }

  // ---- strings near the written forms ----

  private static Arbitrary<String> number(int digits, int max) {
    return Arbitraries.frequencyOf(
        Tuple.of(
            8,
            Arbitraries.integers().between(0, max).map(n -> String.format("%0" + digits + "d", n))),
        Tuple.of(
            1,
            Arbitraries.strings()
                .withChars("0123456789+- x")
                .ofMinLength(0)
                .ofMaxLength(digits + 1)));
  }

  private static Arbitrary<String> date() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(1990, 2030).map(String::valueOf)),
                Tuple.of(1, number(4, 9999))),
            number(2, 13),
            number(2, 32),
            Arbitraries.of("-", "-", "-", "/", ""))
        .as((y, m, d, sep) -> y + sep + m + "-" + d);
  }

  private static Arbitrary<String> time() {
    Arbitrary<String> fraction =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just("")),
            Tuple.of(
                2,
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11).map(f -> "." + f)),
            Tuple.of(
                1,
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3).map(f -> "," + f)));
    Arbitrary<String> seconds =
        Arbitraries.frequencyOf(
            Tuple.of(8, number(2, 61).map(s -> ":" + s)), Tuple.of(1, Arbitraries.just("")));
    return Combinators.combine(
            Arbitraries.of("T", "T", "T", "t", " "),
            number(2, 25),
            number(2, 61),
            seconds,
            fraction)
        .as((t, h, m, s, f) -> t + h + ":" + m + s + f);
  }

  private static Arbitrary<String> offset() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("Z", "+01:00", "-05:00", "+05:30", "+00:00", "-00:00")),
        Tuple.of(
            3,
            Combinators.combine(Arbitraries.of("+", "-"), number(2, 19), number(2, 60))
                .as((s, h, m) -> s + h + ":" + m)),
        Tuple.of(
            1,
            Arbitraries.of(
                "z",
                "+01",
                "+0100",
                "+01:00:00",
                "+01:00:30",
                "",
                "+1:00",
                "UTC",
                "+18:00",
                "-18:00",
                "+18:01")));
  }

  private static Arbitrary<String> zone() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            6,
            Arbitraries.of(
                "[Europe/London]",
                "[America/New_York]",
                "[Asia/Kolkata]",
                "[Australia/Lord_Howe]")),
        Tuple.of(
            3,
            Arbitraries.of(
                "[UTC]",
                "[UT]",
                "[GMT]",
                "[GMT0]",
                "[Etc/GMT+1]",
                "[Etc/UTC]",
                "[Z]",
                "[UCT]",
                "[Zulu]",
                "[Universal]",
                "[+01:00]",
                "[UTC+01:00]",
                "[GMT+1]",
                "[europe/london]",
                "[Nowhere/Else]",
                "[]",
                "[Europe/London]]",
                "[Europe/London",
                "Europe/London]",
                "",
                "[EST5EDT]",
                "[Europe/Londo]",
                "[Europe/London ]")),
        Tuple.of(
            1,
            Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().toList())
                .map(z -> "[" + z + "]")));
  }

  /** A character changed, inserted or dropped, now and then. */
  private static Arbitrary<String> mutated(Arbitrary<String> texts) {
    Arbitrary<Character> chars =
        Arbitraries.of('0', '9', '-', ':', 'T', 'Z', '+', '.', '[', ']', ' ', 'é', '\u0663');
    return Combinators.combine(
            texts,
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 60),
            chars)
        .as(
            (text, how, where, c) -> {
              int at = Math.min(where, text.length());
              return switch (how) {
                case 0 -> text.substring(0, at) + c + text.substring(at);
                case 1 ->
                    at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text;
                case 2 ->
                    at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
                default -> text;
              };
            });
  }

  @Provide
  Arbitrary<String> dates() {
    return mutated(date());
  }

  @Provide
  Arbitrary<String> dateTimes() {
    return mutated(
        Combinators.combine(date(), time(), offset(), zone()).as((d, t, o, z) -> d + t + o + z));
  }

  @Provide
  Arbitrary<String> instants() {
    return mutated(Combinators.combine(date(), time(), offset()).as((d, t, o) -> d + t + o));
  }

  @Provide
  Arbitrary<String> durations() {
    Arbitrary<String> part =
        Combinators.combine(
                Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.integers().between(0, 120).map(String::valueOf)),
                    Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(12)),
                    Tuple.of(1, Arbitraries.of("-5", "+5", "1.5", "0,5"))),
                Arbitraries.of("H", "M", "S", "D", "m"))
            .as((n, unit) -> n + unit);
    return mutated(
        Combinators.combine(
                Arbitraries.of("PT", "PT", "PT", "pt", "P", "-PT", "P1DT"),
                part.list().ofMinSize(0).ofMaxSize(3))
            .as((p, parts) -> p + String.join("", parts)));
  }
}
