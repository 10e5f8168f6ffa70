package org.communityofpractice.core.table;

import java.io.IOException;
import java.util.Objects;

/** The row checks every sink shares: a whole row is checked before any of it is written. */
abstract class CheckedSink implements RowSink {
  final Schema schema;
  final Appendable out;
  private long rows;

  CheckedSink(Schema schema, Appendable out) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public final void row(Object... cells) throws IOException {
    write(Cells.row(schema, cells, rows));
    rows++;
  }

  @Override
  public final long rowCount() {
    return rows;
  }

  /**
   * Writes every row of a table of this sink's schema. Its cells were checked as the table was
   * built, so they are written as stored, without checking them again.
   */
  final void rows(Table table) throws IOException {
    Object[] stored = new Object[schema.width()];
    for (int r = 0; r < table.rowCount(); r++) {
      for (int c = 0; c < stored.length; c++) {
        stored[c] = table.value(r, c);
      }
      write(stored);
      rows++;
    }
  }

  /** Writes a checked row of stored values; the array is the caller's and is not kept. */
  abstract void write(Object[] stored) throws IOException;
}
