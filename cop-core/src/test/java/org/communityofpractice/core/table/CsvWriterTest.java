package org.communityofpractice.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  static List<List<String>> parse(String csv) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      return reader.stream().map(CsvRecord::getFields).collect(Collectors.toList());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void writesAHeaderAndOneCrlfEndedRecordPerRow() {
    String csv = CsvWriter.create().write(TableTest.example());
    assertThat(csv)
        .startsWith(
            "session,headcount,share,lived_experience_present,held_on,starts_at,conclusion\r\n")
        .endsWith("\r\n");
    assertThat(csv.split("\r\n", -1)).hasSize(4);
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    List<List<String>> records = parse(csv);
    assertThat(records).hasSize(3);
    assertThat(records.get(1))
        .containsExactly(
            "s-1", "12", "0.25", "true", "2016-03-03", "2016-03-03T10:00:00Z", "'=1+1");
    assertThat(records.get(2))
        .containsExactly("s-2", "9", "", "false", "2016-04-07", "2016-04-07T09:00:00Z", "");
  }

  @Test
  void quotesCommasQuotesAndLineBreaksSoAParserReadsThemBack() {
    Schema s = Schema.of("q", "q", Column.freeText("said", "said"), Column.text("id", "id"));
    String tricky = "We said \"no blame\", then\r\nwent on\nand on, ok";
    Table t =
        Table.builder(s)
            .addRow(tricky, "p-1")
            .addRow("", "p-2")
            .addRow("Café – naïve ✓", "p-3")
            .build();
    String csv = CsvWriter.create().write(t);
    assertThat(csv).contains("\"We said \"\"no blame\"\", then\r\nwent on\nand on, ok\"");
    assertThat(csv).contains("\"\",p-2");
    List<List<String>> records = parse(csv);
    assertThat(records.get(1)).containsExactly(tricky, "p-1");
    assertThat(records.get(2)).containsExactly("", "p-2");
    assertThat(records.get(3)).containsExactly("Café – naïve ✓", "p-3");
  }

  @Test
  void guardsEveryFormulaStartInFreeTextOnly() {
    Schema s =
        Schema.of(
            "g",
            "g",
            Column.freeText("said", "said"),
            Column.text("id", "id"),
            Column.integer("n", "n"));
    Table.Builder b = Table.builder(s);
    for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
      b.addRow(start + "HYPERLINK(\"http://x\")", "-a", -3);
    }
    b.addRow("fine = fine", "b", 4);
    List<List<String>> records = parse(CsvWriter.create().write(b.build()));
    for (int i = 1; i <= 6; i++) {
      assertThat(records.get(i).get(0)).startsWith("'").endsWith("HYPERLINK(\"http://x\")");
      assertThat(records.get(i).get(1)).isEqualTo("-a");
      assertThat(records.get(i).get(2)).isEqualTo("-3");
    }
    assertThat(records.get(7).get(0)).isEqualTo("fine = fine");
  }

  @Test
  void theGuardCanBeSwitchedOffForPipelines() {
    CsvWriter raw = CsvWriter.builder().guardFormulas(false).build();
    assertThat(raw.guardsFormulas()).isFalse();
    assertThat(CsvWriter.create().guardsFormulas()).isTrue();
    assertThat(parse(raw.write(TableTest.example())).get(1).get(6)).isEqualTo("=1+1");
  }

  @Test
  void theHeaderCanBeLeftOut() {
    String csv = CsvWriter.builder().header(false).build().write(TableTest.example());
    assertThat(parse(csv)).hasSize(2);
  }

  @Test
  void decimalsAreWrittenInPlainNotation() {
    Schema s = Schema.of("d", "d", Column.decimal("d", "d"));
    Table t = Table.builder(s).addRow(1e-7).addRow(12345678901.0).addRow(2.0).addRow(-0.0).build();
    List<List<String>> records = parse(CsvWriter.create().write(t));
    assertThat(records.subList(1, 5))
        .extracting(r -> r.get(0))
        .containsExactly("0.0000001", "12345678901.0", "2.0", "0.0");
  }

  @Test
  void writesUtf8WithoutAByteOrderMark() throws IOException {
    Schema s = Schema.of("u", "u", Column.freeText("said", "said"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvWriter.create().write(Table.builder(s).addRow("Stoke – café").build(), bytes);
    byte[] b = bytes.toByteArray();
    assertThat(b[0]).isEqualTo((byte) 's');
    assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("said\r\nStoke – café\r\n");
  }

  @Test
  void aStreamingSinkChecksEachRowBeforeWritingIt() throws IOException {
    StringBuilder out = new StringBuilder();
    RowSink sink = CsvWriter.create().open(TableTest.SCHEMA, out);
    assertThatThrownBy(() -> sink.row("s-1", 1.5, null, true, null, null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("rows[0].headcount");
    assertThat(out.toString())
        .isEqualTo(
            "session,headcount,share,lived_experience_present,held_on,starts_at,conclusion\r\n");
    assertThat(sink.rowCount()).isZero();
  }
}
