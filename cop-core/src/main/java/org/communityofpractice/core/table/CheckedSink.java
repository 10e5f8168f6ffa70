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

  /** Writes a checked row of stored values. */
  abstract void write(Object[] stored) throws IOException;
}
