package org.communityofpractice.core.table;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The shape of a {@link Table}: its name, what one row is, and its columns in order. A schema can
 * describe itself as a data dictionary, so the documentation travels with the data.
 *
 * <pre>{@code
 * Schema schema = Schema.of("scaling", "One row per scaling question asked at a session",
 *     Column.text("session", "The session's id"),
 *     Column.integer("n", "How many ratings were given"));
 * Table dictionary = schema.dictionary(); // name, type, optional, description per column
 * }</pre>
 */
public final class Schema {
  /** Table and column names: lower snake case, starting with a letter. */
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private final String name;
  private final String description;
  private final List<Column> columns;
  private final Map<String, Integer> index;

  private Schema(String name, String description, List<Column> columns) {
    Objects.requireNonNull(name, "name");
    if (name.length() > 64 || !NAME.matcher(name).matches()) {
      throw InvalidValueException.of(
          "schema.name",
          "must be 1..64 lower-case letters, digits or '_', starting with a letter",
          "\"" + name + "\"");
    }
    this.name = name;
    this.description = Checks.text(description, "schema.description");
    this.columns = List.copyOf(columns);
    if (this.columns.isEmpty()) {
      throw InvalidValueException.of("schema.columns", "must hold at least one column", "[]");
    }
    Checks.unique(this.columns, Column::name, "schema.columns", "name");
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < this.columns.size(); i++) {
      byName.put(this.columns.get(i).name(), i);
    }
    this.index = Collections.unmodifiableMap(byName);
  }

  /**
   * A schema.
   *
   * @param name lower snake case, used as the file name of exports
   * @param description what one row is, e.g. "One row per session"
   * @param columns at least one, with unique names
   * @return the schema, never {@literal null}
   */
  public static Schema of(String name, String description, Column... columns) {
    return new Schema(name, description, List.of(columns));
  }

  /**
   * A schema from a list of columns; see {@link #of(String, String, Column...)}.
   *
   * @param name lower snake case, used as the file name of exports; must not be {@literal null}
   * @param description what one row is; must not be {@literal null} or blank
   * @param columns at least one, with unique names; must not be {@literal null}
   * @return the schema, never {@literal null}
   * @throws InvalidValueException if the name or description does not fit, there is no column, or
   *     two columns share a name
   */
  public static Schema of(String name, String description, List<Column> columns) {
    return new Schema(name, description, columns);
  }

  /** {@return the schema's name, lower snake case; never {@literal null}} */
  public String name() {
    return name;
  }

  /** {@return what one row is, never {@literal null}} */
  public String description() {
    return description;
  }

  /** {@return the columns in order, at least one; never {@literal null}} */
  public List<Column> columns() {
    return columns;
  }

  /** {@return the number of columns} */
  public int width() {
    return columns.size();
  }

  /**
   * The position of the column with this name, if there is one.
   *
   * @param column the column's name; must not be {@literal null}
   * @return the position, from 0, or empty when there is no such column
   */
  public OptionalInt indexOf(String column) {
    Integer i = index.get(column);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * The column with this name.
   *
   * @param column the column's name; must not be {@literal null}
   * @return the column, never {@literal null}
   * @throws IllegalArgumentException naming the column when there is none of that name
   */
  public Column column(String column) {
    return columns.get(require(column));
  }

  int require(String column) {
    Integer i = index.get(Objects.requireNonNull(column, "column"));
    if (i == null) {
      throw new IllegalArgumentException("table '" + name + "' has no column '" + column + "'");
    }
    return i;
  }

  /**
   * {@return the data dictionary: one row per column with its name, type, whether optional, and
   * meaning; never {@literal null}}
   */
  public Table dictionary() {
    Table.Builder b = Table.builder(DICTIONARY.withName(name + "_dictionary"));
    for (Column c : columns) {
      b.addRow(c.name(), c.type().label(), c.missingAllowed(), c.freeText(), c.description());
    }
    return b.build();
  }

  private Schema withName(String newName) {
    return new Schema(newName, description, columns);
  }

  private static final Schema DICTIONARY =
      of(
          "dictionary",
          "One row per column of a table, in column order",
          Column.text("column", "The column's name"),
          Column.text("type", "text, integer, decimal, boolean, date or instant"),
          Column.bool("optional", "Whether a cell may be missing"),
          Column.bool("free_text", "Whether the column holds words people wrote or said"),
          Column.text("description", "What a cell of the column means"));

  @Override
  public boolean equals(Object o) {
    return o instanceof Schema schema
        && schema.name.equals(name)
        && schema.description.equals(description)
        && schema.columns.equals(columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, columns);
  }

  @Override
  public String toString() {
    return "Schema{" + name + ", columns=" + columns.size() + "}";
  }
}
