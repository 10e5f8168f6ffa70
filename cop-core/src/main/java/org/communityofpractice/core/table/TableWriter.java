package org.communityofpractice.core.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes tables in one text format; implemented by {@link CsvWriter} and {@link JsonLinesWriter}.
 * Writers are immutable and thread-safe. Each {@link TableFormat} holds one.
 */
interface TableWriter {
  /**
   * Opens a sink for rows of a schema on a destination, writing whatever comes before the rows.
   *
   * @param schema must not be {@literal null}
   * @param out must not be {@literal null}; not closed by the writer
   * @return the sink, never {@literal null}
   * @throws IOException when the destination fails
   */
  RowSink open(Schema schema, Appendable out) throws IOException;

  /** Writes a whole table to a destination, which is not closed. */
  default void write(Table table, Appendable out) throws IOException {
    RowSink sink = open(table.schema(), out);
    if (sink instanceof CheckedSink checked) {
      checked.rows(table);
      return;
    }
    for (int i = 0; i < table.rowCount(); i++) {
      sink.row(table.row(i).values().toArray());
    }
  }

  /** Writes a whole table as UTF-8 (no byte-order mark); the stream is flushed, not closed. */
  default void write(Table table, OutputStream out) throws IOException {
    Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
    write(table, writer);
    writer.flush();
  }

  /** The whole table as text. */
  default String write(Table table) {
    StringBuilder text = new StringBuilder();
    try {
      write(table, text);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return text.toString();
  }
}
