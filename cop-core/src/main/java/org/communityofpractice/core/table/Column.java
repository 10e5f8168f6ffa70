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

  /** A text column of ids or category names, written unchanged. */
  public static Column text(String name, String description) {
    return new Column(name, ColumnType.TEXT, description, false, false);
  }

  /** A text column of words people wrote or said, guarded against formula injection in CSV. */
  public static Column freeText(String name, String description) {
    return new Column(name, ColumnType.TEXT, description, false, true);
  }

  public static Column integer(String name, String description) {
    return new Column(name, ColumnType.INTEGER, description, false, false);
  }

  public static Column decimal(String name, String description) {
    return new Column(name, ColumnType.DECIMAL, description, false, false);
  }

  public static Column bool(String name, String description) {
    return new Column(name, ColumnType.BOOLEAN, description, false, false);
  }

  public static Column date(String name, String description) {
    return new Column(name, ColumnType.DATE, description, false, false);
  }

  public static Column instant(String name, String description) {
    return new Column(name, ColumnType.INSTANT, description, false, false);
  }

  /** The same column, allowing missing cells. */
  public Column optional() {
    return new Column(name, type, description, true, freeText);
  }
}
