package org.communityofpractice.core.table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The type of a {@link Column}: what its cells hold and how they are written.
 *
 * <table>
 *   <caption>Cell values by type</caption>
 *   <tr><th>type</th><th>Java value</th><th>CSV and JSON Lines</th></tr>
 *   <tr><td>{@link #TEXT}</td><td>{@link String}</td><td>the text; a JSON string</td></tr>
 *   <tr><td>{@link #INTEGER}</td><td>{@link Long} (an {@link Integer}, {@link Short} or
 *       {@link Byte} is widened)</td><td>decimal digits; a JSON number</td></tr>
 *   <tr><td>{@link #DECIMAL}</td><td>{@link Double} (any finite {@link Number} is converted)</td>
 *       <td>plain notation, such as {@code 0.25}, never an exponent; a JSON number</td></tr>
 *   <tr><td>{@link #BOOLEAN}</td><td>{@link Boolean}</td><td>{@code true} or {@code false}</td></tr>
 *   <tr><td>{@link #DATE}</td><td>{@link LocalDate}</td><td>ISO 8601, {@code 2016-03-03}</td></tr>
 *   <tr><td>{@link #INSTANT}</td><td>{@link Instant}</td><td>ISO 8601 in UTC,
 *       {@code 2016-03-03T10:00:00Z}</td></tr>
 * </table>
 */
public enum ColumnType {
  /** Text: ids, category names or, in a free-text column, words people wrote or said. */
  TEXT,
  /** Whole numbers. */
  INTEGER,
  /** Finite decimal numbers. */
  DECIMAL,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** Dates without a time. */
  DATE,
  /** Instants, in UTC. */
  INSTANT;

  /**
   * {@return the Java type of the values a cell of this type holds once stored, never {@literal
   * null}}
   */
  public Class<?> javaType() {
    return switch (this) {
      case TEXT -> String.class;
      case INTEGER -> Long.class;
      case DECIMAL -> Double.class;
      case BOOLEAN -> Boolean.class;
      case DATE -> LocalDate.class;
      default -> Instant.class;
    };
  }

  /**
   * {@return the name used in data dictionaries: {@code text}, {@code integer}, …; never {@literal
   * null}}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
