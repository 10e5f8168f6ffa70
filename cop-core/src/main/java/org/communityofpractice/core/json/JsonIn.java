package org.communityofpractice.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.communityofpractice.core.internal.FreeText;
import org.communityofpractice.core.internal.Links;
import org.communityofpractice.core.json.ArchiveFormatException.Kind;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A JSON node with the path that leads to it: every read either returns a value or throws an
 * {@link ArchiveFormatException} naming this path. Nodes under a personal field (everything about a
 * person but their id, and what people said) are marked personal, so no error shows their values.
 */
final class JsonIn {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final JsonNode node;
  private final String path;
  private final boolean personal;
  private final Refs refs;

  JsonIn(JsonNode node, String path, boolean personal, Refs refs) {
    this.node = node;
    this.path = path;
    this.personal = personal;
    this.refs = refs;
  }

  String path() {
    return path;
  }

  boolean isPersonal() {
    return personal;
  }

  Refs refs() {
    return refs;
  }

  JsonNode node() {
    return node;
  }

  /** The same node, with its value (and everything under it) withheld from errors. */
  JsonIn personal() {
    return personal ? this : new JsonIn(node, path, true, refs);
  }

  /** The path of a field of an object at {@code path}. */
  static String field(String path, String name) {
    return PLAIN_NAME.matcher(name).matches()
        ? path + "." + name
        : path + "['" + FreeText.shown(name, Integer.MAX_VALUE).replace("'", "\\'") + "']";
  }

  // ---- structure ----

  /** This node as an object holding no fields but {@code fields}. */
  Obj object(String... fields) throws ArchiveFormatException {
    if (!node.isObject()) {
      throw wrongType("must be an object");
    }
    Set<String> known = new LinkedHashSet<>(Arrays.asList(fields));
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw ArchiveFormatException.at(
            Kind.UNKNOWN_FIELD,
            field(path, name),
            "is not a known field here; expected only " + String.join(", ", known),
            null,
            false);
      }
    }
    return new Obj();
  }

  /** This node as an array, each element read by {@code element}. */
  <T> List<T> list(Decoder<T> element) throws ArchiveFormatException {
    if (!node.isArray()) {
      throw wrongType("must be an array");
    }
    List<T> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      values.add(element.decode(new JsonIn(node.get(i), path + "[" + i + "]", personal, refs)));
    }
    return values;
  }

  /** This node as an array standing for a set, in its order; a repeated element is rejected. */
  <T> List<T> set(Decoder<T> element) throws ArchiveFormatException {
    List<T> values = list(element);
    Set<T> seen = new java.util.HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        JsonIn at = new JsonIn(node.get(i), path + "[" + i + "]", personal, refs);
        throw at.invalidValue("must not repeat an earlier element", describe(node.get(i), false));
      }
    }
    return values;
  }

  /** The fields of an object, each read with this node's path and personal flag. */
  final class Obj {
    private Obj() {}

    /** A field that must be present. */
    JsonIn required(String name) throws ArchiveFormatException {
      JsonNode value = node.get(name);
      if (value == null) {
        throw ArchiveFormatException.at(Kind.MISSING_FIELD, field(path, name), "is required", "missing", false);
      }
      return new JsonIn(value, field(path, name), personal, refs);
    }

    <T> T required(String name, Decoder<T> decoder) throws ArchiveFormatException {
      return decoder.decode(required(name));
    }

    /** A personal field that must be present. */
    <T> T requiredPersonal(String name, Decoder<T> decoder) throws ArchiveFormatException {
      return decoder.decode(required(name).personal());
    }

    /** A field that may be absent; when present it must hold a value (never {@code null}). */
    <T> Optional<T> optional(String name, Decoder<T> decoder) throws ArchiveFormatException {
      JsonNode value = node.get(name);
      return value == null
          ? Optional.empty()
          : Optional.of(decoder.decode(new JsonIn(value, field(path, name), personal, refs)));
    }

    <T> Optional<T> optionalPersonal(String name, Decoder<T> decoder) throws ArchiveFormatException {
      JsonNode value = node.get(name);
      return value == null
          ? Optional.empty()
          : Optional.of(decoder.decode(new JsonIn(value, field(path, name), true, refs)));
    }

    /** A required array field. */
    <T> List<T> list(String name, Decoder<T> element) throws ArchiveFormatException {
      return required(name).list(element);
    }

    /** A required array field standing for a set: no element may repeat an earlier one. */
    <T> List<T> set(String name, Decoder<T> element) throws ArchiveFormatException {
      return required(name).set(element);
    }

    /** A required set of personal values. */
    <T> List<T> setPersonal(String name, Decoder<T> element) throws ArchiveFormatException {
      return required(name).personal().set(element);
    }

    /** A required array field of personal values. */
    <T> List<T> listPersonal(String name, Decoder<T> element) throws ArchiveFormatException {
      return required(name).personal().list(element);
    }
  }

  // ---- scalars ----

  /** A string, which the one rule for text ({@link FreeText}) allows. */
  String string() throws ArchiveFormatException {
    if (!node.isTextual()) {
      throw wrongType("must be a string");
    }
    String text = node.textValue();
    int forbidden = FreeText.firstForbidden(text);
    if (forbidden >= 0) {
      throw ArchiveFormatException.at(
          Kind.INVALID_VALUE, path, FreeText.EXPECTATION, FreeText.describe(text, forbidden), false);
    }
    return text;
  }

  int integer() throws ArchiveFormatException {
    if (!node.isIntegralNumber()) {
      throw wrongType("must be an integer");
    }
    if (!node.canConvertToInt()) {
      throw invalidValue("must be within " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE, node.asText());
    }
    return node.intValue();
  }

  boolean bool() throws ArchiveFormatException {
    if (!node.isBoolean()) {
      throw wrongType("must be true or false");
    }
    return node.booleanValue();
  }

  <E extends Enum<E>> E enumOf(Class<E> type) throws ArchiveFormatException {
    String name = string();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw invalidValue(
        "must be one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")),
        CONSTANT.matcher(name).matches()
            ? quoted(name)
            : "a string of " + name.length() + " characters (withheld: not a constant's name, it may be personal)");
  }

  /**
   * What a mistyped constant looks like ({@code GOOD_PRACTISE}): shown back to help. Anything else in
   * a field of constants — "Dee Turner" typed into the wrong column — may be personal and is not.
   */
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  LocalDate date() throws ArchiveFormatException {
    String text = string();
    if (!hasFourDigitYear(text)) {
      throw invalidValue("must be an ISO-8601 date like 2016-03-03", quoted(text));
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw invalidValue("must be an ISO-8601 date like 2016-03-03", quoted(text));
    }
  }

  /**
   * A date and time with its offset and zone, such as {@code 2016-07-07T10:00:00+01:00[Europe/London]};
   * the offset must be the zone's offset at that time, so the text and the value agree exactly.
   */
  ZonedDateTime dateTime() throws ArchiveFormatException {
    String text = string();
    String expectation =
        "must be an ISO-8601 date and time with offset and zone like 2016-03-03T10:00:00Z[Europe/London]";
    if (!hasFourDigitYear(text) || !text.endsWith("]")) {
      throw invalidValue(expectation, quoted(text));
    }
    TemporalAccessor parsed;
    try {
      parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
    } catch (DateTimeParseException e) {
      throw invalidValue(expectation, quoted(text));
    }
    ZoneId zone = parsed.query(TemporalQueries.zone());
    ZoneOffset offset = parsed.query(TemporalQueries.offset());
    try {
      return ZonedDateTime.ofStrict(LocalDateTime.from(parsed), offset, zone);
    } catch (DateTimeException e) {
      throw invalidValue("must have the offset its zone has at that date and time", quoted(text));
    }
  }

  Instant instant() throws ArchiveFormatException {
    String text = string();
    if (!hasFourDigitYear(text)) {
      throw invalidValue("must be an ISO-8601 instant in UTC like 2016-03-03T10:05:00Z", quoted(text));
    }
    try {
      return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      throw invalidValue("must be an ISO-8601 instant in UTC like 2016-03-03T10:05:00Z", quoted(text));
    }
  }

  Duration duration() throws ArchiveFormatException {
    String text = string();
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw invalidValue("must be an ISO-8601 duration like PT5M", quoted(text));
    }
  }

  /** A link: see {@link Links}. */
  URI uri() throws ArchiveFormatException {
    String text = string();
    return Links.web(text).orElseThrow(() -> invalidValue(Links.EXPECTATION, quoted(text)));
  }

  /**
   * Whether a date starts with a year of four digits, as the archive writes every date: a year
   * such as {@code +999999999}, which Java's ISO parsers take, is not a date anyone meant.
   */
  private static boolean hasFourDigitYear(String text) {
    if (text.length() < 5 || text.charAt(4) != '-') {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  // ---- building model values ----

  /**
   * Builds a model value from what was read here; an invariant it breaks is reported at this path
   * joined with the field the model names ({@code ratings[4].value} under {@code
   * $.sessions[2].scaling[0]}).
   */
  <T> T build(Supplier<T> factory) throws ArchiveFormatException {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      throw ArchiveFormatException.invalid(path, e, personal);
    }
  }

  /** Builds a single-valued model type (an id, a principle) whose fault is this very node. */
  <T> T buildHere(Supplier<T> factory) throws ArchiveFormatException {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      throw ArchiveFormatException.invalidAt(path, e, personal);
    }
  }

  // ---- errors ----

  ArchiveFormatException wrongType(String expectation) {
    return ArchiveFormatException.at(Kind.WRONG_TYPE, path, expectation, describe(node, personal), personal);
  }

  /** A value of the right type that is not allowed; {@code shown} is dropped when personal. */
  ArchiveFormatException invalidValue(String expectation, String shown) {
    return ArchiveFormatException.at(Kind.INVALID_VALUE, path, expectation, personal ? null : shown, personal);
  }

  ArchiveFormatException dangling(String expectation, Object id) {
    // an id that looks like a name or an email is withheld: it may say who someone is
    boolean personal = id instanceof PersonId p && p.looksPersonal();
    return ArchiveFormatException.at(Kind.DANGLING_REFERENCE, path, expectation, personal ? null : String.valueOf(id), personal);
  }

  /** The JSON type of a node and, unless personal, its value shortened for a message. */
  static String describe(JsonNode node, boolean personal) {
    if (node.isNull()) {
      return "null";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    String type = node.isTextual() ? "a string" : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "a value";
    if (personal) {
      return type;
    }
    return type + " " + (node.isTextual() ? quoted(node.textValue()) : shorten(node.asText()));
  }

  static String quoted(String text) {
    return "\"" + shorten(text) + "\"";
  }

  private static String shorten(String text) {
    return FreeText.shown(text);
  }
}
