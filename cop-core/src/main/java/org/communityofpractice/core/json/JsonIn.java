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
import java.util.function.Supplier;
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
 * <p>An object is read in one pass over its fields, in the document's order: its reader declares a
 * {@link Slot} for each field ({@code o.required("id", ...)}), then {@link Obj#read()} reads each
 * field into its slot as it comes, rejects a field it does not know where it stands, and then names
 * the first required field missing. Paths are built only when an error needs one.
 *
 * <p>A value's fields, or its elements, are read with one cursor it reuses for each in turn, and a
 * cursor reuses the {@link Obj} and slots of the object it read last when the next one it stands on
 * is read by the same reader, so reading some 40,000 objects makes no cursor, object or slot for
 * each. A cursor is therefore only valid while its value is read: whatever keeps one for later (a
 * reference held until its ids are complete) keeps a {@linkplain #detached() detached} copy.
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

  /** The object read at this cursor last, whose slots the next object read the same way reuses. */
  private Obj last;

  /** Whether this cursor has moved to another value since {@link #last} was made. */
  private boolean moved;

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
    c.moved = true;
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

  /**
   * This value as an object holding no fields but {@code fields}; declare its slots, then {@link
   * Obj#read()}.
   */
  Obj object(String... fields) throws ArchiveFormatException {
    if (!resumed && token() != JsonToken.START_OBJECT) {
      throw wrongType("must be an object");
    }
    Obj o = last;
    if (o != null && moved && o.knows(fields)) {
      o.reuse();
    } else {
      o = new Obj(fields);
      last = o;
    }
    moved = false;
    return o;
  }

  // ---- objects and arrays read by hand ----

  /**
   * Starts reading this value as an object field by field, with {@link #nextField}: the way of the
   * readers of the values an archive holds thousands of, which spares them the slots of an {@link
   * Obj} and a call through a {@link Decoder} for each field. Its errors are the ones {@link Obj}
   * gives.
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
   * them is rejected as {@link Obj#read()} rejects it. Read the value with the cursor {@link
   * #value} gives, then ask for the next field.
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

  /** The error for a model invariant broken by what was read here, as {@link #build} gives it. */
  ArchiveFormatException invalid(InvalidValueException e) {
    return ArchiveFormatException.invalid(path(), e, personal);
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
   * Starts reading this value as an array element by element, with {@link #nextElement}, as {@link
   * #list} reads it.
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

  /** This value as an array, each element read by {@code element}. */
  <T> List<T> list(Decoder<T> element) throws ArchiveFormatException {
    if (token() != JsonToken.START_ARRAY) {
      throw wrongType("must be an array");
    }
    List<T> values = new ArrayList<>();
    int i = 0;
    while (next(parser) != JsonToken.END_ARRAY) {
      values.add(element.decode(element(i++)));
    }
    return values;
  }

  /** This value as an array standing for a set, in its order; a repeated element is rejected. */
  <T> List<T> set(Decoder<T> element) throws ArchiveFormatException {
    if (token() != JsonToken.START_ARRAY) {
      throw wrongType("must be an array");
    }
    List<T> values = new ArrayList<>();
    Set<T> seen = new HashSet<>();
    int i = 0;
    JsonToken token;
    while ((token = next(parser)) != JsonToken.END_ARRAY) {
      JsonIn at = element(i++);
      T value = element.decode(at);
      if (!seen.add(value)) {
        // a scalar's decoder leaves the parser where it was, on the element, so it is described
        // only now that it repeats; an object or array is described by its type alone
        String shown =
            token.isStructStart()
                ? (token == JsonToken.START_OBJECT ? "an object" : "an array")
                : at.describe(false);
        throw at.invalidValue("must not repeat an earlier element", shown);
      }
      values.add(value);
    }
    return values;
  }

  /** A field's value, read once its object is read; {@link #get()} before then fails. */
  static final class Slot<T> {
    /** What the field holds: one value, one that may be absent, or an array of them. */
    private enum Shape {
      REQUIRED,
      OPTIONAL,
      LIST,
      SET
    }

    private final String name;

    /** Reads the value, or each element of an array. */
    private final Decoder<?> decoder;

    private final Shape shape;
    private final boolean personal;
    private final boolean required;
    private Slot<?> after;
    private boolean read;
    private T value;
    private JsonIn deferred;

    /** The use of its object this slot was declared for: see {@link Obj#reuse()}. */
    private int use;

    // the shape is a field rather than a lambda wrapping the decoder, so declaring a slot, which
    // every object read does for each of its fields, makes no closure
    private Slot(String name, Decoder<?> decoder, Shape shape, boolean personal) {
      this.name = name;
      this.decoder = decoder;
      this.shape = shape;
      this.personal = personal;
      this.required = shape != Shape.OPTIONAL;
    }

    /**
     * Reads this field only once {@code other} is read: a document that gives it first has it
     * buffered and read after the object's other fields.
     */
    Slot<T> after(Slot<?> other) {
      this.after = other;
      return this;
    }

    @SuppressWarnings("unchecked") // an optional slot is a Slot<Optional<?>>: see Obj.optional
    T get() {
      if (!read) {
        if (required) {
          throw new IllegalStateException(name + " is read with its object");
        }
        return (T) Optional.empty();
      }
      return value;
    }

    /** Whether this slot, declared for an earlier object, reads the field as asked now. */
    private boolean reads(Decoder<?> decoder, Shape shape, boolean personal) {
      return this.decoder == decoder && this.shape == shape && this.personal == personal;
    }

    private void clear() {
      after = null;
      read = false;
      value = null;
      deferred = null;
    }

    @SuppressWarnings("unchecked") // the slot's type follows its shape: see Obj's declarations
    private void decode(JsonIn in) throws ArchiveFormatException {
      JsonIn at = personal ? in.personal() : in;
      Object decoded =
          switch (shape) {
            case LIST -> at.list(decoder);
            case SET -> at.set(decoder);
            case REQUIRED, OPTIONAL -> decoder.decode(at);
          };
      value = (T) (shape == Shape.OPTIONAL ? Optional.of(decoded) : decoded);
      read = true;
    }
  }

  /** The fields of an object, each read with this value's path and personal flag. */
  final class Obj {
    private final String[] known;
    private final Slot<?>[] slots;

    /** The slots in the order they were declared, {@code declaredCount} of them. */
    private final Slot<?>[] declared;

    private int declaredCount;

    /** Where the next field is looked for first. */
    private int next;

    /**
     * Which use of this object it is: a slot declared for an earlier one is not this one's until it
     * is declared again.
     */
    private int use = 1;

    private Obj(String[] known) {
      this.known = known;
      this.slots = new Slot<?>[known.length];
      this.declared = new Slot<?>[known.length];
    }

    /**
     * Whether this object has exactly these fields, as the next object read the same way names
     * them.
     */
    @SuppressWarnings("ReferenceEquality") // the readers name fields by literals: identity first
    private boolean knows(String[] fields) {
      if (fields.length != known.length) {
        return false;
      }
      for (int i = 0; i < fields.length; i++) {
        if (fields[i] != known[i] && !fields[i].equals(known[i])) {
          return false;
        }
      }
      return true;
    }

    /** Starts reading the next object with this one's slots, none of them declared yet. */
    private void reuse() {
      use++;
      declaredCount = 0;
      next = 0;
    }

    @SuppressWarnings("unchecked") // a slot reused reads as it did, into the same type
    private <T> Slot<T> add(String field, Decoder<?> decoder, Slot.Shape shape, boolean personal) {
      int at = find(field);
      if (at < 0 || (slots[at] != null && slots[at].use == use)) {
        throw new IllegalArgumentException(
            field + " is not one of the object's fields, or has a slot already");
      }
      Slot<T> slot = (Slot<T>) slots[at];
      if (slot != null && slot.reads(decoder, shape, personal)) {
        slot.clear();
      } else {
        slot = new Slot<>(field, decoder, shape, personal);
        slots[at] = slot;
      }
      slot.use = use;
      declared[declaredCount++] = slot;
      return slot;
    }

    /** A field that must be present. */
    <T> Slot<T> required(String field, Decoder<T> decoder) {
      return add(field, decoder, Slot.Shape.REQUIRED, false);
    }

    /** A personal field that must be present. */
    <T> Slot<T> requiredPersonal(String field, Decoder<T> decoder) {
      return add(field, decoder, Slot.Shape.REQUIRED, true);
    }

    /** A field that may be absent; when present it must hold a value (never {@code null}). */
    <T> Slot<Optional<T>> optional(String field, Decoder<T> decoder) {
      return add(field, decoder, Slot.Shape.OPTIONAL, false);
    }

    <T> Slot<Optional<T>> optionalPersonal(String field, Decoder<T> decoder) {
      return add(field, decoder, Slot.Shape.OPTIONAL, true);
    }

    /** A required array field. */
    <T> Slot<List<T>> list(String field, Decoder<T> element) {
      return add(field, element, Slot.Shape.LIST, false);
    }

    /** A required array field standing for a set: no element may repeat an earlier one. */
    <T> Slot<List<T>> set(String field, Decoder<T> element) {
      return add(field, element, Slot.Shape.SET, false);
    }

    /** A required set of personal values. */
    <T> Slot<List<T>> setPersonal(String field, Decoder<T> element) {
      return add(field, element, Slot.Shape.SET, true);
    }

    /** A required array field of personal values. */
    <T> Slot<List<T>> listPersonal(String field, Decoder<T> element) {
      return add(field, element, Slot.Shape.LIST, true);
    }

    /**
     * Reads the object's fields into their slots, in one pass; a known field without a slot is
     * passed over. Then the first required field missing, in the order the slots were declared, is
     * reported.
     */
    void read() throws ArchiveFormatException {
      next = 0;
      List<Slot<?>> later = null;
      JsonToken token;
      while ((token = next(parser)) == JsonToken.FIELD_NAME) {
        String field = name(parser);
        int at = find(field);
        if (at < 0) {
          throw unknownField(known, field);
        }
        next(parser);
        Slot<?> slot = slots[at];
        if (slot == null || slot.use != use) {
          skipValue(parser);
        } else if (slot.after != null && !slot.after.read) {
          slot.deferred = fieldAt(field, slot.personal).buffered();
          if (later == null) {
            later = new ArrayList<>(1);
          }
          later.add(slot);
        } else {
          slot.decode(fieldAt(field, slot.personal));
        }
      }
      if (token != JsonToken.END_OBJECT) {
        throw new IllegalStateException("the parser reports a broken object first");
      }
      for (int i = 0; i < declaredCount; i++) {
        Slot<?> slot = declared[i];
        if (slot.required && !slot.read && slot.deferred == null) {
          throw missing(slot.name);
        }
      }
      if (later != null) {
        for (Slot<?> slot : later) {
          slot.decode(slot.deferred);
          slot.deferred = null;
        }
      }
    }

    /**
     * {@link #indexOf}, looking first where the fields' order, which is the one cop writes, puts
     * the next field, so a field is found at the first look or soon after.
     */
    @SuppressWarnings(
        "ReferenceEquality") // interned names: identity first, equals in indexOf after
    private int find(String field) {
      int n = known.length;
      for (int k = 0, i = next; k < n; k++, i = i + 1 == n ? 0 : i + 1) {
        if (known[i] == field) {
          next = i + 1 == n ? 0 : i + 1;
          return i;
        }
      }
      return indexOf(field);
    }

    @SuppressWarnings("ReferenceEquality") // identity first, then equals for a name not interned
    private int indexOf(String field) {
      for (int i = 0; i < known.length; i++) {
        // the parser hands out interned names, so the cheap test nearly always decides
        if (known[i] == field) {
          return i;
        }
      }
      for (int i = 0; i < known.length; i++) {
        if (known[i].equals(field)) {
          return i;
        }
      }
      return -1;
    }
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
   * A string made into a model value once per text, as {@code buildHere(() ->
   * make.apply(string()))} would make it: text met before gives the value made of it then, which
   * passed every check, and makes no new string; new text is read by {@link #string()} and made by
   * {@code make}.
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
    T value = buildHere(() -> make.apply(text));
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
    return Links.web(text).orElseThrow(() -> invalidValue(Links.EXPECTATION, quoted(text)));
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
      throw ArchiveFormatException.invalid(path(), e, personal);
    }
  }

  /** Builds a single-valued model type (an id, a principle) whose fault is this very value. */
  <T> T buildHere(Supplier<T> factory) throws ArchiveFormatException {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      throw ArchiveFormatException.invalidAt(path(), e, personal);
    }
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
