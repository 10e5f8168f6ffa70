package org.communityofpractice.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.ColumnType;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.ReportSamples;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRendererTest {
  private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

  @Test
  void ratingsAreInLongFormatOneRowPerRating() {
    SessionReport report = ReportSamples.session(ReportSamples.REALISTIC);
    List<NamedCsvRecord> rows = read(new CsvRenderer().render(report));
    int ratings = report.scaling().stream().mapToInt(ScalingResult::n).sum();
    assertThat(rows).hasSize(ratings).hasSize(6);
    assertThat(rows)
        .extracting(r -> r.getField("rating"))
        .containsExactly("4", "5", "6", "7", "7", "8");
    assertThat(rows)
        .extracting(r -> r.getField("at_or_above_good_enough"))
        .containsExactly("false", "false", "false", "true", "true", "true");
    assertThat(rows.get(0).getField("session_date")).isEqualTo("2016-03-03");
    assertThat(rows.get(0).getField("question_number")).isEqualTo("1");
  }

  @Test
  void everyTableHasItsSchemasColumnsTypesAndTheModelsRowCounts() {
    SeriesReport report = ReportSamples.series(ReportSamples.HOSTILE_TEXTS);
    CsvRenderer csv = new CsvRenderer();
    for (ReportTable table : ReportTable.values()) {
      List<NamedCsvRecord> rows = read(CsvRenderer.builder().table(table).build().render(report));
      assertThat(rows).as(table.name()).hasSize(expectedRows(report, table));
      assertThat(rows.get(0).getHeader())
          .containsExactlyElementsOf(table.schema().columns().stream().map(Column::name).toList());
      for (NamedCsvRecord row : rows) {
        for (Column c : table.schema().columns()) {
          assertParses(c, row.getField(c.name()));
        }
      }
      assertThat(csv.tables(report).get(table).rowCount()).isEqualTo(rows.size());
    }
  }

  @Test
  void attendanceKeepsSuppressedCountsApartFromShownOnes() {
    List<NamedCsvRecord> rows =
        read(
            CsvRenderer.builder()
                .table(ReportTable.ATTENDANCE)
                .build()
                .render(ReportSamples.session(ReportSamples.REALISTIC)));
    NamedCsvRecord commissioners =
        rows.stream()
            .filter(r -> r.getField("group").equals("COMMISSIONER"))
            .findFirst()
            .orElseThrow();
    assertThat(commissioners.getField("category")).isEqualTo("perspective");
    assertThat(commissioners.getField("count")).isEmpty();
    assertThat(commissioners.getField("fewer_than")).isEqualTo("5");
    assertThat(rows.get(0).getFieldsAsMap())
        .containsEntry("category", "attendees")
        .containsEntry("count", "23");
  }

  @Test
  void hostileFreeTextIsNeutralisedForSpreadsheetsAndKeptExactForPipelines() {
    SessionReport report = ReportSamples.session(ReportSamples.HOSTILE_TEXTS);
    List<NamedCsvRecord> guarded =
        read(CsvRenderer.builder().table(ReportTable.ACTIONS).build().render(report));
    assertThat(guarded).hasSize(report.actions().size());
    for (NamedCsvRecord row : guarded) {
      for (String column : List.of("text", "owners")) {
        String cell = row.getField(column);
        assertThat(cell.isEmpty() || !FORMULA_STARTS.contains(cell.charAt(0))).as(cell).isTrue();
      }
    }
    assertThat(guarded)
        .extracting(r -> r.getField("text"))
        .contains(
            "'=HYPERLINK(\"http://evil.example\",\"click\")",
            "'@SUM(A1:A9)",
            "'\tstarts with a tab",
            "\"quoted\", with, commas\nand a new line",
            "x".repeat(10_000));

    List<NamedCsvRecord> exact =
        read(
            CsvRenderer.builder()
                .guardFormulas(false)
                .table(ReportTable.ACTIONS)
                .build()
                .render(report));
    assertThat(exact)
        .extracting(r -> r.getField("text"))
        .containsExactlyElementsOf(ReportSamples.HOSTILE);
  }

  @Test
  void noFreeTextCellOfAnyTableStartsLikeAFormula() {
    SeriesReport report = ReportSamples.series(ReportSamples.HOSTILE_TEXTS);
    int checked = 0;
    for (ReportTable table : ReportTable.values()) {
      List<String> freeText =
          table.schema().columns().stream().filter(Column::freeText).map(Column::name).toList();
      for (NamedCsvRecord row : read(CsvRenderer.builder().table(table).build().render(report))) {
        for (String column : freeText) {
          String cell = row.getField(column);
          assertThat(cell.isEmpty() || !FORMULA_STARTS.contains(cell.charAt(0)))
              .as(table + "." + column)
              .isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void writesEveryTableAndItsDataDictionaryToAFolder(@TempDir Path dir) throws Exception {
    List<Path> files =
        new CsvRenderer().writeAll(ReportSamples.series(ReportSamples.REALISTIC), dir);
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "ratings.csv",
            "attendance.csv",
            "actions.csv",
            "ratings.dictionary.csv",
            "attendance.dictionary.csv",
            "actions.dictionary.csv");
    byte[] ratings = Files.readAllBytes(dir.resolve("ratings.csv"));
    assertThat(ratings[0]).isEqualTo((byte) 's'); // UTF-8 without a byte-order mark
    assertThat(new String(ratings, StandardCharsets.UTF_8)).contains("\r\n");
    assertThat(read(Files.readString(dir.resolve("actions.dictionary.csv"))))
        .hasSize(ReportTable.ACTIONS.schema().width());
  }

  @Test
  void declaresItsFormatAndGuardsByDefault() {
    CsvRenderer csv = new CsvRenderer();
    assertThat(csv.format()).isEqualTo("csv");
    assertThat(csv.mediaType()).startsWith("text/csv");
    assertThat(csv.guardsFormulas()).isTrue();
    assertThat(CsvRenderer.builder().guardFormulas(false).build().guardsFormulas()).isFalse();
  }

  private static int expectedRows(Report report, ReportTable table) {
    SeriesReport series = (SeriesReport) report;
    return switch (table) {
      case RATINGS ->
          series.sessions().stream()
              .flatMap(s -> s.scaling().stream())
              .mapToInt(ScalingResult::n)
              .sum();
      case ATTENDANCE ->
          series.sessions().stream()
              .mapToInt(
                  s ->
                      2
                          + s.representation().perspectives().size()
                          + s.representation().sectors().size())
              .sum();
      case ACTIONS -> series.progress().size();
    };
  }

  private static void assertParses(Column column, String cell) {
    if (cell.isEmpty()) {
      assertThat(column.missingAllowed() || column.type() == ColumnType.TEXT)
          .as(column.name())
          .isTrue();
      return;
    }
    switch (column.type()) {
      case INTEGER -> Long.parseLong(cell);
      case DECIMAL -> Double.parseDouble(cell);
      case BOOLEAN -> assertThat(cell).isIn("true", "false");
      case DATE -> LocalDate.parse(cell);
      default -> {}
    }
  }

  static List<NamedCsvRecord> read(String csv) {
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
      return reader.stream().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
