package org.communityofpractice.core.table;

import java.io.IOException;

/**
 * Receives rows of one {@link Schema} and writes them straight out, for exports too large to hold
 * as a {@link Table}. Each row is checked against the schema exactly as {@link Table.Builder} does.
 *
 * <pre>{@code
 * Writer writer = new StringWriter();
 * RowSink sink = TableFormat.CSV.open(schema, writer); // writes the header
 * sink.row("s-1", 12, 0.25);
 * sink.row("s-2", 9, null);
 * }</pre>
 *
 * <p>Implement it to take rows somewhere else as they come, such as a database's bulk loader; a
 * {@link Table.Builder} takes rows in the same way.
 */
public interface RowSink {
  /**
   * Writes one row: one cell per column, in column order. The array is read, not kept, so a caller
   * may fill it again, or pass it again, for the next row.
   *
   * @param cells one cell per column, in column order; missing cells as {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming the cell when the
   *     row does not fit the schema; nothing of that row is written
   * @throws IOException when the destination fails
   */
  void row(Object... cells) throws IOException;

  /** {@return how many rows were written so far} */
  long rowCount();
}
