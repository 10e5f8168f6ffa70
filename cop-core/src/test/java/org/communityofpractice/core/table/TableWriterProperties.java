package org.communityofpractice.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TableWriterProperties {
  static final Schema SCHEMA =
      Schema.of(
          "p",
          "p",
          Column.freeText("said", "said"),
          Column.decimal("d", "d"),
          Column.integer("i", "i"));

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("=+-@\t\r\n\",; 'aZ").ofMaxLength(12));
  }

  @Provide
  Arbitrary<Double> anyDecimal() {
    return Arbitraries.oneOf(
        Arbitraries.doubles(),
        Arbitraries.doubles().between(-1e12, 1e12),
        Arbitraries.of(Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 0.1, 1.0 / 3));
  }

  @Property(tries = 300)
  void csvReadsBackExactlyWithTheGuardOff(
      @ForAll("anyText") String said, @ForAll("anyDecimal") double d, @ForAll long i) {
    Table t = Table.builder(SCHEMA).addRow(said, d, i).build();
    List<List<String>> records =
        CsvWriterTest.parse(CsvWriter.builder().guardFormulas(false).build().write(t));
    assertThat(records).hasSize(2);
    assertThat(records.get(1).get(0)).isEqualTo(said);
    assertThat(Double.parseDouble(records.get(1).get(1))).isEqualTo(d == 0 ? 0.0 : d);
    assertThat(Long.parseLong(records.get(1).get(2))).isEqualTo(i);
  }

  @Property(tries = 300)
  void csvWithTheGuardNeverStartsAFreeTextCellAsAFormula(@ForAll("anyText") String said) {
    Table t = Table.builder(SCHEMA).addRow(said, 1.0, 1).build();
    String cell = CsvWriterTest.parse(CsvWriter.create().write(t)).get(1).get(0);
    assertThat(cell).isEqualTo(CsvWriter.guardFormula(said));
    if (!cell.isEmpty()) {
      assertThat("=+-@\t\r").doesNotContain(cell.substring(0, 1));
    }
    assertThat(cell.endsWith(said)).isTrue();
  }

  @Property(tries = 300)
  void jsonLinesReadBackExactly(
      @ForAll("anyText") String said, @ForAll("anyDecimal") double d, @ForAll long i) {
    Table t = Table.builder(SCHEMA).addRow(said, d, i).build();
    String jsonl = JsonLinesWriter.create().write(t);
    assertThat(jsonl.indexOf('\n')).isEqualTo(jsonl.length() - 1);
    var node = JsonLinesWriterTest.parse(jsonl).get(0);
    assertThat(node.get("said").asText()).isEqualTo(said);
    assertThat(Double.parseDouble(node.get("d").asText())).isEqualTo(d == 0 ? 0.0 : d);
    assertThat(node.get("i").asLong()).isEqualTo(i);
  }
}
