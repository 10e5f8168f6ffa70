package org.communityofpractice.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writing helpers. Objects keep the order fields are put in, so each encoder fixes its type's field
 * order; sets are written sorted, so equal values always give the same text; an absent optional is
 * left out rather than written as {@code null}.
 */
final class JsonOut {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonOut() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static JsonNode text(String value) {
    return NODES.textNode(value);
  }

  static JsonNode text(Object value) {
    return NODES.textNode(value.toString());
  }

  static JsonNode name(Enum<?> value) {
    return NODES.textNode(value.name());
  }

  static JsonNode date(LocalDate value) {
    return NODES.textNode(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
  }

  /**
   * With offset and zone id, such as {@code 2016-07-07T10:00:00+01:00[Europe/London]}; a zone that
   * is only an offset is named too ({@code 2016-07-07T10:00:00Z[Z]}), so every date and time has
   * the one form the reader takes.
   */
  static JsonNode dateTime(ZonedDateTime value) {
    return NODES.textNode(
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value) + "[" + value.getZone().getId() + "]");
  }

  /** An instant in UTC, such as {@code 2016-03-03T10:05:00Z}. */
  static JsonNode instant(Instant value) {
    return NODES.textNode(DateTimeFormatter.ISO_INSTANT.format(value));
  }

  static JsonNode duration(Duration value) {
    return NODES.textNode(value.toString());
  }

  static <T> void optional(
      ObjectNode o, String name, Optional<T> value, Function<T, JsonNode> encoder) {
    value.ifPresent(v -> o.set(name, encoder.apply(v)));
  }

  static <T> ArrayNode array(Collection<T> values, Function<T, JsonNode> encoder) {
    ArrayNode array = NODES.arrayNode(values.size());
    values.forEach(v -> array.add(encoder.apply(v)));
    return array;
  }

  /** A set, written in a fixed order whatever order it was built in. */
  static <T> ArrayNode sorted(
      Collection<T> values, Comparator<? super T> order, Function<T, JsonNode> encoder) {
    return array(values.stream().sorted(order).toList(), encoder);
  }

  static <T extends Comparable<? super T>> ArrayNode sorted(
      Collection<T> values, Function<T, JsonNode> encoder) {
    return sorted(values, Comparator.naturalOrder(), encoder);
  }
}
