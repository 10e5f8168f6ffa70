package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The archive's parser tells a repeated field name exactly as Jackson's own duplicate detection
 * does: the same tokens up to the same exception, with the same message at the same line and
 * column, in objects of few fields and of many, at every depth, with names escaped or not, whether
 * it parses text or UTF-8 bytes.
 */
class StrictJsonFactoryProperties {
  private static final JsonFactory JACKSON =
      new JsonFactoryBuilder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonFactory STRICT =
      new StrictJsonFactory(
          new JsonFactoryBuilder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));

  @FunctionalInterface
  private interface Opener {
    JsonParser open() throws IOException;
  }

  /** What a parser made of the text: each token with its name, and how it ended. */
  private static List<String> tokens(JsonFactory factory, String json) throws IOException {
    return tokens(() -> factory.createParser(new StringReader(json)));
  }

  private static List<String> tokens(Opener opener) throws IOException {
    List<String> seen = new ArrayList<>();
    try (JsonParser parser = opener.open()) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        seen.add(
            t + " " + parser.currentName() + " " + parser.getParsingContext().getNestingDepth());
      }
      seen.add("end");
    } catch (JsonProcessingException e) {
      seen.add(
          e.getOriginalMessage()
              + " at "
              + e.getLocation().getLineNr()
              + ":"
              + e.getLocation().getColumnNr());
    }
    return seen;
  }

  @Property(tries = 1000)
  void aRepeatedNameIsToldAsJacksonTellsIt(@ForAll("documents") String json) throws IOException {
    assertThat(tokens(STRICT, json)).isEqualTo(tokens(JACKSON, json));
  }

  @Property(tries = 1000)
  void aRepeatedNameIsToldAsJacksonTellsItInUtf8Bytes(@ForAll("documents") String json)
      throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(
            tokens(() -> ((StrictJsonFactory) STRICT).utf8Parser(new ByteArrayInputStream(bytes))))
        .isEqualTo(tokens(() -> JACKSON.createParser(new ByteArrayInputStream(bytes))));
  }

  @Example
  void theArchivesParsersAreTheOnesThatTellNamesThemselves() throws IOException {
    try (JsonParser parser = STRICT.createParser(new StringReader("{\"a\": 1, \"a\": 2}"))) {
      assertThat(parser.getParsingContext()).isInstanceOf(StrictJsonFactory.FieldNames.class);
    }
    byte[] bytes = "{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8);
    try (JsonParser parser =
        ((StrictJsonFactory) STRICT).utf8Parser(new ByteArrayInputStream(bytes))) {
      assertThat(parser.getParsingContext()).isInstanceOf(StrictJsonFactory.FieldNames.class);
    }
    String escapedRepeat = "{\"a\": 1, \"b\": {\"a\": 2}, \"\\u0061\": 3}";
    assertThat(tokens(STRICT, escapedRepeat))
        .isEqualTo(tokens(JACKSON, escapedRepeat))
        .last()
        .asString()
        .startsWith("Duplicate field 'a' at 1:");
    // more names than are looked through one by one: a repeat is found in the set after them
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      many.append("\"n").append(i).append("\": ").append(i).append(", ");
    }
    String repeatAfterMany = many + "\"n7\": 1}";
    assertThat(tokens(STRICT, repeatAfterMany))
        .isEqualTo(tokens(JACKSON, repeatAfterMany))
        .last()
        .asString()
        .startsWith("Duplicate field 'n7' at 1:");
    String noRepeat = many + "\"n40\": 1}";
    assertThat(tokens(STRICT, noRepeat))
        .isEqualTo(tokens(JACKSON, noRepeat))
        .last()
        .isEqualTo("end");
  }

  @Provide
  Arbitrary<String> documents() {
    return value(3);
  }

  private static Arbitrary<String> value(int depth) {
    Arbitrary<String> scalar = Arbitraries.of("1", "\"x\"", "true", "null", "[]", "{}");
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> inner = Arbitraries.lazy(() -> value(depth - 1));
    // names from a small set, so that objects of up to twenty fields (the outermost; ten inside)
    // repeat one now and then
    Arbitrary<String> name =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofLength(1)),
            Tuple.of(4, Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofLength(2)),
            Tuple.of(1, Arbitraries.of("\\u0061", "a\\nb", "\\\"")));
    Arbitrary<String> field = Combinators.combine(name, inner).as((n, v) -> "\"" + n + "\": " + v);
    Arbitrary<String> object =
        field
            .list()
            .ofMaxSize(depth == 3 ? 20 : 10)
            .map(fields -> "{" + String.join(", ", fields) + "}");
    Arbitrary<String> array =
        inner.list().ofMaxSize(3).map(values -> "[" + String.join(",\n", values) + "]");
    return Arbitraries.frequencyOf(Tuple.of(1, scalar), Tuple.of(4, object), Tuple.of(1, array));
  }
}
