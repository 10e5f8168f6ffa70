package org.communityofpractice.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesWriterTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> parse(String jsonl) {
    List<JsonNode> nodes = new ArrayList<>();
    try {
      for (String line : jsonl.split("\n")) {
        nodes.add(JSON.readTree(line));
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return nodes;
  }

  @Test
  void writesOneTypedObjectPerLineWithColumnsInOrder() throws Exception {
    String jsonl = JsonLinesWriter.create().write(TableTest.example());
    assertThat(jsonl).endsWith("\n");
    assertThat(jsonl.split("\n")).hasSize(2);
    List<JsonNode> rows = parse(jsonl);
    JsonNode first = rows.get(0);
    List<String> keys = new ArrayList<>();
    Iterator<String> names = first.fieldNames();
    names.forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "session",
            "headcount",
            "share",
            "lived_experience_present",
            "held_on",
            "starts_at",
            "conclusion");
    assertThat(first.get("headcount").isIntegralNumber()).isTrue();
    assertThat(first.get("headcount").asLong()).isEqualTo(12);
    assertThat(first.get("share").isFloatingPointNumber()).isTrue();
    assertThat(first.get("share").asDouble()).isEqualTo(0.25);
    assertThat(first.get("lived_experience_present").isBoolean()).isTrue();
    assertThat(first.get("held_on").asText()).isEqualTo("2016-03-03");
    assertThat(first.get("starts_at").asText()).isEqualTo("2016-03-03T10:00:00Z");
    assertThat(first.get("conclusion").asText()).isEqualTo("=1+1"); // no guard in JSON
    assertThat(rows.get(1).get("share").isNull()).isTrue();
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    Schema s = Schema.of("e", "e", Column.freeText("said", "said"));
    String tricky =
        "a \"quote\", a \\ backslash\n\r\t\u0001\u001f \u2028\u2029 café ✓ \uD83D\uDE00";
    String jsonl = JsonLinesWriter.create().write(Table.builder(s).addRow(tricky).build());
    assertThat(jsonl.split("\n")).hasSize(1);
    assertThat(jsonl).contains("\\u0001").contains("\\u2028").doesNotContain("\u2028");
    assertThat(parse(jsonl).get(0).get("said").asText()).isEqualTo(tricky);
  }
}
