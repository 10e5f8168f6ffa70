package org.communityofpractice.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

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
        Arbitraries.of(
            Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 0.1, 1.0 / 3));
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

  /**
   * One column of each type, all optional, as tidy tables have them: cells repeat down a column.
   */
  static final Schema LONG_FORMAT =
      Schema.of(
          "long_format",
          "long_format",
          Column.text("session", "session").optional(),
          Column.date("held_on", "held_on").optional(),
          Column.freeText("question", "question").optional(),
          Column.integer("rating", "rating").optional(),
          Column.decimal("share", "share").optional(),
          Column.bool("good_enough", "good_enough").optional(),
          Column.instant("at", "at").optional());

  /**
   * Rows drawn from a few values per column, missing ones included, so neighbouring rows often
   * repeat.
   */
  @Provide
  Arbitrary<List<Object[]>> repetitiveRows() {
    Arbitrary<Object[]> row =
        net.jqwik.api.Combinators.combine(
                Arbitraries.of("s-1", "s-2", new String("s-1"))
                    .injectNull(0.2), // equal, not always identical
                Arbitraries.of(LocalDate.of(2016, 3, 3), LocalDate.of(2016, 4, 7)).injectNull(0.2),
                Arbitraries.of("Where are we now?", "=cmd", "a, \"b\"", "").injectNull(0.2),
                Arbitraries.longs().between(0, 3).injectNull(0.2),
                Arbitraries.of(0.25, 0.5).injectNull(0.2),
                Arbitraries.of(true, false).injectNull(0.2),
                Arbitraries.of(Instant.parse("2016-03-03T10:00:00Z")).injectNull(0.2))
            .as((a, b, c, d, e, f, g) -> new Object[] {a, b, c, d, e, f, g});
    return row.list().ofMaxSize(60);
  }

  @Property(tries = 500)
  void everyCellOfManyRepeatingRowsReadsBackInItsPlace(
      @ForAll("repetitiveRows") List<Object[]> rows, @ForAll boolean guard) {
    Table.Builder b = Table.builder(LONG_FORMAT);
    rows.forEach(b::addRow);
    Table t = b.build();
    String csv = CsvWriter.builder().guardFormulas(guard).build().write(t);
    List<List<String>> records = CsvWriterTest.parse(csv);

    assertThat(records).hasSize(rows.size() + 1);
    assertThat(csv).as("as each row alone writes it").isEqualTo(rowByRow(rows, guard));
    for (int r = 0; r < rows.size(); r++) {
      List<String> expected = new ArrayList<>();
      for (int c = 0; c < LONG_FORMAT.width(); c++) {
        Object cell = rows.get(r)[c];
        String text = cell == null ? "" : cell.toString();
        expected.add(guard && c == 2 && cell != null ? CsvWriter.guardFormula(text) : text);
      }
      assertThat(records.get(r + 1))
          .as("row %d of %s", r, Arrays.deepToString(rows.toArray()))
          .isEqualTo(expected);
    }
  }

  /** The header, then each row written by a sink of its own, which has no earlier row to reuse. */
  private static String rowByRow(List<Object[]> rows, boolean guard) {
    CsvWriter writer = CsvWriter.builder().guardFormulas(guard).build();
    StringBuilder out = new StringBuilder();
    try {
      writer.open(LONG_FORMAT, out);
      CsvWriter rowsOnly = CsvWriter.builder().guardFormulas(guard).header(false).build();
      for (Object[] row : rows) {
        rowsOnly.open(LONG_FORMAT, out).row(row);
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  @Property(tries = 200)
  void aTableHoldsEveryCellAsAdded(
      @ForAll @Size(max = 2_100)
          List<@net.jqwik.api.constraints.IntRange(min = -3, max = 3) Integer> values) {
    Schema s =
        Schema.of(
            "held", "held", Column.integer("i", "i").optional(), Column.text("t", "t").optional());
    Table.Builder b = Table.builder(s);
    for (int i = 0; i < values.size(); i++) {
      Integer v = values.get(i);
      b.addRow(v == 0 ? null : v == 3 ? Long.MAX_VALUE - i : v, v < 0 ? null : "t" + v);
    }
    Table t = b.build();
    assertThat(t.rowCount()).isEqualTo(values.size());
    for (int i = 0; i < values.size(); i++) {
      Integer v = values.get(i);
      assertThat(t.value(i, 0)).isEqualTo(v == 0 ? null : v == 3 ? Long.MAX_VALUE - i : (long) v);
      assertThat(t.value(i, 1)).isEqualTo(v < 0 ? null : "t" + v);
    }
  }
}
