package org.communityofpractice.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/** A parser that refuses a document of more than {@link ArchiveJson#MAX_VALUES} values. */
final class CountingParser extends JsonParserDelegate {
  /** What the refusal's message holds, for telling it from the parser's other limits. */
  static final String TOO_MANY = "too many values";

  private int values;

  CountingParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token != null
        && (token.isScalarValue() || token.isStructStart())
        && ++values > ArchiveJson.MAX_VALUES) {
      throw new StreamConstraintsException(TOO_MANY + ": more than " + ArchiveJson.MAX_VALUES);
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
