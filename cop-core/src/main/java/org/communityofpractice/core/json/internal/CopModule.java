package org.communityofpractice.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.communityofpractice.core.json.ArchiveFormatException;

/**
 * A Jackson {@code Module} that reads and writes cop's model values in the archive's JSON forms, so
 * they can sit inside documents of cop's own. Not exported: a Jackson type would tie cop's public
 * API to Jackson's.
 *
 * <pre>{@code
 * import com.fasterxml.jackson.databind.ObjectMapper;
 * import com.fasterxml.jackson.databind.json.JsonMapper;
 * import org.communityofpractice.core.people.PersonId;
 * import org.communityofpractice.core.scaling.Rating;
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CopModule()).build();
 * String json = mapper.writeValueAsString(Rating.by(PersonId.of("p-7kx2qd9m4tbz"), 7));
 * // {"value":7,"ratedBy":"p-7kx2qd9m4tbz"}
 * Rating back = mapper.readValue(json, Rating.class);
 * }</pre>
 *
 * <p>Every type of {@link JsonValues#valueTypes()} is registered, {@code Community} included (as
 * the whole archive document). Reading is as strict as the archive's: a bad value throws an {@link
 * ArchiveFormatException} (an {@code IOException}) whose path is the value's place in your
 * document. Jackson passes it on as it is from a property of your own type, but wraps it in a
 * {@code JsonMappingException} (its cause) when the value is an element of a collection. A JSON
 * {@code null} in your document is left to your mapper's handling of nulls, as for any other type.
 * The module does not configure your mapper's parser: for the archive's limits on untrusted input,
 * parse with {@link JsonValues#readTree(String)} and {@link JsonValues#decode} instead.
 */
public final class CopModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module; it holds no state and may be shared between mappers. */
  public CopModule() {
    super("cop", Version.unknownVersion());
    for (Class<?> type : JsonValues.valueTypes()) {
      register(type);
    }
  }

  private <T> void register(Class<T> type) {
    addSerializer(type, new Serializer<>(type));
    addDeserializer(type, new Deserializer<>(type));
  }

  private static final class Serializer<T> extends JsonSerializer<T> {
    private final Class<T> type;

    Serializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      JsonValues.encode(value).serialize(gen, serializers);
    }
  }

  private static final class Deserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;

    Deserializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      // at a START_OBJECT/START_ARRAY the parser has already entered the value's own context
      JsonToken token = p.currentToken();
      boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
      var context = container ? p.getParsingContext().getParent() : p.getParsingContext();
      String path = JsonValues.pathOf(context);
      JsonNode tree = ctxt.readTree(p);
      return JsonValues.decode(tree, type, path);
    }
  }
}
