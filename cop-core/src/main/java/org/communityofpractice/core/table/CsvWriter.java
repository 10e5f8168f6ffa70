package org.communityofpractice.core.table;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Writes tables as RFC 4180 CSV: a header row of column names, then one record per row; fields
 * separated by commas, records ended by CRLF; a field holding a comma, a double quote, CR or LF is
 * quoted, with its quotes doubled. Missing cells are empty fields; an empty text is written as
 * {@code ""} so the two stay apart. Written as UTF-8 without a byte-order mark when given a stream.
 *
 * <p><b>The formula-injection guard.</b> A spreadsheet opening a CSV file runs any cell that starts
 * with {@code =}, {@code +}, {@code -} or {@code @} (and, in some, a tab or CR) as a formula — so a
 * remark someone made in a session could become a command. With the guard on, a cell of a
 * {@linkplain Column#freeText() free-text column} that starts with one of those characters is
 * written with a leading apostrophe ({@code '=SUM(A1)}), which spreadsheets show as text. Ids,
 * category names, numbers and dates are never changed. The guard is <em>on</em> by default, since
 * these tables are opened in spreadsheets; turn it off for a pipeline that reads the text exactly
 * (R, pandas, DuckDB), where the apostrophe would be noise:
 *
 * <pre>{@code
 * String forSpreadsheets = CsvWriter.create().write(table);
 * String forPipelines = CsvWriter.builder().guardFormulas(false).build().write(table);
 * }</pre>
 *
 * <p>Users write through {@link TableFormat#CSV} and {@link TableFormat#CSV_WITHOUT_FORMULA_GUARD}.
 */
final class CsvWriter implements TableWriter {
  /** The characters that make a spreadsheet treat a cell as a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final boolean guardFormulas;
  private final boolean header;

  private CsvWriter(Builder builder) {
    this.guardFormulas = builder.guardFormulas;
    this.header = builder.header;
  }

  /** A writer with the header row and the formula-injection guard on. */
  public static CsvWriter create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether free-text cells are guarded against formula injection. */
  public boolean guardsFormulas() {
    return guardFormulas;
  }

  /**
   * A cell as a spreadsheet should receive it: with a leading apostrophe when it starts with a
   * character that would make it a formula, unchanged otherwise. Other CSV writers (such as the
   * report module's) use this so the guard has one definition.
   *
   * @param cell must not be {@literal null}
   * @return the guarded cell, never {@literal null}
   */
  public static String guardFormula(String cell) {
    return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /**
   * A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote, CR
   * or LF, or is empty; unchanged otherwise.
   */
  public static String quote(String field) {
    boolean needs = field.isEmpty();
    for (int i = 0; i < field.length() && !needs; i++) {
      char ch = field.charAt(i);
      needs = ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  @Override
  public RowSink open(Schema schema, Appendable out) throws IOException {
    List<Column> columns = schema.columns();
    ColumnType[] types = new ColumnType[columns.size()];
    boolean[] guarded = new boolean[columns.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = columns.get(i).type();
      guarded[i] = guardFormulas && columns.get(i).freeText();
    }
    CheckedSink sink =
        new CheckedSink(schema, out) {
          // Tidy tables repeat cells down a column (the session, the question), so each column
          // keeps its last value and how it was written, with the separator that follows it; and
          // the leading columns a run of rows shares are written as one piece.
          final Object[] lastValue = new Object[types.length];
          final String[] lastField = new String[types.length];
          final String[] separator = new String[types.length];
          String prefix = "";
          int prefixColumns;

          {
            Arrays.fill(separator, ",");
            separator[types.length - 1] = "\r\n";
            System.arraycopy(
                separator, 0, lastField, 0, types.length); // as a missing cell is written
          }

          @Override
          void write(Object[] stored) throws IOException {
            int same = stored.length;
            for (int i = 0; i < stored.length; i++) {
              Object value = stored[i];
              boolean repeated =
                  value == lastValue[i]
                      || (value != null
                          && types[i] != ColumnType.TEXT
                          && value.equals(lastValue[i]));
              if (!repeated) {
                lastValue[i] = value;
                lastField[i] = value == null ? separator[i] : field(i, value) + separator[i];
                same = Math.min(same, i);
              }
            }
            // shorten the prefix when it no longer holds; lengthen it when that saves two pieces or
            // more, short of the last column, so that rows alike but for the last cells keep it
            same = Math.min(same, stored.length - 1);
            if (same < prefixColumns || same > prefixColumns + 1) {
              prefixColumns = same;
              prefix = same == 0 ? "" : String.join("", Arrays.asList(lastField).subList(0, same));
            }
            out.append(prefix);
            for (int i = prefixColumns; i < stored.length; i++) {
              out.append(lastField[i]);
            }
          }

          private String field(int i, Object value) {
            String text = Cells.text(types[i], value);
            if (types[i] != ColumnType.TEXT) {
              return text; // numbers, booleans, dates and instants hold nothing to quote
            }
            return quote(guarded[i] ? guardFormula(text) : text);
          }
        };
    if (header) {
      for (int i = 0; i < columns.size(); i++) {
        out.append(i > 0 ? "," : "").append(quote(columns.get(i).name()));
      }
      out.append("\r\n");
    }
    return sink;
  }

  @Override
  public String toString() {
    return "CsvWriter{guardFormulas=" + guardFormulas + ", header=" + header + "}";
  }

  /** Configures a {@link CsvWriter}. */
  static final class Builder {
    private boolean guardFormulas = true;
    private boolean header = true;

    private Builder() {}

    /** Whether to guard free-text cells against formula injection; on by default. */
    public Builder guardFormulas(boolean on) {
      this.guardFormulas = on;
      return this;
    }

    /** Whether to write the header row of column names; on by default. */
    public Builder header(boolean on) {
      this.header = on;
      return this;
    }

    public CsvWriter build() {
      return new CsvWriter(this);
    }
  }
}
