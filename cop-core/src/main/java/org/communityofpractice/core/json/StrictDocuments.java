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
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityofpractice.core.json.ArchiveFormatException.Kind;

/**
 * How cop's JSON documents are parsed and printed: under the archive's limits ({@link
 * ArchiveJson#MAX_NESTING_DEPTH} and its neighbours), with strict UTF-8 and no repeated field or
 * trailing content, every parser failure turned into an {@link ArchiveFormatException} at its JSON
 * path and position; and printed pretty or as one line. The archive, the erasure log and the
 * journal's lines all go through it; what a document means is the codecs' business.
 */
final class StrictDocuments {
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate (?:Object property|field) \"?'?([^\"']*)");

  private final StrictJsonFactory factory;

  /**
   * Jackson's databind, made on first use: reading an archive streams through {@link #factory}
   * alone, and making an object mapper costs a command-line start about a tenth of its time.
   */
  private volatile Databind databind;

  /** Trees read and written, under the factory's limits. */
  private record Databind(ObjectMapper mapper, ObjectWriter pretty, ObjectWriter compact) {}

  StrictDocuments() {
    this.factory =
        new StrictJsonFactory(
            new JsonFactoryBuilder()
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(ArchiveJson.MAX_NESTING_DEPTH)
                        .maxStringLength(ArchiveJson.MAX_STRING_LENGTH)
                        .maxNameLength(ArchiveJson.MAX_NAME_LENGTH)
                        .maxNumberLength(ArchiveJson.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(ArchiveJson.MAX_DOCUMENT_LENGTH)
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

  /** A parser of JSON text under the limits; the reader is not closed. */
  JsonParser parser(Reader in) throws IOException {
    return factory.createParser(in);
  }

  /**
   * A parser that takes only well-formed text: UTF-8 is checked by a {@link StrictUtf8Input}, which
   * reports, rather than replaces or reinterprets, an overlong form, a surrogate, a code point
   * above U+10FFFF or a truncated sequence — Jackson's own UTF-8 reader let an overlong {@code <}
   * through as {@code <} — and then parsed as bytes. A document with a UTF-16 or UTF-32 byte-order
   * mark is left to Jackson.
   */
  JsonParser strictParser(InputStream in) throws IOException {
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

  /** A tree as one line of JSON with no line break in it, for JSON Lines. */
  String writeLine(JsonNode tree) {
    try {
      return databind().compact().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  /**
   * The fields of the object the parser is in, from the one it stands on, added to {@code tree}.
   */
  ObjectNode restOfObject(JsonParser parser, ObjectNode tree) {
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

  static JsonToken next(JsonParser parser) {
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

  @FunctionalInterface
  interface ParserSource {
    JsonParser open() throws IOException;
  }

  /** Reads one whole document's value from a parser standing on its first token. */
  @FunctionalInterface
  interface DocumentReader<T> {
    T read(JsonParser parser) throws ArchiveFormatException;
  }

  <T> T readText(String json, DocumentReader<T> reader) throws ArchiveFormatException {
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

  JsonNode readTree(String json) throws ArchiveFormatException {
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
  <T> T read(ParserSource source, DocumentReader<T> reader) throws IOException {
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
      expectation = "must be part of a document of at most " + ArchiveJson.MAX_VALUES + " values";
    } else if (message.contains("nesting")) {
      expectation = "must be nested at most " + ArchiveJson.MAX_NESTING_DEPTH + " levels deep";
    } else if (message.contains("document")) {
      expectation =
          "must be part of a document of at most " + ArchiveJson.MAX_DOCUMENT_LENGTH + " bytes";
    } else if (message.contains("name")) {
      expectation = "must have a name of at most " + ArchiveJson.MAX_NAME_LENGTH + " characters";
    } else if (message.contains("number")) {
      expectation = "must be a number of at most " + ArchiveJson.MAX_NUMBER_LENGTH + " characters";
    } else if (message.contains("string")) {
      expectation = "must be a string of at most " + ArchiveJson.MAX_STRING_LENGTH + " characters";
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
