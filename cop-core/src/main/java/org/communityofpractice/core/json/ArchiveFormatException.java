package org.communityofpractice.core.json;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.core.validation.internal.Refusals;

/**
 * Thrown when a JSON archive cannot be read: it is not well-formed JSON, it is too large or too
 * deep, it does not follow the archive's schema, or it describes a community that breaks one of the
 * model's invariants. The {@link #path() path} names the place of the fault, such as {@code
 * $.sessions[2].scaling[0].ratings[4].value}; the message names the path, what was expected and the
 * offending value — unless the value is personal data (a name, a contact detail, something a person
 * said), which is withheld exactly as {@link InvalidValueException#ofPersonal} withholds it.
 *
 * <pre>{@code
 * ArchiveJson archive = ArchiveJson.create();
 * String json = archive.write(community).replace("\"value\" : 6", "\"value\" : 11");
 * try {
 *   archive.read(json);
 * } catch (ArchiveFormatException e) {
 *   e.kind();       // Kind.INVALID_VALUE
 *   e.path();       // "$.sessions[2].scaling[0].ratings[4].value"
 *   e.getMessage(); // "$.sessions[2].scaling[0].ratings[4].value must be within 1..10 but was 11"
 *   e.messageIn(Locale.forLanguageTag("cy"));
 *   // "$.sessions[2].scaling[0].ratings[4].value: rhaid iddo fod rhwng 1 a 10; cafwyd 11"
 * }
 * }</pre>
 *
 * <p>{@link #getMessage()} is in British English, as a log or a developer reads it; {@link
 * #messageIn(Locale)} says the same in the language of the person whose archive it is (British
 * English and Welsh; any other language gets British English), with the path and the value exactly
 * as {@code getMessage()} shows them.
 *
 * <p>It is a checked exception, and an {@link IOException}, on purpose: an archive comes from
 * outside the program (a file, a network, an older release of cop), so a bad one is an expected
 * outcome a caller must decide about — show the message, keep the previous archive — rather than a
 * programming error. Being an {@code IOException} it also passes unwrapped through Jackson when the
 * codec's Jackson deserializers throw it, and {@code read(InputStream)} declares one exception type
 * for both a failing stream and a bad document.
 */
public final class ArchiveFormatException extends IOException {
  private static final long serialVersionUID = 1L;
  static final String WITHHELD = "value withheld (personal data)";

  /** What went wrong. */
  public enum Kind {
    /** The text is not well-formed JSON, or ends before the document is complete. */
    MALFORMED,
    /** An object holds the same field twice. */
    DUPLICATE_FIELD,
    /** An object holds a field the schema does not know. */
    UNKNOWN_FIELD,
    /** A value has the wrong JSON type: a string for a number, a float for an integer, a null. */
    WRONG_TYPE,
    /** A required field is absent. */
    MISSING_FIELD,
    /** A value has the right type but is not allowed: out of range, not an id, breaks a rule. */
    INVALID_VALUE,
    /** An id names a person, topic, series, session, action or running order that is not there. */
    DANGLING_REFERENCE,
    /** The {@code schemaVersion} is newer than this reader, or unknown. */
    UNSUPPORTED_VERSION,
    /** The document is too long or too deep, or a string, name or number in it is too long. */
    TOO_LARGE
  }

  /** What went wrong. */
  private final Kind kind;

  /** Where it went wrong, as a JSON path from the document's root. */
  private final String path;

  /** What the place must hold. */
  private final String expectation;

  /** What was found instead, as shown in the message; {@literal null} when nothing is shown. */
  private final String value;

  /** Whether the offending value was withheld because it is personal data. */
  private final boolean personal;

  /** The 1-based line of the fault, or -1 when the parser did not find it. */
  private final int line;

  /** The 1-based column of the fault, or -1 when the parser did not find it. */
  private final int column;

  private ArchiveFormatException(
      Kind kind,
      String path,
      String expectation,
      String value,
      boolean personal,
      int line,
      int column) {
    super(compose(path, expectation, value, personal, line, column));
    this.kind = kind;
    this.path = path;
    this.expectation = expectation;
    this.value = value;
    this.personal = personal;
    this.line = line;
    this.column = column;
  }

  /** A fault at a place in the document; {@code value} must never hold personal data. */
  static ArchiveFormatException at(
      Kind kind, String path, String expectation, String value, boolean personal) {
    return new ArchiveFormatException(
        Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(path, "path"),
        Objects.requireNonNull(expectation, "expectation"),
        value,
        personal,
        -1,
        -1);
  }

  /** A fault the parser found at a line and column. */
  static ArchiveFormatException atLocation(
      Kind kind, String path, String expectation, String value, int line, int column) {
    return new ArchiveFormatException(kind, path, expectation, value, false, line, column);
  }

  /**
   * A model invariant broken by the value being built at {@code at}: the exception's field path
   * (relative to that value) is appended to {@code at}, and a personal value stays withheld.
   */
  static ArchiveFormatException invalid(String at, InvalidValueException e, boolean personal) {
    String field = e.field();
    String path = field.isEmpty() ? at : field.startsWith("[") ? at + field : at + "." + field;
    return invalidAt(path, e, personal);
  }

  /**
   * A model invariant broken by the value at exactly {@code path}, whatever field the model named;
   * the value is withheld when the model or the caller says it is personal.
   */
  static ArchiveFormatException invalidAt(String path, InvalidValueException e, boolean personal) {
    boolean withheld = personal || e.isPersonal();
    ArchiveFormatException mapped =
        at(Kind.INVALID_VALUE, path, e.expectation(), withheld ? null : e.value(), withheld);
    mapped.initCause(e);
    return mapped;
  }

  /** {@return what went wrong, never {@literal null}} */
  public Kind kind() {
    return kind;
  }

  /**
   * Where it went wrong, as a JSON path from the document's root {@code $}, such as {@code
   * $.sessions[2].scaling[0].ratings[4].value}; never {@literal null}. A field whose name is not a
   * plain identifier is written {@code $['odd name']}.
   *
   * @return the path, never {@literal null}
   */
  public String path() {
    return path;
  }

  /** {@return what the place must hold, such as "must be within 1..10"; never {@literal null}} */
  public String expectation() {
    return expectation;
  }

  /**
   * What was found instead, as shown in the message (for instance {@code 11}, {@code a string "7"}
   * or {@code missing}), or empty text when the value is withheld as personal data or nothing is
   * worth showing; never {@literal null} and never personal data.
   *
   * @return the value as shown, never {@literal null}
   */
  public String value() {
    return value == null ? "" : value;
  }

  /**
   * {@return whether the offending value was withheld from the message because it is personal data}
   */
  public boolean isPersonal() {
    return personal;
  }

  /**
   * {@return the line of the fault in the text, 1-based, for faults the parser found; otherwise
   * empty}
   */
  public OptionalInt line() {
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /**
   * {@return the column of the fault in the text, 1-based, for faults the parser found; otherwise
   * empty}
   */
  public OptionalInt column() {
    return column < 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /**
   * The message in {@code language}: the {@link #path() path} as it is, what the place must hold in
   * that language, and what was found — the value itself exactly as {@link #value()} shows it, the
   * reader's own description of it ("an object", "missing") in that language — then the line and
   * column when the parser found them. cop-core speaks British English and Welsh; any other
   * language is said in British English, so {@code messageIn(Locale.UK)} is {@link #getMessage()}.
   *
   * <pre>{@code
   * try {
   *   ArchiveJson.create().read("{\"schemaVersion\": 1}");
   * } catch (ArchiveFormatException e) {
   *   System.out.println(e.getMessage());
   *   // prints: $.id is required but was missing
   *   System.out.println(e.messageIn(Locale.forLanguageTag("cy")));
   *   // prints: $.id: mae'n ofynnol, ond mae ar goll
   * }
   * }</pre>
   *
   * @param language the language to say it in, such as {@code Locale.forLanguageTag("cy")}; must
   *     not be {@literal null}
   * @return the message, never {@literal null}
   */
  public String messageIn(Locale language) {
    Refusals words = Refusals.in(language);
    if (words == Refusals.british()) {
      return getMessage(); // the British English words are the message's own: nothing to look up
    }
    String said;
    if (kind == Kind.MISSING_FIELD
        && "missing".equals(value)
        && !personal
        && "is required".equals(expectation)) {
      said = words.say("refusal.missing", path);
    } else {
      String expected = words.expectation(expectation);
      String shown = value == null ? null : words.value(value, expectation);
      if (shown == null) {
        said = words.say(personal ? "refusal.withheld" : "refusal.plain", path, expected);
      } else {
        said =
            words.say(personal ? "refusal.shownWithheld" : "refusal.shown", path, expected, shown);
      }
    }
    return line < 0
        ? said
        : words.say("refusal.atLine", said, String.valueOf(line), String.valueOf(column));
  }

  private static String compose(
      String path, String expectation, String value, boolean personal, int line, int column) {
    StringBuilder message = new StringBuilder(path).append(' ').append(expectation);
    if (value != null) {
      message.append(" but was ").append(value);
    }
    if (personal) {
      message.append(" (").append(WITHHELD).append(')');
    }
    if (line >= 0) {
      message.append(" (at line ").append(line).append(", column ").append(column).append(')');
    }
    return message.toString();
  }
}
