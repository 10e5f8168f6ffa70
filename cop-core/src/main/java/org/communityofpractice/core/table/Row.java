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

  /** {@return the row's position in its table, from 0} */
  public int index() {
    return index;
  }

  /**
   * The stored value in a column.
   *
   * @param column the column's name; must not be {@literal null}
   * @return the value, of the column type's Java type; {@literal null} when missing
   * @throws IllegalArgumentException naming the column when the table has none of that name
   */
  public Object get(String column) {
    return table.value(index, table.schema().require(column));
  }

  /**
   * The stored value at a column position.
   *
   * @param column the column's position, from 0
   * @return the value, of the column type's Java type; {@literal null} when missing
   * @throws IndexOutOfBoundsException when there is no column at that position
   */
  public Object get(int column) {
    return table.value(index, column);
  }

  /**
   * Whether the cell in a column is missing.
   *
   * @param column the column's name; must not be {@literal null}
   * @return {@code true} if the cell is missing
   * @throws IllegalArgumentException naming the column when the table has none of that name
   */
  public boolean isMissing(String column) {
    return get(column) == null;
  }

  /**
   * The cell of a {@link ColumnType#TEXT} column.
   *
   * @param column the column's name; must not be {@literal null}
   * @return the text, or {@literal null} when missing
   * @throws IllegalArgumentException naming the column when the table has none of that name
   * @throws ClassCastException naming the column when it is of another type
   */
  public String text(String column) {
    return typed(column, ColumnType.TEXT, String.class);
  }

  /**
   * The cell of an {@link ColumnType#INTEGER} column.
   *
   * @param column the column's name; must not be {@literal null}
   * @return the number, or {@literal null} when missing
   * @throws IllegalArgumentException naming the column when the table has none of that name
   * @throws ClassCastException naming the column when it is of another type
   */
  public Long integer(String column) {
    return typed(column, ColumnType.INTEGER, Long.class);
  }

  /**
   * The cell of a {@link ColumnType#DECIMAL} column.
   *
   * @param column the column's name; must not be {@literal null}
   * @return the number, or {@literal null} when missing
   * @throws IllegalArgumentException naming the column when the table has none of that name
   * @throws ClassCastException naming the column when it is of another type
   */
  public Double decimal(String column) {
    return typed(column, ColumnType.DECIMAL, Double.class);
  }

  /**
   * The cell of a {@link ColumnType#BOOLEAN} column.
   *
   * @param column the column's name; must not be {@literal null}
   * @return the value, or {@literal null} when missing
   * @throws IllegalArgumentException naming the column when the table has none of that name
   * @throws ClassCastException naming the column when it is of another type
   */
  public Boolean bool(String column) {
    return typed(column, ColumnType.BOOLEAN, Boolean.class);
  }

  /**
   * The cell of a {@link ColumnType#DATE} column.
   *
   * @param column the column's name; must not be {@literal null}
   * @return the date, or {@literal null} when missing
   * @throws IllegalArgumentException naming the column when the table has none of that name
   * @throws ClassCastException naming the column when it is of another type
   */
  public LocalDate date(String column) {
    return typed(column, ColumnType.DATE, LocalDate.class);
  }

  /**
   * The cell of an {@link ColumnType#INSTANT} column.
   *
   * @param column the column's name; must not be {@literal null}
   * @return the instant, or {@literal null} when missing
   * @throws IllegalArgumentException naming the column when the table has none of that name
   * @throws ClassCastException naming the column when it is of another type
   */
  public Instant instant(String column) {
    return typed(column, ColumnType.INSTANT, Instant.class);
  }

  /**
   * The cell in a column as an {@link Optional}.
   *
   * @param column the column's name; must not be {@literal null}
   * @return the value, or empty when missing
   * @throws IllegalArgumentException naming the column when the table has none of that name
   */
  public Optional<Object> find(String column) {
    return Optional.ofNullable(get(column));
  }

  /**
   * {@return every stored value in column order, missing cells as {@literal null}; unmodifiable,
   * never {@literal null}}
   */
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
