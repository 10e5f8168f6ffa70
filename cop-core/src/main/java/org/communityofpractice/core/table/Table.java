package org.communityofpractice.core.table;

import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A tidy table: a {@link Schema} of named, typed, documented columns and one row per observation,
 * every row checked against the columns as it is added. Tables are immutable and thread-safe once
 * built. Cells are stored by column in chunked primitive arrays, so a table of millions of rows
 * stays small; past its first 1,024 rows a column grows without being copied (an integer column
 * that meets its first value beyond {@code int} is widened once).
 *
 * <pre>{@code
 * Schema schema = Schema.of("attendance", "One row per session",
 *     Column.text("session", "The session's id"),
 *     Column.integer("headcount", "How many were in the room"),
 *     Column.decimal("share_new", "Share of the room at their first session").optional());
 * Table table = Table.builder(schema)
 *     .addRow("s-1", 12, 0.25)
 *     .addRow("s-2", 9, null)
 *     .build();
 * table.row(0).integer("headcount"); // 12
 * String csv = TableFormat.CSV.write(table);
 * String jsonl = TableFormat.JSON_LINES.write(table);
 * }</pre>
 */
public final class Table {
  private final Schema schema;
  private final int rows;
  private final Store[] columns;

  private Table(Schema schema, int rows, Store[] columns) {
    this.schema = schema;
    this.rows = rows;
    this.columns = columns;
  }

  /**
   * A builder for a table of this schema.
   *
   * @param schema the schema; must not be {@literal null}
   * @return the builder, with no rows; never {@literal null}
   */
  public static Builder builder(Schema schema) {
    return new Builder(Objects.requireNonNull(schema, "schema"));
  }

  /** {@return the table's schema, never {@literal null}} */
  public Schema schema() {
    return schema;
  }

  /** {@return the table's name, its schema's; never {@literal null}} */
  public String name() {
    return schema.name();
  }

  /** {@return the columns in order, its schema's; never {@literal null}} */
  public List<Column> columns() {
    return schema.columns();
  }

  /** {@return the number of rows} */
  public int rowCount() {
    return rows;
  }

  /**
   * The stored value of a cell: see {@link ColumnType} for its Java type; {@code null} when
   * missing.
   *
   * @param row the row's position, from 0
   * @param column the column's position, from 0
   * @return the value, or {@literal null} when missing
   * @throws IndexOutOfBoundsException when there is no such row or column
   */
  public Object value(int row, int column) {
    Objects.checkIndex(row, rows);
    return columns[Objects.checkIndex(column, columns.length)].get(row);
  }

  /**
   * One row, as a view.
   *
   * @param row the row's position, from 0
   * @return the row, never {@literal null}
   * @throws IndexOutOfBoundsException when there is no such row
   */
  public Row row(int row) {
    Objects.checkIndex(row, rows);
    return new Row(this, row);
  }

  /** {@return every row in order, as views; unmodifiable, never {@literal null}} */
  public List<Row> rows() {
    return new AbstractList<>() {
      @Override
      public Row get(int index) {
        return row(index);
      }

      @Override
      public int size() {
        return rows;
      }
    };
  }

  /**
   * The values of one column, top to bottom.
   *
   * @param name the column's name; must not be {@literal null}
   * @return the values, missing cells as {@literal null}; unmodifiable, never {@literal null}
   * @throws IllegalArgumentException naming the column when the table has none of that name
   */
  public List<Object> column(String name) {
    Store store = columns[schema.require(name)];
    return new AbstractList<>() {
      @Override
      public Object get(int index) {
        return store.get(Objects.checkIndex(index, rows));
      }

      @Override
      public int size() {
        return rows;
      }
    };
  }

  @Override
  public String toString() {
    return "Table{" + schema.name() + ", columns=" + schema.width() + ", rows=" + rows + "}";
  }

  /**
   * Builds a {@link Table} row by row. Each row is checked against the schema when added: one cell
   * per column, of the column's type, present unless the column is optional. A failure names the
   * cell ({@code rows[3].median}) and never shows a text value.
   */
  public static final class Builder {
    private final Schema schema;
    private final Store[] columns;
    private int rows;
    private boolean built;

    private Builder(Schema schema) {
      this.schema = schema;
      this.columns = new Store[schema.width()];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = Store.of(schema.columns().get(i).type());
      }
    }

    /**
     * Adds a row: one cell per column, in column order.
     *
     * @param cells one cell per column, each of the column type's Java type (see {@link
     *     ColumnType}), {@literal null} for a missing cell; must not be {@literal null}
     * @return this builder, never {@literal null}
     * @throws org.communityofpractice.core.validation.InvalidValueException naming the cell when
     *     the row does not fit the schema
     * @throws IllegalStateException after {@link #build()}
     */
    public Builder addRow(Object... cells) {
      if (built) {
        throw new IllegalStateException("table '" + schema.name() + "' is already built");
      }
      Object[] stored = Cells.row(schema, cells, rows);
      for (int i = 0; i < cells.length; i++) {
        columns[i].add(stored[i]);
      }
      rows++;
      return this;
    }

    /**
     * Adds a row given as a list; see {@link #addRow(Object...)}.
     *
     * @param cells one cell per column; must not be {@literal null}
     * @return this builder, never {@literal null}
     * @throws org.communityofpractice.core.validation.InvalidValueException naming the cell when
     *     the row does not fit the schema
     * @throws IllegalStateException after {@link #build()}
     */
    public Builder addRow(List<?> cells) {
      return addRow(cells.toArray());
    }

    /** {@return the number of rows added so far} */
    public int rowCount() {
      return rows;
    }

    /** {@return the table, never {@literal null}; the builder may not be used afterwards} */
    public Table build() {
      built = true;
      return new Table(schema, rows, columns);
    }
  }

  /**
   * The cells of one column, in chunks of {@value #CHUNK}: primitive arrays for numbers and dates,
   * a bit set for booleans. The first chunk starts at {@value #FIRST} cells and doubles until it is
   * full, so a short table stays small; later chunks are allocated full and never move, so a long
   * column is never copied as it grows and no array is large enough for the collector to treat
   * specially.
   */
  private abstract static class Store {
    static final int SHIFT = 10;
    static final int CHUNK = 1 << SHIFT;
    static final int MASK = CHUNK - 1;
    static final int FIRST = 16;
    final BitSet missing = new BitSet();
    int size;

    static Store of(ColumnType type) {
      return switch (type) {
        case INTEGER -> new Longs();
        case DECIMAL -> new Doubles();
        case BOOLEAN -> new Booleans();
        case DATE -> new Dates();
        default -> new References();
      };
    }

    final void add(Object value) {
      if (value == null) {
        missing.set(size);
      }
      put(size++, value);
    }

    final Object get(int row) {
      return missing.get(row) ? null : value(row);
    }

    abstract void put(int row, Object value);

    abstract Object value(int row);
  }

  /** A store of primitive or reference arrays in chunks, as {@link Store} describes. */
  private abstract static class Chunked extends Store {
    final ArrayList<Object> chunks = new ArrayList<>();

    /** The chunk that will hold {@code row}, the next row: allocated, or the first one grown. */
    final Object chunkFor(int row) {
      int index = row >>> SHIFT;
      if (index == chunks.size()) {
        chunks.add(allocate(index == 0 ? FIRST : CHUNK));
      } else if (index == 0 && row == Array.getLength(chunks.get(0))) {
        Object grown = allocate(row * 2);
        System.arraycopy(chunks.get(0), 0, grown, 0, row);
        chunks.set(0, grown);
      }
      return chunks.get(index);
    }

    final Object chunkOf(int row) {
      return chunks.get(row >>> SHIFT);
    }

    /** A new chunk of this store's array type. */
    abstract Object allocate(int length);
  }

  /**
   * Integers as {@code int} until one needs a {@code long}: most counts fit, at half the memory.
   */
  private static final class Longs extends Chunked {
    boolean wide;

    @Override
    Object allocate(int length) {
      return wide ? new long[length] : new int[length];
    }

    @Override
    void put(int row, Object value) {
      long v = value == null ? 0 : (Long) value;
      if (!wide && (int) v != v) {
        widen();
      }
      Object chunk = chunkFor(row);
      if (wide) {
        ((long[]) chunk)[row & MASK] = v;
      } else {
        ((int[]) chunk)[row & MASK] = (int) v;
      }
    }

    private void widen() {
      wide = true;
      for (int c = 0; c < chunks.size(); c++) {
        int[] narrow = (int[]) chunks.get(c);
        long[] widened = new long[narrow.length];
        for (int i = 0; i < narrow.length; i++) {
          widened[i] = narrow[i];
        }
        chunks.set(c, widened);
      }
    }

    @Override
    Object value(int row) {
      Object chunk = chunkOf(row);
      return wide ? ((long[]) chunk)[row & MASK] : (long) ((int[]) chunk)[row & MASK];
    }
  }

  private static final class Doubles extends Chunked {
    @Override
    Object allocate(int length) {
      return new double[length];
    }

    @Override
    void put(int row, Object value) {
      ((double[]) chunkFor(row))[row & MASK] = value == null ? 0 : (Double) value;
    }

    @Override
    Object value(int row) {
      return ((double[]) chunkOf(row))[row & MASK];
    }
  }

  /** Dates as their epoch day. */
  private static final class Dates extends Chunked {
    @Override
    Object allocate(int length) {
      return new long[length];
    }

    @Override
    void put(int row, Object value) {
      ((long[]) chunkFor(row))[row & MASK] = value == null ? 0 : ((LocalDate) value).toEpochDay();
    }

    @Override
    Object value(int row) {
      return LocalDate.ofEpochDay(((long[]) chunkOf(row))[row & MASK]);
    }
  }

  private static final class Booleans extends Store {
    final BitSet cells = new BitSet();

    @Override
    void put(int row, Object value) {
      cells.set(row, Boolean.TRUE.equals(value));
    }

    @Override
    Object value(int row) {
      return cells.get(row);
    }
  }

  /** Text and instants: immutable objects, shared rather than copied. */
  private static final class References extends Chunked {
    @Override
    Object allocate(int length) {
      return new Object[length];
    }

    @Override
    void put(int row, Object value) {
      ((Object[]) chunkFor(row))[row & MASK] = value;
    }

    @Override
    Object value(int row) {
      return ((Object[]) chunkOf(row))[row & MASK];
    }
  }
}
