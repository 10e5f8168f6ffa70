package org.communityofpractice.core.json;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.json.ArchiveFormatException.Kind;
import org.communityofpractice.core.json.internal.JsonValues;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.ErasureLog;

/**
 * The JSON archive: a whole community as one JSON document, read strictly and written the same way
 * every time.
 *
 * <pre>{@code
 * ArchiveJson archive = ArchiveJson.create();   // build once, share freely: it is thread-safe
 *
 * String json = archive.write(community);       // pretty-printed, stable field order, final newline
 * Community back = archive.read(json);          // equal to community
 *
 * Path path = folder.resolve("sotcop.json");
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   archive.write(community, out);              // UTF-8
 * }
 * try (InputStream in = Files.newInputStream(path)) {
 *   community = archive.read(in);
 * } catch (ArchiveFormatException e) {
 *   // e.path(): "$.sessions[2].scaling[0].ratings[4].value"
 *   // e.getMessage(): "$.sessions[2].scaling[0].ratings[4].value must be within 1..10 but was 11"
 * }
 * }</pre>
 *
 * <p><b>The document.</b> Its first field is {@code "schemaVersion": 1}; the community's fields
 * follow, named as the model names them ({@code sessions}, {@code scaling}, {@code ratings}…).
 * People appear once, in {@code register.people} (with the {@code tombstones} of people erased and
 * the register's {@code audit}); everything else, the {@code consent} ledger included, names them
 * by id. A session names its running order by id: one of the guide's templates or one of the
 * community's {@code runningOrders}. Dates are ISO-8601: {@code 2016-03-03} for a date, {@code
 * 2016-07-07T10:00:00+01:00[Europe/London]} for a date and time (offset and zone id, so the zone
 * round-trips exactly), {@code 2016-03-03T09:55:00Z} for an instant (consent decisions, erasures),
 * {@code PT5M} for a duration. Absent optional values are left out, never written as {@code null};
 * sets are written sorted.
 *
 * <p><b>Reading is strict.</b> An unknown field, a value of the wrong JSON type (a string {@code
 * "7"} for an integer, {@code 7.0} for an integer, {@code null} anywhere), a missing required
 * field, a repeated field, a reference to nothing and any broken model invariant are each an {@link
 * ArchiveFormatException} naming the JSON path. The parser's limits are explicit (see {@link
 * #MAX_NESTING_DEPTH} and its neighbours); no polymorphic typing is ever used. A document of an
 * older schema version is migrated forward step by step before it is read; a newer one is rejected.
 * No exception but {@code ArchiveFormatException} (or, from a stream, the stream's own {@code
 * IOException}) escapes a read. A document that is not well-formed JSON within the limits is
 * reported as that, whatever else is wrong in it.
 *
 * <p><b>Reading streams.</b> A document of the current schema version is read in one pass over the
 * parser's tokens straight into the model, with no tree of the document: what the reader holds is
 * the model it builds, the ids it has seen, and a few small values looked at whole (a decision
 * maker or follow-up, to tell an organisation from a person) or held back (sessions given before
 * the running orders they name, which cop never writes). So memory grows with the model, not the
 * text: an archive as {@link #write} gives it reads in a heap of about twice its size (7,000
 * synthetic sessions, 34 MiB, read in 64 MiB; the tree reader before needed 192 MiB), and any
 * document within the limits, however built, in at most 192 MiB, about 3 MiB per MiB of its {@link
 * #MAX_DOCUMENT_LENGTH} (2^21 tiny values, each becoming a model value). A document of an older
 * schema version, or one whose {@code schemaVersion} is not its first field, is read into a tree
 * first (which migrations need) and then read from the tree, as it always was.
 *
 * <p><b>Single values.</b> The journal, the erasure log and the send log hold single model values
 * in the same JSON forms the archive uses, through an unexported bridge, so that a value has one
 * JSON form everywhere and no Jackson type is part of this class's signatures.
 */
public final class ArchiveJson {
  /** The deepest nesting read; the archive itself needs about ten levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest field name read, in characters. */
  public static final int MAX_NAME_LENGTH = 256;

  /** The longest number read, in characters; every number in the archive is a 32-bit integer. */
  public static final int MAX_NUMBER_LENGTH = 20;

  /** The longest document read, in bytes (or characters, from a {@code Reader}): 64 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * The most JSON values (objects, arrays, strings, numbers, booleans) a document may hold: 2^21,
   * cop's own bound. It is what a 64 MiB archive of the form {@link #write} gives holds (about 32
   * bytes a value: some 3,500 busy sessions, three centuries of monthly meetings), and it bounds
   * what a document built to be costly can make the reader build: see the memory bound in the
   * class's description. A 63 MB document of tiny nodes once took 1.6 GB, when the reader built a
   * tree first.
   */
  public static final int MAX_VALUES = 1 << 21;

  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate (?:Object property|field) \"?'?([^\"']*)");

  static {
    JsonValues.install(new ValueBridge(new ArchiveJson(Migrations.standard())));
  }

  private final StrictJsonFactory factory;
  private final Migrations migrations;

  /**
   * Jackson's databind, made on first use: reading an archive streams through {@link #factory}
   * alone, and making an object mapper costs a command-line start about a tenth of its time.
   */
  private volatile Databind databind;

  /** Trees read and written, under the factory's limits. */
  private record Databind(ObjectMapper mapper, ObjectWriter pretty, ObjectWriter compact) {}

  private ArchiveJson(Migrations migrations) {
    this.migrations = migrations;
    this.factory =
        new StrictJsonFactory(
            new JsonFactoryBuilder()
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // a parser's message may quote the document; ours never do, so no snippet is kept
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET));
  }

  private Databind databind() {
    Databind d = databind;
    if (d == null) {
      synchronized (this) {
        d = databind;
        if (d == null) {
          ObjectMapper mapper =
              JsonMapper.builder(factory)
                  .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                  .deactivateDefaultTyping()
                  .build();
          DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
          ObjectWriter pretty =
              mapper.writer(
                  new DefaultPrettyPrinter(
                          Separators.createDefaultInstance()
                              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                              .withObjectEmptySeparator("")
                              .withArrayEmptySeparator(""))
                      .withObjectIndenter(indenter)
                      .withArrayIndenter(indenter));
          d = new Databind(mapper, pretty, mapper.writer());
          databind = d;
        }
      }
    }
    return d;
  }

  /**
   * {@return the archive codec, never {@literal null}; thread-safe, so build it once and share it}
   */
  public static ArchiveJson create() {
    return new ArchiveJson(Migrations.standard());
  }

  /** A codec with other migrations, for testing the migration machinery. */
  static ArchiveJson withMigrations(Migrations migrations) {
    return new ArchiveJson(migrations);
  }

  /** {@return the schema version {@link #write} writes} */
  public int schemaVersion() {
    return migrations.current();
  }

  // ---- communities ----

  /**
   * Reads a community from UTF-8 (or UTF-16/32 with a byte-order mark) JSON; the stream is read to
   * the end of the document and not closed.
   *
   * @param in the document, must not be {@literal null}
   * @return the community, never {@literal null}
   * @throws ArchiveFormatException when the document is not a valid archive
   * @throws IOException when the stream fails
   */
  public Community read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(() -> strictParser(in), this::community);
  }

  /**
   * A parser that takes only well-formed text: UTF-8 is checked by a {@link StrictUtf8Input}, which
   * reports, rather than replaces or reinterprets, an overlong form, a surrogate, a code point
   * above U+10FFFF or a truncated sequence — Jackson's own UTF-8 reader let an overlong {@code <}
   * through as {@code <} — and then parsed as bytes. A document with a UTF-16 or UTF-32 byte-order
   * mark is left to Jackson.
   */
  private JsonParser strictParser(InputStream in) throws IOException {
    PushbackInputStream head = new PushbackInputStream(in, 4);
    byte[] first = head.readNBytes(4);
    int n = first.length;
    boolean utf8Bom =
        n >= 3
            && (first[0] & 0xFF) == 0xEF
            && (first[1] & 0xFF) == 0xBB
            && (first[2] & 0xFF) == 0xBF;
    boolean otherBom =
        (n >= 2
                && (((first[0] & 0xFF) == 0xFE && (first[1] & 0xFF) == 0xFF)
                    || ((first[0] & 0xFF) == 0xFF && (first[1] & 0xFF) == 0xFE)))
            || (n == 4
                && first[0] == 0
                && first[1] == 0
                && (first[2] & 0xFF) == 0xFE
                && (first[3] & 0xFF) == 0xFF);
    if (utf8Bom) {
      head.unread(first, 3, n - 3);
    } else {
      head.unread(first, 0, n);
    }
    if (otherBom) {
      return factory.createParser(head);
    }
    return factory.utf8Parser(new StrictUtf8Input(head));
  }

  /**
   * Reads a community from JSON text; the reader is not closed. See {@link #read(InputStream)}.
   *
   * @param in the document; must not be {@literal null}
   * @return the community, never {@literal null}
   * @throws ArchiveFormatException when the document is not a valid archive, naming the JSON path
   * @throws IOException when the reader fails
   */
  public Community read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(() -> factory.createParser(in), this::community);
  }

  /**
   * Reads a community from JSON text. See {@link #read(InputStream)}.
   *
   * @param json the document; must not be {@literal null}
   * @return the community, never {@literal null}
   * @throws ArchiveFormatException when the document is not a valid archive, naming the JSON path
   */
  public Community read(String json) throws ArchiveFormatException {
    Objects.requireNonNull(json, "json");
    return readText(json, this::community);
  }

  /**
   * Writes a community as UTF-8 JSON; the stream is flushed, not closed.
   *
   * @param community the community; must not be {@literal null}
   * @param out where to write; must not be {@literal null}
   * @throws IOException when the stream fails
   */
  public void write(Community community, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(write(community).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes a community as JSON text; the writer is flushed, not closed.
   *
   * @param community the community; must not be {@literal null}
   * @param out where to write; must not be {@literal null}
   * @throws IOException when the writer fails
   */
  public void write(Community community, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(write(community));
    out.flush();
  }

  /**
   * The community as a JSON document: pretty-printed with two spaces, {@code \n} line ends and a
   * final newline, fields in a fixed order, so equal communities give equal text.
   *
   * @param community the community; must not be {@literal null}
   * @return the document, never {@literal null}
   */
  public String write(Community community) {
    Objects.requireNonNull(community, "community");
    return pretty(tree(community));
  }

  /** The community as the archive's JSON tree, {@code schemaVersion} first. */
  ObjectNode tree(Community community) {
    ObjectNode root = JsonOut.object();
    root.put(CommunityJson.SCHEMA_VERSION, migrations.current());
    CommunityJson.community(community, root);
    return root;
  }

  /** A tree as the archive prints it, final newline included. */
  String pretty(JsonNode tree) {
    try {
      StringWriter out = new StringWriter();
      databind().pretty().writeValue(out, tree);
      return out.append('\n').toString();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
  }

  /** Reads a community from the archive's JSON tree (which is migrated in place). */
  Community community(JsonNode root) throws ArchiveFormatException {
    return community(root, "$");
  }

  /**
   * Reads a community from an archive tree found at {@code path}; the tree is migrated in place.
   * This is the path of a document of an older schema version, and of a community inside a document
   * of cop's own.
   */
  Community community(JsonNode root, String path) throws ArchiveFormatException {
    if (!root.isObject()) {
      throw new JsonIn(root, path, false, Refs.unchecked()).wrongType("must be an object");
    }
    String versionPath = JsonIn.field(path, CommunityJson.SCHEMA_VERSION);
    JsonNode version = root.get(CommunityJson.SCHEMA_VERSION);
    if (version == null) {
      throw ArchiveFormatException.at(
          Kind.MISSING_FIELD, versionPath, "is required", "missing", false);
    }
    int v = new JsonIn(version, versionPath, false, Refs.unchecked()).integer();
    migrations.migrate((ObjectNode) root, v, versionPath);
    return CommunityJson.community(new JsonIn(root, path, false, Refs.checked()));
  }

  /**
   * Reads a community as the parser streams it: a document of the current schema version, which
   * gives its version first as cop writes it, is read in one pass with no tree; any other is read
   * into a tree, migrated and read from there.
   */
  private Community community(JsonParser parser) throws ArchiveFormatException {
    JsonIn root = JsonIn.at(parser, "$", false, Refs.checked());
    if (!root.isObject()) {
      throw root.wrongType("must be an object");
    }
    JsonToken first = next(parser);
    if (first == JsonToken.FIELD_NAME && CommunityJson.SCHEMA_VERSION.equals(JsonIn.name(parser))) {
      next(parser);
      JsonIn version =
          JsonIn.at(
              parser, JsonIn.field("$", CommunityJson.SCHEMA_VERSION), false, Refs.unchecked());
      int v = version.integer();
      if (v == migrations.current()) {
        return CommunityJson.community(root.resumed());
      }
      ObjectNode tree = JsonOut.object();
      tree.put(CommunityJson.SCHEMA_VERSION, v);
      next(parser);
      return community(restOfObject(parser, tree), "$");
    }
    return community(restOfObject(parser, JsonOut.object()), "$");
  }

  /**
   * The fields of the object the parser is in, from the one it stands on, added to {@code tree}.
   */
  private ObjectNode restOfObject(JsonParser parser, ObjectNode tree) {
    try {
      for (JsonToken t = parser.currentToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
        String name = parser.currentName();
        parser.nextToken();
        tree.set(name, databind().mapper().readTree(parser));
      }
      return tree;
    } catch (IOException e) {
      throw new JsonIn.Unparsable(e);
    }
  }

  private static JsonToken next(JsonParser parser) {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw new JsonIn.Unparsable(e);
    }
  }

  /** A tree's tokens, the first one read. */
  static JsonParser tokens(JsonNode tree) {
    try {
      JsonParser parser = tree.traverse();
      parser.nextToken();
      return parser;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a tree cannot fail", e);
    }
  }

  /** Reads one value from a tree found at {@code path}, references unchecked. */
  static <T> T decodeTree(JsonNode tree, String path, Decoder<T> decoder)
      throws ArchiveFormatException {
    return decoder.decode(new JsonIn(tree, path, false, Refs.unchecked()));
  }

  // ---- data-subject rights ----

  /**
   * Everything held about one person, for a subject access request, as pretty-printed JSON: their
   * register entry and consent history in the archive's own forms, their attendance, what they
   * said, their attributed ratings, the actions they own, the small steps they noticed, the audit
   * of their entry, and an {@code explanations} object saying what each field means.
   *
   * @param report the access report; must not be {@literal null}
   * @return the document, never {@literal null}
   */
  public String writeAccessReport(AccessReport report) {
    Objects.requireNonNull(report, "report");
    return pretty(RightsJson.accessReport(report));
  }

  /**
   * The erasure log as pretty-printed JSON: {@code {"erasures": [...]}}, in the order carried out.
   *
   * @param log the erasure log; must not be {@literal null}
   * @return the document, never {@literal null}
   */
  public String writeErasureLog(ErasureLog log) {
    Objects.requireNonNull(log, "log");
    return pretty(RightsJson.erasureLog(log));
  }

  /**
   * Reads an erasure log, as strictly as the archive is read.
   *
   * @param json the document; must not be {@literal null}
   * @return the log, never {@literal null}
   * @throws ArchiveFormatException naming the JSON path when the document is not a valid log
   */
  public ErasureLog readErasureLog(String json) throws ArchiveFormatException {
    Objects.requireNonNull(json, "json");
    return readText(
        json, parser -> RightsJson.erasureLog(JsonIn.at(parser, "$", false, Refs.unchecked())));
  }

  // ---- single values, for JsonValues ----

  /**
   * Parses JSON text into a tree under the archive's limits and strictness (no repeated field, no
   * trailing content), for documents of cop's own, such as one line of a journal.
   */
  JsonNode readTree(String json) throws ArchiveFormatException {
    return parseText(json);
  }

  /** A tree as one line of JSON with no line break in it, for JSON Lines. */
  String writeLine(JsonNode tree) {
    try {
      return databind().compact().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  // ---- parsing ----

  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  /** Reads one whole document's value from a parser standing on its first token. */
  @FunctionalInterface
  private interface DocumentReader<T> {
    T read(JsonParser parser) throws ArchiveFormatException;
  }

  private <T> T readText(String json, DocumentReader<T> reader) throws ArchiveFormatException {
    // a byte-order mark decoded into the text is skipped, as it is from a stream
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try {
      return read(() -> factory.createParser(new StringReader(text)), reader);
    } catch (ArchiveFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  private JsonNode parseText(String json) throws ArchiveFormatException {
    return readText(
        json,
        parser -> {
          try {
            return databind().mapper().readTree(parser);
          } catch (IOException e) {
            throw new JsonIn.Unparsable(e);
          }
        });
  }

  /**
   * Reads one whole document; every parser failure becomes an {@link ArchiveFormatException}. A
   * document that is not well-formed JSON within the limits is reported as such even when what was
   * read of it before is already wrong: the rest of it is still parsed (and nothing kept), so the
   * error is the one a reader that parsed first and read second would give.
   */
  private <T> T read(ParserSource source, DocumentReader<T> reader) throws IOException {
    JsonParser opened;
    try {
      opened = source.open();
    } catch (CharConversionException | CharacterCodingException e) {
      // Jackson detects the encoding as it opens the parser: a byte-order mark it cannot decode
      // fails here
      throw ArchiveFormatException.atLocation(
          Kind.MALFORMED, "$", "must be UTF-8 text", "not", 1, 1);
    }
    try (JsonParser parser = CountingParser.counting(opened)) {
      try {
        try {
          if (parser.nextToken() == null) {
            throw ArchiveFormatException.atLocation(
                Kind.MALFORMED, "$", "must be a JSON document", "empty", 1, 1);
          }
          T value;
          try {
            value = reader.read(parser);
          } catch (ArchiveFormatException e) {
            finishDocument(parser);
            throw e;
          }
          JsonToken trailing = parser.nextToken();
          if (trailing != null) {
            throw malformed(
                parser, "must end after its first JSON value", "followed by more content");
          }
          return value;
        } catch (JsonIn.Unparsable e) {
          throw e.getCause();
        }
      } catch (ArchiveFormatException e) {
        throw e;
      } catch (StreamConstraintsException e) {
        throw tooLarge(parser, e);
      } catch (JsonEOFException e) {
        throw malformed(parser, "must be a complete JSON document", "truncated");
      } catch (JsonProcessingException e) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
          var at = parser.currentLocation();
          throw ArchiveFormatException.atLocation(
              Kind.DUPLICATE_FIELD,
              JsonIn.field(pathOf(parser.getParsingContext(), false), duplicate.group(1)),
              "must appear only once in its object",
              "repeated",
              at.getLineNr(),
              at.getColumnNr());
        }
        throw malformed(parser, "must be well-formed JSON", "not");
      } catch (CharConversionException | CharacterCodingException e) {
        throw malformed(parser, "must be UTF-8 text", "not");
      }
    }
  }

  /**
   * Parses the rest of the document, keeping nothing, up to the end of its first value and just
   * past it.
   */
  private static void finishDocument(JsonParser parser) throws IOException {
    try {
      JsonToken token = parser.currentToken();
      while (token != null && !parser.getParsingContext().inRoot()) {
        token = parser.nextToken();
      }
      if (token != null && parser.nextToken() != null) {
        throw malformed(parser, "must end after its first JSON value", "followed by more content");
      }
    } catch (JsonIn.Unparsable e) {
      throw e.getCause();
    }
  }

  private static ArchiveFormatException malformed(
      JsonParser parser, String expectation, String found) {
    var at = parser.currentLocation();
    return ArchiveFormatException.atLocation(
        Kind.MALFORMED,
        pathOf(parser.getParsingContext(), true),
        expectation,
        found,
        at.getLineNr(),
        at.getColumnNr());
  }

  private static ArchiveFormatException tooLarge(JsonParser parser, StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
    String expectation;
    if (message.contains(CountingParser.TOO_MANY)) {
      expectation = "must be part of a document of at most " + MAX_VALUES + " values";
    } else if (message.contains("nesting")) {
      expectation = "must be nested at most " + MAX_NESTING_DEPTH + " levels deep";
    } else if (message.contains("document")) {
      expectation = "must be part of a document of at most " + MAX_DOCUMENT_LENGTH + " bytes";
    } else if (message.contains("name")) {
      expectation = "must have a name of at most " + MAX_NAME_LENGTH + " characters";
    } else if (message.contains("number")) {
      expectation = "must be a number of at most " + MAX_NUMBER_LENGTH + " characters";
    } else if (message.contains("string")) {
      expectation = "must be a string of at most " + MAX_STRING_LENGTH + " characters";
    } else {
      expectation = "must stay within the archive's limits";
    }
    var at = parser.currentLocation();
    return ArchiveFormatException.atLocation(
        Kind.TOO_LARGE,
        pathOf(parser.getParsingContext(), true),
        expectation,
        "larger",
        at.getLineNr(),
        at.getColumnNr());
  }

  /**
   * The JSON path of the parser's position: {@code $.sessions[2].title}. With {@code withName}, a
   * field being read is part of it; a duplicate is named by the caller instead.
   */
  static String pathOf(JsonStreamContext context, boolean withName) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.push("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.inObject() && c.getCurrentName() != null && (withName || c != context)) {
        segments.push(JsonIn.field("", c.getCurrentName()));
      }
    }
    return "$" + String.join("", segments);
  }
}
