package org.communityofpractice.core.table;

import java.io.IOException;
import java.util.List;

/**
 * Writes tables as JSON Lines: one JSON object per row, ended by LF, with the columns as keys in
 * column order. Text and dates are JSON strings, integers and decimals JSON numbers, booleans
 * {@code true}/{@code false}, missing cells {@code null}. Text is written exactly (no formula
 * guard: JSON is read by programs, not spreadsheets), with control characters, U+2028 and U+2029
 * escaped. Spark, DuckDB and pandas ({@code read_json(lines=True)}) read it as it is.
 *
 * <pre>{@code
 * String jsonl = JsonLinesWriter.create().write(table);
 * // {"session":"s-1","headcount":12,"share_new":0.25}
 * }</pre>
 *
 * <p>Users write through {@link TableFormat#JSON_LINES}.
 */
final class JsonLinesWriter implements TableWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final JsonLinesWriter INSTANCE = new JsonLinesWriter();

  private JsonLinesWriter() {}

  /** The writer; it has no settings. */
  public static JsonLinesWriter create() {
    return INSTANCE;
  }

  @Override
  public RowSink open(Schema schema, Appendable out) {
    return new CheckedSink(schema, out) {
      @Override
      void write(Object[] stored) throws IOException {
        List<Column> columns = schema.columns();
        out.append('{');
        for (int i = 0; i < stored.length; i++) {
          if (i > 0) {
            out.append(',');
          }
          string(columns.get(i).name(), out);
          out.append(':');
          Object value = stored[i];
          ColumnType type = columns.get(i).type();
          if (value == null) {
            out.append("null");
          } else if (type == ColumnType.INTEGER
              || type == ColumnType.DECIMAL
              || type == ColumnType.BOOLEAN) {
            out.append(Cells.text(type, value));
          } else {
            string(value.toString(), out);
          }
        }
        out.append("}\n");
      }
    };
  }

  /** Writes a JSON string literal. */
  static void string(String s, Appendable out) throws IOException {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        out.append('\\').append(ch);
      } else if (ch == '\n') {
        out.append("\\n");
      } else if (ch == '\r') {
        out.append("\\r");
      } else if (ch == '\t') {
        out.append("\\t");
      } else if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
        out.append("\\u")
            .append(HEX[(ch >> 12) & 0xF])
            .append(HEX[(ch >> 8) & 0xF])
            .append(HEX[(ch >> 4) & 0xF])
            .append(HEX[ch & 0xF]);
      } else {
        out.append(ch);
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return "JsonLinesWriter";
  }
}
