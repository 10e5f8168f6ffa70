package org.communityofpractice.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.HashSet;
import java.util.Set;

/**
 * Jackson's factory, whose parsers of text tell a repeated field name exactly as Jackson's own
 * {@code STRICT_DUPLICATE_DETECTION} does — the same exception, message and location, at the same
 * token — but without a hash set for every object of more than two fields, which was a twelfth of
 * reading an archive. So do its parsers of bytes {@linkplain #utf8Parser known to be UTF-8}. A
 * parser it makes otherwise (from bytes in UTF-16 or UTF-32) detects duplicates as Jackson does.
 */
final class StrictJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  StrictJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private StrictJsonFactory(StrictJsonFactory source, ObjectCodec codec) {
    super(source, codec);
  }

  @Override
  public JsonFactory copy() {
    _checkInvalidCopy(StrictJsonFactory.class);
    return new StrictJsonFactory(this, null);
  }

  @Override
  protected JsonParser _createParser(Reader r, IOContext ctxt) {
    CharsToNameCanonicalizer names = _rootCharSymbols.makeChild();
    return StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature().enabledIn(_parserFeatures)
        ? new NamesChecked(ctxt, _parserFeatures, r, _objectCodec, names)
        : new ReaderBasedJsonParser(ctxt, _parserFeatures, r, _objectCodec, names);
  }

  /**
   * A parser of bytes that are UTF-8 with no byte-order mark, such as a {@link StrictUtf8Input}
   * hands out: Jackson's parser of bytes, which reads them faster than a parser of the characters
   * decoded from them, as {@link #createParser(InputStream)} would make it for UTF-8.
   */
  JsonParser utf8Parser(InputStream in) throws IOException {
    IOContext ctxt = _createContext(_createContentReference(in), false);
    ByteQuadsCanonicalizer names = _byteSymbolCanonicalizer.makeChild(_factoryFeatures);
    InputStream bytes = _decorate(in, ctxt);
    return StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature().enabledIn(_parserFeatures)
        ? new BytesNamesChecked(ctxt, _parserFeatures, bytes, _objectCodec, names)
        : new UTF8StreamJsonParser(
            ctxt,
            _parserFeatures,
            bytes,
            _objectCodec,
            names,
            ctxt.allocReadIOBuffer(),
            0,
            0,
            0,
            true);
  }

  /**
   * A parser of UTF-8 bytes whose contexts are {@link FieldNames}, and which counts its values as a
   * {@link CountingParser} around it would, so the reader's every question to the parser goes to it
   * directly. Every way to the next token goes through {@link #nextToken()}, as through the
   * delegate.
   */
  private static final class BytesNamesChecked extends UTF8StreamJsonParser
      implements CountingParser.Counting {
    private int values;

    BytesNamesChecked(
        IOContext ctxt,
        int features,
        InputStream in,
        ObjectCodec codec,
        ByteQuadsCanonicalizer names) {
      super(ctxt, features, in, codec, names, ctxt.allocReadIOBuffer(), 0, 0, 0, true);
      _parsingContext = FieldNames.root(this);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (CountingParser.isValue(token) && ++values > ArchiveJson.MAX_VALUES) {
        throw CountingParser.tooMany();
      }
      return token;
    }

    @Override
    public String nextFieldName() throws IOException {
      return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
      return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
      return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
      JsonToken token = nextToken();
      return token == JsonToken.VALUE_TRUE
          ? Boolean.TRUE
          : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }
  }

  /** A parser of text whose contexts are {@link FieldNames}. */
  private static final class NamesChecked extends ReaderBasedJsonParser {
    NamesChecked(
        IOContext ctxt, int features, Reader r, ObjectCodec codec, CharsToNameCanonicalizer names) {
      super(ctxt, features, r, codec, names);
      _parsingContext = FieldNames.root(this);
    }
  }

  /**
   * The context of one object or array (or the root), as Jackson's, holding the names of the
   * object's fields so far: a few in an array looked through, more in a set kept for the next
   * object at the same depth. Jackson reuses a context for each object at its depth.
   */
  static final class FieldNames extends JsonReadContext {
    /**
     * The names looked through one by one, by their hashes, before a set is used; cop's objects
     * have 2 to 26 fields, and a set emptied and filled again for each session was slower.
     */
    private static final int FEW = 32;

    private final JsonParser parser;
    private final String[] few = new String[FEW];
    private final int[] hashes = new int[FEW];
    private int count;
    private Set<String> many;

    private FieldNames(
        FieldNames parent, int depth, int type, int lineNr, int colNr, JsonParser parser) {
      super(parent, depth, null, type, lineNr, colNr);
      this.parser = parser;
    }

    /** The root context, as Jackson's {@code createRootContext} makes it. */
    static FieldNames root(JsonParser parser) {
      return new FieldNames(null, 0, TYPE_ROOT, 1, 0, parser);
    }

    @Override
    public JsonReadContext createChildArrayContext(int lineNr, int colNr) {
      return child(TYPE_ARRAY, lineNr, colNr);
    }

    @Override
    public JsonReadContext createChildObjectContext(int lineNr, int colNr) {
      return child(TYPE_OBJECT, lineNr, colNr);
    }

    private JsonReadContext child(int type, int lineNr, int colNr) {
      if (_child == null) {
        _child = new FieldNames(this, _nestingDepth + 1, type, lineNr, colNr, parser);
      } else {
        _child.reset(type, lineNr, colNr);
      }
      return _child;
    }

    @Override
    public void reset(int type, int lineNr, int colNr) {
      super.reset(type, lineNr, colNr);
      count = 0;
      if (many != null) {
        many.clear();
      }
    }

    @Override
    public void setCurrentName(String name) throws JsonProcessingException {
      super.setCurrentName(name);
      if (repeats(name)) {
        // as Jackson's DupDetector reports it, so the reader's errors stay the same
        throw new JsonParseException(parser, "Duplicate field '" + name + "'");
      }
    }

    /** Whether the object had the name already; notes it if not. */
    @SuppressWarnings(
        "ReferenceEquality") // the parser's names are interned: identity first, then equals
    private boolean repeats(String name) {
      if (count < FEW) {
        int hash = name.hashCode();
        for (int i = 0; i < count; i++) {
          if (hashes[i] == hash && (few[i] == name || few[i].equals(name))) {
            return true;
          }
        }
        hashes[count] = hash;
        few[count++] = name;
        return false;
      }
      if (many == null) {
        many = new HashSet<>();
      }
      if (many.isEmpty()) {
        for (String n : few) {
          many.add(n);
        }
      }
      count++;
      return !many.add(name);
    }
  }
}
