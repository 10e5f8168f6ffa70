package org.communityofpractice.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
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

  static {
    JsonValues.install(new ValueBridge(new ArchiveJson(Migrations.standard())));
  }

  private final StrictDocuments documents;
  private final Migrations migrations;

  private ArchiveJson(Migrations migrations) {
    this.migrations = migrations;
    this.documents = new StrictDocuments();
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
    return documents.read(() -> documents.strictParser(in), this::community);
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
    return documents.read(() -> documents.parser(in), this::community);
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
    return documents.readText(json, this::community);
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
    return documents.pretty(tree(community));
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
    return documents.pretty(tree);
  }

  /**
   * Parses JSON text into a tree under the archive's limits and strictness, for documents of cop's
   * own, such as one line of a journal.
   */
  JsonNode readTree(String json) throws ArchiveFormatException {
    return documents.readTree(json);
  }

  /** A tree as one line of JSON with no line break in it, for JSON Lines. */
  String writeLine(JsonNode tree) {
    return documents.writeLine(tree);
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
    JsonToken first = StrictDocuments.next(parser);
    if (first == JsonToken.FIELD_NAME && CommunityJson.SCHEMA_VERSION.equals(JsonIn.name(parser))) {
      StrictDocuments.next(parser);
      JsonIn version =
          JsonIn.at(
              parser, JsonIn.field("$", CommunityJson.SCHEMA_VERSION), false, Refs.unchecked());
      int v = version.integer();
      if (v == migrations.current()) {
        return CommunityJson.community(root.resumed());
      }
      ObjectNode tree = JsonOut.object();
      tree.put(CommunityJson.SCHEMA_VERSION, v);
      StrictDocuments.next(parser);
      return community(documents.restOfObject(parser, tree), "$");
    }
    return community(documents.restOfObject(parser, JsonOut.object()), "$");
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
    return documents.pretty(RightsJson.accessReport(report));
  }

  /**
   * The erasure log as pretty-printed JSON: {@code {"erasures": [...]}}, in the order carried out.
   *
   * @param log the erasure log; must not be {@literal null}
   * @return the document, never {@literal null}
   */
  public String writeErasureLog(ErasureLog log) {
    Objects.requireNonNull(log, "log");
    return documents.pretty(RightsJson.erasureLog(log));
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
    return documents.readText(
        json, parser -> RightsJson.erasureLog(JsonIn.at(parser, "$", false, Refs.unchecked())));
  }
}
