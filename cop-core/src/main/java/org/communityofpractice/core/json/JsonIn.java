package org.communityofpractice.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.communityofpractice.core.internal.FreeText;
import org.communityofpractice.core.internal.Links;
import org.communityofpractice.core.json.ArchiveFormatException.Kind;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A cursor on one JSON value as the parser streams it, with the path that leads to it: every read
 * either returns a value or throws an {@link ArchiveFormatException} naming this path. The parser
 * stands on the value's first token; a read leaves it on the value's last token, so the value's
 * holder goes on from there. Values under a personal field (everything about a person but their id,
 * and what people said) are marked personal, so no error shows them.
 *
 * <p>An object is read in one pass over its fields, in the document's order, field by field: its
 * reader calls {@link #fields()}, then asks {@link #nextField} for each field in turn, which
 * rejects a field it does not know where it stands, reads the field's value into a local with the
 * cursor {@link #value} gives, and, at the object's end, {@linkplain #require requires} the fields
 * that must be there, so the first one missing is named. Arrays are read the same way, element by
 * element ({@link #elements()}, {@link #nextElement}). Paths are built only when an error needs
 * one.
 *
 * <p>A value's fields, or its elements, are read with one cursor it reuses for each in turn, so
 * reading some 40,000 objects makes no cursor for each. A cursor is therefore only valid while its
 * value is read: whatever keeps one for later (a reference held until its ids are complete) keeps a
 * {@linkplain #detached() detached} copy.
 */
final class JsonIn {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** A parser failure met while decoding: the parser's own exception, for the reader to report. */
  static final class Unparsable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unparsable(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  private final JsonParser parser;
  private final JsonIn parent;

  /**
   * The field this value is under, or {@code null} for an element or the root; a cursor's changes.
   */
  private String name;

  /** The element this value is, or -1. */
  private int index;

  private boolean personal;
  private final Refs refs;
  private String path;

  /** A root whose object's first field has been read already (the schema version). */
  private boolean resumed;

  /** The tokens of a {@linkplain #buffered() buffered} value. */
  private TokenBuffer buffer;

  /** The cursor this value's fields or elements are read with, made for the first of them. */
  private JsonIn inner;

  /** Where {@link #nextField} looks for the next field first. */
  private int hint;

  private JsonIn(
      JsonParser parser,
      JsonIn parent,
      String name,
      int index,
      String path,
      boolean personal,
      Refs refs) {
    this.parser = parser;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.path = path;
    this.personal = personal;
    this.refs = refs;
  }

  /**
   * A value held in a tree (one value of a document of cop's own, or an old archive migrated),
   * found at {@code path}.
   */
  JsonIn(JsonNode tree, String path, boolean personal, Refs refs) {
    this(ArchiveJson.tokens(tree), null, null, -1, path, personal, refs);
  }

  /** The value the parser stands on (its first token already read), found at {@code path}. */
  static JsonIn at(JsonParser parser, String path, boolean personal, Refs refs) {
    return new JsonIn(parser, null, null, -1, path, personal, refs);
  }

  /** The rest of an object whose first field the caller has read already. */
  JsonIn resumed() {
    JsonIn in = new JsonIn(parser, parent, name, index, path, personal, refs);
    in.resumed = true;
    return in;
  }

  /** The cursor of this object's fields, moved to {@code field}: valid until it moves again. */
  private JsonIn fieldAt(String field, boolean personalField) {
    return cursor(field, -1, personal || personalField);
  }

  /**
   * The cursor of this array's elements, moved to element {@code i}: valid until it moves again.
   */
  private JsonIn element(int i) {
    return cursor(null, i, personal);
  }

  private JsonIn cursor(String field, int i, boolean personalValue) {
    JsonIn c = inner;
    if (c == null) {
      c = new JsonIn(parser, this, field, i, null, personalValue, refs);
      inner = c;
    } else {
      c.name = field;
      c.index = i;
      c.personal = personalValue;
      c.path = null;
    }
    return c;
  }

  /** This value with its path spelled out, not tied to the cursors that lead to it: for keeping. */
  JsonIn detached() {
    JsonIn in = new JsonIn(parser, null, null, -1, path(), personal, refs);
    in.resumed = resumed;
    in.buffer = buffer;
    return in;
  }

  String path() {
    String p = path;
    if (p == null) {
      p = name != null ? field(parent.path(), name) : parent.path() + "[" + index + "]";
      path = p;
    }
    return p;
  }

  boolean isPersonal() {
    return personal;
  }

  Refs refs() {
    return refs;
  }

  /** The same value, with it (and everything under it) withheld from errors. */
  JsonIn personal() {
    if (personal) {
      return this;
    }
    JsonIn in = new JsonIn(parser, parent, name, index, path, true, refs);
    in.resumed = resumed;
    in.buffer = buffer;
    return in;
  }

  /** The path of a field of an object at {@code path}. */
  static String field(String path, String name) {
    return PLAIN_NAME.matcher(name).matches()
        ? path + "." + name
        : path + "['" + FreeText.shown(name, Integer.MAX_VALUE).replace("'", "\\'") + "']";
  }

  // ---- tokens ----

  private JsonToken token() {
    return parser.currentToken();
  }

  private static JsonToken next(JsonParser parser) {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw new Unparsable(e);
    }
  }

  /** The name of the field the parser stands on. */
  static String name(JsonParser parser) {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new Unparsable(e);
    }
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw new Unparsable(e);
    }
  }

  /** Moves past the value the parser stands on, token by token, so every value is counted. */
  static void skipValue(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null || !token.isStructStart()) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken t = next(parser);
      if (t == null) {
        return; // the parser reports the truncation when it is asked for the next token
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
    }
  }

  /**
   * A copy of this value's tokens, for the few places that must see a whole small value before
   * reading it (which of two shapes an object has) or must read it after a later field (sessions
   * before the running orders they name); the copy is read with the same paths.
   */
  JsonIn buffered() {
    try {
      TokenBuffer buffer = new TokenBuffer(parser);
      buffer.copyCurrentStructure(parser);
      JsonParser replay = buffer.asParser();
      replay.nextToken();
      JsonIn in = new JsonIn(replay, parent, name, index, path, personal, refs);
      in.buffer = buffer;
      return in;
    } catch (IOException e) {
      throw new Unparsable(e);
    }
  }

  /**
   * Whether this value, {@linkplain #buffered() buffered}, is an object with the field {@code
   * field}.
   */
  boolean hasField(String field) {
    if (buffer == null) {
      throw new IllegalStateException("only a buffered value can be looked into");
    }
    try (JsonParser look = buffer.asParser()) {
      if (look.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (look.nextToken() == JsonToken.FIELD_NAME) {
        if (look.currentName().equals(field)) {
          return true;
        }
        look.nextToken();
        look.skipChildren();
      }
      return false;
    } catch (IOException e) {
      throw new Unparsable(e);
    }
  }

  // ---- structure ----

  /** Whether this value is an object (or the rest of one). */
  boolean isObject() {
    return resumed || token() == JsonToken.START_OBJECT;
  }

  // ---- objects and arrays ----

  /**
   * Starts reading this value as an object field by field, with {@link #nextField}; anything but an
   * object is rejected.
   */
  void fields() throws ArchiveFormatException {
    if (!resumed && token() != JsonToken.START_OBJECT) {
      throw wrongType("must be an object");
    }
    hint = 0;
  }

  /**
   * Moves to the value of the object's next field: returns the field's index in {@code known} (the
   * object's fields, in the order cop writes them), or -1 at the object's end; a field not among
   * them is rejected where it stands, naming the fields expected. Read the value with the cursor
   * {@link #value} gives (or pass over it with {@link #skip()}), then ask for the next field.
   */
  int nextField(String[] known) throws ArchiveFormatException {
    JsonToken token = next(parser);
    if (token != JsonToken.FIELD_NAME) {
      if (token != JsonToken.END_OBJECT) {
        throw new IllegalStateException("the parser reports a broken object first");
      }
      return -1;
    }
    String field = name(parser);
    int at = find(known, field, hint);
    if (at < 0) {
      throw unknownField(known, field);
    }
    hint = at + 1 == known.length ? 0 : at + 1;
    next(parser);
    return at;
  }

  /** The cursor of the value of the field {@link #nextField} moved to: valid until it moves. */
  JsonIn value(String field) {
    return fieldAt(field, false);
  }

  /** {@link #value}, for a personal field: no error shows its value. */
  JsonIn personalValue(String field) {
    return fieldAt(field, true);
  }

  /** Requires a field read {@linkplain #nextField field by field}: {@code null} when absent. */
  void require(Object value, String field) throws ArchiveFormatException {
    if (value == null) {
      throw missing(field);
    }
  }

  /** The error for a required field the object did not have. */
  ArchiveFormatException missing(String field) {
    return ArchiveFormatException.at(
        Kind.MISSING_FIELD, JsonIn.field(path(), field), "is required", "missing", false);
  }

  /**
   * The error for a model invariant broken by a value built from what was read here: at this path
   * joined with the field the model names ({@code ratings[4].value} under {@code
   * $.sessions[2].scaling[0]}).
   */
  ArchiveFormatException invalid(InvalidValueException e) {
    return ArchiveFormatException.invalid(path(), e, personal);
  }

  /**
   * The error for a single-valued model type (an id, a principle) made of this very value, which is
   * then the fault.
   */
  ArchiveFormatException invalidHere(InvalidValueException e) {
    return ArchiveFormatException.invalidAt(path(), e, personal);
  }

  private ArchiveFormatException unknownField(String[] known, String field) {
    return ArchiveFormatException.at(
        Kind.UNKNOWN_FIELD,
        JsonIn.field(path(), field),
        "is not a known field here; expected only " + String.join(", ", known),
        null,
        false);
  }

  /**
   * The index of {@code field} in {@code known}, looking first at {@code from}, where the fields'
   * order, which is the one cop writes, puts the next field; -1 if it is not there.
   */
  @SuppressWarnings("ReferenceEquality") // interned names: identity first, equals after
  private static int find(String[] known, String field, int from) {
    int n = known.length;
    for (int k = 0, i = from; k < n; k++, i = i + 1 == n ? 0 : i + 1) {
      if (known[i] == field) {
        return i;
      }
    }
    for (int i = 0; i < n; i++) {
      if (known[i].equals(field)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Starts reading this value as an array element by element, with {@link #nextElement}; anything
   * but an array is rejected.
   */
  void elements() throws ArchiveFormatException {
    if (token() != JsonToken.START_ARRAY) {
      throw wrongType("must be an array");
    }
  }

  /** The cursor of the array's element {@code i}, the next one, or {@code null} at its end. */
  JsonIn nextElement(int i) {
    return next(parser) == JsonToken.END_ARRAY ? null : element(i);
  }

  /** This value as an array of strings, each as {@link #string()} reads it. */
  List<String> strings() throws ArchiveFormatException {
    elements();
    List<String> values = new ArrayList<>();
    for (JsonIn e; (e = nextElement(values.size())) != null; ) {
      values.add(e.string());
    }
    return values;
  }

  /**
   * This value as an array of strings standing for a set, in its order; a repeated element is
   * rejected.
   */
  List<String> stringSet() throws ArchiveFormatException {
    elements();
    List<String> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonIn e; (e = nextElement(values.size())) != null; ) {
      String value = e.string();
      if (!seen.add(value)) {
        throw e.repeated();
      }
      values.add(value);
    }
    return values;
  }

  /**
   * This value as an array of constants of {@code type} standing for a set, in its order; a
   * repeated element is rejected.
   */
  <E extends Enum<E>> List<E> enumSet(Class<E> type) throws ArchiveFormatException {
    elements();
    List<E> values = new ArrayList<>();
    Set<E> seen = new HashSet<>();
    for (JsonIn e; (e = nextElement(values.size())) != null; ) {
      E value = e.enumOf(type);
      if (!seen.add(value)) {
        throw e.repeated();
      }
      values.add(value);
    }
    return values;
  }

  /**
   * The error for an element of a set that repeats an earlier one: a scalar, read where the parser
   * still stands on it, so it is described as any other value.
   */
  ArchiveFormatException repeated() {
    return invalidValue("must not repeat an earlier element", describe(false));
  }

  /** Moves past this value, unread: a field an object allows and its reader has no use for. */
  void skip() {
    skipValue(parser);
  }

  // ---- scalars ----

  /** A string, which the one rule for text ({@link FreeText}) allows. */
  String string() throws ArchiveFormatException {
    if (token() != JsonToken.VALUE_STRING) {
      throw wrongType("must be a string");
    }
    String text = text();
    int forbidden = FreeText.firstForbidden(text);
    if (forbidden >= 0) {
      throw ArchiveFormatException.at(
          Kind.INVALID_VALUE,
          path(),
          FreeText.EXPECTATION,
          FreeText.describe(text, forbidden),
          false);
    }
    return text;
  }

  /**
   * A string made into a model value once per text: text met before gives the value made of it
   * then, which passed every check, and makes no new string; new text is read by {@link #string()}
   * and made by {@code make}, whose {@link InvalidValueException} is this value's fault.
   */
  <T> T madeOnce(ByText<T> made, Function<String, T> make) throws ArchiveFormatException {
    if (token() == JsonToken.VALUE_STRING) {
      try {
        T known =
            made.get(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        if (known != null) {
          return known;
        }
      } catch (IOException e) {
        throw new Unparsable(e);
      }
    }
    String text = string();
    T value;
    try {
      value = make.apply(text);
    } catch (InvalidValueException e) {
      throw invalidHere(e);
    }
    made.put(text, value);
    return value;
  }

  int integer() throws ArchiveFormatException {
    if (token() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("must be an integer");
    }
    try {
      if (parser.getNumberType() != JsonParser.NumberType.INT) {
        throw invalidValue(
            "must be within " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE, numberText());
      }
      return parser.getIntValue();
    } catch (IOException e) {
      throw new Unparsable(e);
    }
  }

  boolean bool() throws ArchiveFormatException {
    JsonToken token = token();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw wrongType("must be true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /**
   * A constant of {@code type} named by this string, found by the parser's characters, so a name
   * met makes no string: a constant's name is plain ASCII, which {@link #string()} would take.
   */
  <E extends Enum<E>> E enumOf(Class<E> type) throws ArchiveFormatException {
    if (token() == JsonToken.VALUE_STRING) {
      try {
        Enum<?> constant =
            CONSTANTS
                .get(type)
                .byName
                .get(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        if (constant != null) {
          return type.cast(constant);
        }
      } catch (IOException e) {
        throw new Unparsable(e);
      }
    }
    // not a constant's name: the string is checked as any other, then refused
    String name = string();
    throw invalidValue(
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")),
        CONSTANT.matcher(name).matches()
            ? quoted(name)
            : "a string of "
                + name.length()
                + " characters (withheld: not a constant's name, it may be personal)");
  }

  /**
   * An enum's constants by name, filled once and then only read; the final field publishes the
   * filled table safely to every thread that reads with it.
   */
  private static final class Constants {
    private final ByText<Enum<?>> byName = new ByText<>();

    Constants(Class<?> type) {
      for (Object constant : type.getEnumConstants()) {
        byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
      }
    }
  }

  /**
   * Each enum's constants by name, so a constant is found without copying the enum's array of them.
   */
  private static final ClassValue<Constants> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Constants computeValue(Class<?> type) {
          return new Constants(type);
        }
      };

  /**
   * What a mistyped constant looks like ({@code GOOD_PRACTISE}): shown back to help. Anything else
   * in a field of constants — "Dee Turner" typed into the wrong column — may be personal and is
   * not.
   */
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  LocalDate date() throws ArchiveFormatException {
    String text = string();
    LocalDate written = IsoDates.date(text);
    if (written != null) {
      return written;
    }
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
   * A date and time with its offset and zone, such as {@code
   * 2016-07-07T10:00:00+01:00[Europe/London]}; the offset must be the zone's offset at that time,
   * so the text and the value agree exactly.
   */
  ZonedDateTime dateTime() throws ArchiveFormatException {
    String text = string();
    ZonedDateTime written = IsoDates.dateTime(text);
    if (written != null) {
      return written;
    }
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
    Instant written = IsoDates.instant(text);
    if (written != null) {
      return written;
    }
    if (!hasFourDigitYear(text)) {
      throw invalidValue(
          "must be an ISO-8601 instant in UTC like 2016-03-03T10:05:00Z", quoted(text));
    }
    try {
      return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      throw invalidValue(
          "must be an ISO-8601 instant in UTC like 2016-03-03T10:05:00Z", quoted(text));
    }
  }

  Duration duration() throws ArchiveFormatException {
    String text = string();
    Duration written = IsoDates.duration(text);
    if (written != null) {
      return written;
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw invalidValue("must be an ISO-8601 duration like PT5M", quoted(text));
    }
  }

  /** A link: see {@link Links}. */
  URI uri() throws ArchiveFormatException {
    String text = string();
    Optional<URI> link = Links.web(text);
    if (link.isEmpty()) {
      throw invalidValue(Links.EXPECTATION, quoted(text));
    }
    return link.get();
  }

  /**
   * Whether a date starts with a year of four digits, as the archive writes every date: a year such
   * as {@code +999999999}, which Java's ISO parsers take, is not a date anyone meant.
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

  // ---- errors ----

  ArchiveFormatException wrongType(String expectation) {
    return ArchiveFormatException.at(
        Kind.WRONG_TYPE, path(), expectation, describe(personal), personal);
  }

  /** A value of the right type that is not allowed; {@code shown} is dropped when personal. */
  ArchiveFormatException invalidValue(String expectation, String shown) {
    return ArchiveFormatException.at(
        Kind.INVALID_VALUE, path(), expectation, personal ? null : shown, personal);
  }

  ArchiveFormatException dangling(String expectation, Object id) {
    // an id that looks like a name or an email is withheld: it may say who someone is
    boolean personal = id instanceof PersonId p && p.looksPersonal();
    return ArchiveFormatException.at(
        Kind.DANGLING_REFERENCE,
        path(),
        expectation,
        personal ? null : String.valueOf(id),
        personal);
  }

  /**
   * The JSON type of the value the parser stands on and, unless personal, the value shortened for a
   * message.
   */
  private String describe(boolean personal) {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NULL) {
      return "null";
    }
    if (token == JsonToken.START_OBJECT) {
      return "an object";
    }
    if (token == JsonToken.START_ARRAY) {
      return "an array";
    }
    boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    boolean bool = token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    String type =
        token == JsonToken.VALUE_STRING
            ? "a string"
            : number ? "a number" : bool ? "a boolean" : "a value";
    if (personal) {
      return type;
    }
    if (token == JsonToken.VALUE_STRING) {
      return type + " " + quoted(text());
    }
    return type + " " + shorten(number ? numberText() : text());
  }

  /** A number as the JSON tree the reader once built printed it: {@code 1E2} as {@code 100.0}. */
  private String numberText() {
    try {
      return switch (parser.getNumberType()) {
        case INT -> String.valueOf(parser.getIntValue());
        case LONG -> String.valueOf(parser.getLongValue());
        case BIG_INTEGER -> parser.getBigIntegerValue().toString();
        case BIG_DECIMAL -> parser.getDecimalValue().toString();
        default -> String.valueOf(parser.getDoubleValue());
      };
    } catch (IOException e) {
      throw new Unparsable(e);
    }
  }

  static String quoted(String text) {
    return "\"" + shorten(text) + "\"";
  }

  private static String shorten(String text) {
    return FreeText.shown(text);
  }
}
