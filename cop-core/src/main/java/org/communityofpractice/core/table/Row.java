package org.communityofpractice.core.table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One row of a {@link Table}, read by column name. A typed getter throws {@link
 * IllegalArgumentException} when the table has no such column and {@link ClassCastException} when
 * the column has another type; a missing cell reads as {@code null}.
 *
 * <pre>{@code
 * Row r = table.row(0);
 * long headcount = r.integer("headcount");
 * Double shareNew = r.decimal("share_new");      // null when not given
 * }</pre>
 */
public final class Row {
  private final Table table;
  private final int index;

  Row(Table table, int index) {
    this.table = table;
    this.index = index;
  }

  /** The row's position in its table, from 0. */
  public int index() {
    return index;
  }

  /** The stored value in a column, or {@code null} when missing. */
  public Object get(String column) {
    return table.value(index, table.schema().require(column));
  }

  /** The stored value at a column position, or {@code null} when missing. */
  public Object get(int column) {
    return table.value(index, column);
  }

  /** Whether the cell in a column is missing. */
  public boolean isMissing(String column) {
    return get(column) == null;
  }

  public String text(String column) {
    return typed(column, ColumnType.TEXT, String.class);
  }

  public Long integer(String column) {
    return typed(column, ColumnType.INTEGER, Long.class);
  }

  public Double decimal(String column) {
    return typed(column, ColumnType.DECIMAL, Double.class);
  }

  public Boolean bool(String column) {
    return typed(column, ColumnType.BOOLEAN, Boolean.class);
  }

  public LocalDate date(String column) {
    return typed(column, ColumnType.DATE, LocalDate.class);
  }

  public Instant instant(String column) {
    return typed(column, ColumnType.INSTANT, Instant.class);
  }

  /** The cell in a column as an {@link Optional}. */
  public Optional<Object> find(String column) {
    return Optional.ofNullable(get(column));
  }

  /** Every stored value in column order; missing cells are {@code null}. */
  public List<Object> values() {
    List<Object> values = new ArrayList<>(table.schema().width());
    for (int i = 0; i < table.schema().width(); i++) {
      values.add(get(i));
    }
    return Collections.unmodifiableList(values);
  }

  private <T> T typed(String column, ColumnType type, Class<T> javaType) {
    Column c = table.schema().column(column);
    if (c.type() != type) {
      throw new ClassCastException(
          "column '"
              + column
              + "' of table '"
              + table.name()
              + "' is "
              + c.type().label()
              + ", not "
              + type.label());
    }
    return javaType.cast(get(column));
  }

  @Override
  public String toString() {
    return "Row{" + table.name() + "[" + index + "]}";
  }
}
