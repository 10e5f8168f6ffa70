package org.communityofpractice.core.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Checks and normalises cell values against their column; shared by tables and streaming writers.
 */
final class Cells {
  private Cells() {}

  /** A whole row's stored values, checked against the schema before any is kept. */
  static Object[] row(Schema schema, Object[] cells, long index) {
    if (cells.length != schema.width()) {
      throw InvalidValueException.of(
          "rows[" + index + "]", "must have " + schema.width() + " cells", cells.length);
    }
    List<Column> columns = schema.columns();
    Object[] stored = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      stored[i] = normalise(columns.get(i), cells[i], index);
    }
    return stored;
  }

  /** The path of a cell, such as {@code rows[3].median}; built only for a message. */
  private static String field(long index, Column column) {
    return "rows[" + index + "]." + column.name();
  }

  /**
   * The value a cell stores, checked against its column.
   *
   * @param index the row's index, for the cell's path in messages
   * @return the stored value ({@code null} for a missing optional cell)
   */
  static Object normalise(Column column, Object value, long index) {
    if (value == null) {
      if (!column.missingAllowed()) {
        throw InvalidValueException.of(field(index, column), "must not be missing", "null");
      }
      return null;
    }
    boolean fits =
        switch (column.type()) {
          case TEXT -> value instanceof String;
          case INTEGER ->
              value instanceof Long
                  || value instanceof Integer
                  || value instanceof Short
                  || value instanceof Byte;
          case DECIMAL -> value instanceof Number;
          case BOOLEAN -> value instanceof Boolean;
          case DATE -> value instanceof LocalDate;
          case INSTANT -> value instanceof Instant;
        };
    if (fits && column.type() == ColumnType.INTEGER) {
      return ((Number) value).longValue();
    }
    if (fits && value instanceof Number number && column.type() == ColumnType.DECIMAL) {
      double d = number.doubleValue();
      if (!Double.isFinite(d)) {
        throw InvalidValueException.of(field(index, column), "must be a finite decimal", value);
      }
      return d;
    }
    if (fits) {
      return value;
    }
    // the value itself may be personal text; its type says enough
    throw InvalidValueException.of(
        field(index, column),
        "must be a " + column.type().label() + " value",
        "a " + value.getClass().getName());
  }

  /** A stored value as CSV text, before quoting; {@code null} stays {@code null}. */
  static String text(ColumnType type, Object value) {
    if (value == null) {
      return null;
    }
    if (type == ColumnType.DECIMAL) {
      return decimal((Double) value);
    }
    return value.toString();
  }

  /** Plain notation, never an exponent; integral values keep one decimal place ("2.0"). */
  static String decimal(double d) {
    if (d == 0) {
      return "0.0"; // also for -0.0
    }
    String shortest = Double.toString(d);
    int end = shortest.length() - 1;
    if (shortest.indexOf('E') < 0
        && (shortest.charAt(end) != '0' || shortest.charAt(end - 1) == '.')) {
      return shortest; // already plain, with no trailing zero but the one after an integral value's
      // point
    }
    String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return plain.indexOf('.') < 0 ? plain + ".0" : plain;
  }
}
