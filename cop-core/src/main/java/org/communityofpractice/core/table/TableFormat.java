package org.communityofpractice.core.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The text formats a {@link Table} is written in, for R, pandas, DuckDB, Spark or a spreadsheet.
 * Each writes the same rows and cells; they differ only in how text is spelt out.
 *
 * <pre>{@code
 * String csv = TableFormat.CSV.write(table);
 * try (OutputStream out = Files.newOutputStream(folder.resolve("attendance.jsonl"))) {
 *   TableFormat.JSON_LINES.write(table, out);
 * }
 * StringBuilder dictionary = new StringBuilder();
 * TableFormat.CSV.write(table.schema().dictionary(), dictionary); // the data dictionary
 * }</pre>
 */
public enum TableFormat {
  /**
   * RFC 4180 CSV with a header row, for spreadsheets: a header row of column names, then one record
   * per row, fields separated by commas and records ended by CRLF; a field holding a comma, a
   * double quote, CR or LF is quoted, with its quotes doubled. Missing cells are empty fields; an
   * empty text is written as {@code ""} so the two stay apart.
   *
   * <p><b>The formula-injection guard.</b> A spreadsheet opening a CSV file runs any cell that
   * starts with {@code =}, {@code +}, {@code -} or {@code @} (and, in some, a tab or CR) as a
   * formula — so a remark someone made in a session could become a command. A cell of a {@linkplain
   * Column#freeText() free-text column} that starts with one of those characters is written with a
   * leading apostrophe ({@code '=SUM(A1)}), which spreadsheets show as text. Ids, category names,
   * numbers and dates are never changed.
   */
  CSV("csv", CsvWriter.create()),

  /**
   * {@link #CSV} without the formula-injection guard, for a pipeline that reads the text exactly
   * (R, pandas, DuckDB), where the apostrophe would be noise. Never for a file a person may open in
   * a spreadsheet.
   */
  CSV_WITHOUT_FORMULA_GUARD("csv", CsvWriter.builder().guardFormulas(false).build()),

  /**
   * JSON Lines: one JSON object per row, ended by LF, with the columns as keys in column order.
   * Text and dates are JSON strings, integers and decimals JSON numbers, booleans {@code
   * true}/{@code false}, missing cells {@code null}. Text is written exactly (no formula guard:
   * JSON is read by programs, not spreadsheets), with control characters, U+2028 and U+2029
   * escaped. Spark, DuckDB and pandas ({@code read_json(lines=True)}) read it as it is.
   */
  JSON_LINES("jsonl", JsonLinesWriter.create());

  private final String extension;

  // the writers hold only their settings, fixed when built, and keep nothing between tables
  @SuppressWarnings("ImmutableEnumChecker")
  private final TableWriter writer;

  TableFormat(String extension, TableWriter writer) {
    this.extension = extension;
    this.writer = writer;
  }

  /**
   * {@return the file name extension of the format, without the dot: {@code csv} or {@code jsonl};
   * never {@literal null}}
   */
  public String extension() {
    return extension;
  }

  /**
   * {@return whether free-text cells are guarded against spreadsheet formula injection (only {@link
   * #CSV})}
   */
  public boolean guardsFormulas() {
    return this == CSV;
  }

  /**
   * Opens a sink for rows of a schema on a destination, writing whatever comes before the rows (the
   * CSV header), for rows too many to hold as a {@link Table}.
   *
   * @param schema must not be {@literal null}
   * @param out must not be {@literal null}; not closed by the sink
   * @return the sink, never {@literal null}
   * @throws IOException when the destination fails
   */
  public RowSink open(Schema schema, Appendable out) throws IOException {
    return writer.open(
        Objects.requireNonNull(schema, "schema"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes a whole table to a destination, which is not closed.
   *
   * @param table must not be {@literal null}
   * @param out must not be {@literal null}
   * @throws IOException when the destination fails
   */
  public void write(Table table, Appendable out) throws IOException {
    writer.write(Objects.requireNonNull(table, "table"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes a whole table as UTF-8 (no byte-order mark); the stream is flushed, not closed.
   *
   * @param table must not be {@literal null}
   * @param out must not be {@literal null}
   * @throws IOException when the stream fails
   */
  public void write(Table table, OutputStream out) throws IOException {
    writer.write(Objects.requireNonNull(table, "table"), out);
  }

  /**
   * The whole table as text.
   *
   * @param table must not be {@literal null}
   * @return the text, never {@literal null}
   */
  public String write(Table table) {
    return writer.write(Objects.requireNonNull(table, "table"));
  }
}
