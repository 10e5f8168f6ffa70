package org.communityofpractice.core.json;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dates, times and durations of the forms the archive writes, read by hand: {@code 2016-03-03},
 * {@code 2016-07-07T10:00:00+01:00[Europe/London]}, {@code 2016-03-03T09:55:00Z}, {@code PT5M}. The
 * JDK's ISO parsers, which an archive spends a tenth of its reading time in otherwise, stay the
 * rule: each method here answers only for text of the written form, with the value the JDK's parser
 * gives it, and returns {@code null} for anything else (a mistake, another ISO form, a form the JDK
 * takes that cop never writes), which {@link JsonIn} then gives to the JDK's parser as before. So
 * what is accepted, and every error, is the JDK's.
 */
final class IsoDates {
  /**
   * The zone regions the JDK's zone parser finds by their names. Those starting {@code UT} or
   * {@code GMT} it reads as offsets instead ({@code GMT0} it does not take in brackets), so they
   * are left to it.
   */
  private static final Set<String> REGIONS = ZoneId.getAvailableZoneIds();

  /** The zones met so far; no more than {@link #REGIONS} holds. */
  private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

  private IsoDates() {}

  /** {@code 2016-03-03}, or {@code null}. */
  static LocalDate date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * {@code 2016-07-07T10:00:00+01:00[Europe/London]} (or {@code Z} for the offset, and a fraction
   * of the second), the offset being the zone's at that time; or {@code null}.
   */
  static ZonedDateTime dateTime(String text) {
    int length = text.length();
    int offsetAt = localDateTimeEnd(text);
    if (offsetAt < 0 || offsetAt >= length) {
      return null;
    }
    ZoneOffset offset;
    int zoneAt;
    char sign = text.charAt(offsetAt);
    if (sign == 'Z') {
      offset = ZoneOffset.UTC;
      zoneAt = offsetAt + 1;
    } else if (sign == '+' || sign == '-') {
      if (offsetAt + 6 > length || text.charAt(offsetAt + 3) != ':') {
        return null;
      }
      int hours = digits(text, offsetAt + 1, 2);
      int minutes = digits(text, offsetAt + 2 + 2, 2);
      int seconds = (hours * 60 + minutes) * 60;
      if (hours < 0 || minutes < 0 || minutes > 59 || seconds > 18 * 3600) {
        return null;
      }
      offset = ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
      zoneAt = offsetAt + 6;
    } else {
      return null;
    }
    if (zoneAt + 2 >= length || text.charAt(zoneAt) != '[' || text.charAt(length - 1) != ']') {
      return null;
    }
    ZoneId zone = zone(text.substring(zoneAt + 1, length - 1));
    LocalDateTime local = localDateTime(text);
    if (zone == null || local == null) {
      return null;
    }
    try {
      return ZonedDateTime.ofStrict(local, offset, zone);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code 2016-03-03T09:55:00Z} (with a fraction of the second or not), or {@code null}. */
  static Instant instant(String text) {
    int end = localDateTimeEnd(text);
    if (end < 0 || end != text.length() - 1 || text.charAt(end) != 'Z') {
      return null;
    }
    LocalDateTime local = localDateTime(text);
    return local == null ? null : local.toInstant(ZoneOffset.UTC);
  }

  /**
   * {@code PT5M}: whole hours, minutes and seconds, each at most nine digits, in that order, or
   * {@code null}.
   */
  static Duration duration(String text) {
    int length = text.length();
    if (length < 4 || text.charAt(0) != 'P' || text.charAt(1) != 'T') {
      return null;
    }
    long seconds = 0;
    int lastUnit = -1;
    int i = 2;
    while (i < length) {
      int start = i;
      while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == start || i - start > 9 || i == length) {
        return null;
      }
      long amount = Long.parseLong(text, start, i, 10);
      int unit = "HMS".indexOf(text.charAt(i));
      if (unit <= lastUnit) {
        return null;
      }
      seconds += amount * (unit == 0 ? 3600 : unit == 1 ? 60 : 1);
      lastUnit = unit;
      i++;
    }
    return Duration.ofSeconds(seconds);
  }

  /**
   * Where {@code 2016-07-07T10:00:00} or {@code 2016-07-07T10:00:00.25} ends in the text (its
   * characters being where they belong, not yet whether they make a date), or -1.
   */
  private static int localDateTimeEnd(String text) {
    int length = text.length();
    if (length < 19
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return -1;
    }
    if (length > 20 && text.charAt(19) == '.') {
      int i = 20;
      while (i < length && i < 29 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      return i == 20 ? -1 : i;
    }
    return 19;
  }

  /**
   * The date and time at the text's start, whose shape {@link #localDateTimeEnd} took, or {@code
   * null}.
   */
  private static LocalDateTime localDateTime(String text) {
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    int nano = 0;
    if (text.length() > 20 && text.charAt(19) == '.') {
      int scale = 100_000_000;
      for (int i = 20; i < text.length() && i < 29; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        nano += (c - '0') * scale;
        scale /= 10;
      }
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nano);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneId zone(String region) {
    ZoneId zone = ZONES.get(region);
    if (zone != null) {
      return zone;
    }
    if (region.startsWith("UT") || region.startsWith("GMT") || !REGIONS.contains(region)) {
      return null;
    }
    zone = ZoneId.of(region);
    ZONES.putIfAbsent(region, zone);
    return zone;
  }

  /** The number written with exactly {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
