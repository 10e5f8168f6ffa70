package org.communityofpractice.core.table;

import java.util.Objects;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A named, typed, documented column of a {@link Table}.
 *
 * <pre>{@code
 * Column n = Column.integer("n", "How many ratings were given");
 * Column median = Column.decimal("median", "The median rating").optional();
 * Column note = Column.freeText("conclusion", "A conclusion in the group's words");
 * }</pre>
 *
 * <p>Names are lower snake case ({@code share_at_or_above_good_enough}), so R, pandas, Spark and
 * DuckDB take them as they are. A <em>free-text</em> column holds words people typed or said; the
 * {@link TableFormat#CSV} guards such cells against spreadsheet formula injection. Other text
 * columns hold ids and category names, which are written unchanged.
 *
 * @param name lower snake case, 1..64 characters, starting with a letter
 * @param type what its cells hold
 * @param description what a cell means, for the data dictionary
 * @param missingAllowed whether a cell may be missing (written empty in CSV, {@code null} in JSON)
 * @param freeText whether it is a {@link ColumnType#TEXT} column of free text
 */
public record Column(
    String name, ColumnType type, String description, boolean missingAllowed, boolean freeText) {

  /**
   * Checks the column.
   *
   * @param name lower snake case, 1..64 characters, starting with a letter; must not be {@literal
   *     null}
   * @param type what its cells hold; must not be {@literal null}
   * @param description what a cell means, for the data dictionary; must not be {@literal null} or
   *     blank
   * @param missingAllowed whether a cell may be missing
   * @param freeText whether it is a text column of free text; only for {@link ColumnType#TEXT}
   * @throws NullPointerException if {@code name}, {@code type} or {@code description} is {@literal
   *     null}
   * @throws InvalidValueException if the name or description does not fit, or {@code freeText} is
   *     set on a column that is not text, naming the field
   */
  public Column {
    Objects.requireNonNull(name, "name");
    if (name.length() > 64 || !Schema.NAME.matcher(name).matches()) {
      throw InvalidValueException.of(
          "column.name",
          "must be 1..64 lower-case letters, digits or '_', starting with a letter",
          "\"" + name + "\"");
    }
    Objects.requireNonNull(type, "type");
    Checks.text(description, "column.description");
    if (freeText && type != ColumnType.TEXT) {
      throw InvalidValueException.of(
          "column.freeText", "must be false for a " + type.label() + " column", name);
    }
  }

  /**
   * A text column of ids or category names, written unchanged.
   *
   * @param name lower snake case, 1..64 characters, starting with a letter; must not be {@literal
   *     null}
   * @param description what a cell means, for the data dictionary; must not be {@literal null} or
   *     blank
   * @return the column, cells required; never {@literal null}
   * @throws InvalidValueException if the name or the description does not fit
   */
  public static Column text(String name, String description) {
    return new Column(name, ColumnType.TEXT, description, false, false);
  }

  /**
   * A text column of words people wrote or said, guarded against formula injection in CSV.
   *
   * @param name lower snake case, 1..64 characters, starting with a letter; must not be {@literal
   *     null}
   * @param description what a cell means, for the data dictionary; must not be {@literal null} or
   *     blank
   * @return the column, cells required; never {@literal null}
   * @throws InvalidValueException if the name or the description does not fit
   */
  public static Column freeText(String name, String description) {
    return new Column(name, ColumnType.TEXT, description, false, true);
  }

  /**
   * A column of whole numbers.
   *
   * @param name lower snake case, 1..64 characters, starting with a letter; must not be {@literal
   *     null}
   * @param description what a cell means, for the data dictionary; must not be {@literal null} or
   *     blank
   * @return the column, cells required; never {@literal null}
   * @throws InvalidValueException if the name or the description does not fit
   */
  public static Column integer(String name, String description) {
    return new Column(name, ColumnType.INTEGER, description, false, false);
  }

  /**
   * A column of decimal numbers, written in plain notation.
   *
   * @param name lower snake case, 1..64 characters, starting with a letter; must not be {@literal
   *     null}
   * @param description what a cell means, for the data dictionary; must not be {@literal null} or
   *     blank
   * @return the column, cells required; never {@literal null}
   * @throws InvalidValueException if the name or the description does not fit
   */
  public static Column decimal(String name, String description) {
    return new Column(name, ColumnType.DECIMAL, description, false, false);
  }

  /**
   * A column of {@code true} or {@code false}.
   *
   * @param name lower snake case, 1..64 characters, starting with a letter; must not be {@literal
   *     null}
   * @param description what a cell means, for the data dictionary; must not be {@literal null} or
   *     blank
   * @return the column, cells required; never {@literal null}
   * @throws InvalidValueException if the name or the description does not fit
   */
  public static Column bool(String name, String description) {
    return new Column(name, ColumnType.BOOLEAN, description, false, false);
  }

  /**
   * A column of dates, written as ISO 8601 ({@code 2016-03-03}).
   *
   * @param name lower snake case, 1..64 characters, starting with a letter; must not be {@literal
   *     null}
   * @param description what a cell means, for the data dictionary; must not be {@literal null} or
   *     blank
   * @return the column, cells required; never {@literal null}
   * @throws InvalidValueException if the name or the description does not fit
   */
  public static Column date(String name, String description) {
    return new Column(name, ColumnType.DATE, description, false, false);
  }

  /**
   * A column of instants, written as ISO 8601 in UTC ({@code 2016-03-03T10:00:00Z}).
   *
   * @param name lower snake case, 1..64 characters, starting with a letter; must not be {@literal
   *     null}
   * @param description what a cell means, for the data dictionary; must not be {@literal null} or
   *     blank
   * @return the column, cells required; never {@literal null}
   * @throws InvalidValueException if the name or the description does not fit
   */
  public static Column instant(String name, String description) {
    return new Column(name, ColumnType.INSTANT, description, false, false);
  }

  /** {@return the same column, allowing missing cells; never {@literal null}} */
  public Column optional() {
    return new Column(name, type, description, true, freeText);
  }
}
