package org.communityofpractice.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that refuses a document of more than {@link ArchiveJson#MAX_VALUES} values. The
 * archive's own parser of bytes counts them itself (a {@link Counting} parser), which spares every
 * token and every question about it a call through this delegate; any other parser is wrapped.
 */
final class CountingParser extends JsonParserDelegate {
  /** What the refusal's message holds, for telling it from the parser's other limits. */
  static final String TOO_MANY = "too many values";

  /** A parser that counts its values and refuses too many as this one does. */
  interface Counting {}

  private int values;

  private CountingParser(JsonParser parser) {
    super(parser);
  }

  /** The parser, counting its values: itself when it counts them, else wrapped. */
  static JsonParser counting(JsonParser parser) {
    return parser instanceof Counting ? parser : new CountingParser(parser);
  }

  /** Whether the token is a value, which the count includes: a scalar, or an object or array. */
  static boolean isValue(JsonToken token) {
    return token != null && (token.isScalarValue() || token.isStructStart());
  }

  /** The refusal of a value beyond the limit. */
  static StreamConstraintsException tooMany() {
    return new StreamConstraintsException(TOO_MANY + ": more than " + ArchiveJson.MAX_VALUES);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (isValue(token) && ++values > ArchiveJson.MAX_VALUES) {
      throw tooMany();
    }
    return token;
  }

  // every token passes through nextToken, so none is missed by the count

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

  @Override
  public StreamReadConstraints streamReadConstraints() {
    return delegate.streamReadConstraints();
  }
}
