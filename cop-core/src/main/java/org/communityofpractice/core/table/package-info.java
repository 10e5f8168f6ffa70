/**
 * Tidy tables a researcher can load as they are: a {@link org.communityofpractice.core.table.Schema}
 * of named, typed and documented columns, a {@link org.communityofpractice.core.table.Table} with
 * one row per observation checked against it, and the {@link
 * org.communityofpractice.core.table.TableFormat}s it is written in: RFC 4180 CSV (with a
 * formula-injection guard for free-text columns) and JSON Lines. Hand-written, with no dependency.
 *
 * <pre>{@code
 * Table table = Table.builder(schema).addRow("s-1", 12, 0.25).build();
 * TableFormat.CSV.write(table, Files.newOutputStream(Path.of("attendance.csv")));
 * TableFormat.JSON_LINES.write(table, Files.newOutputStream(Path.of("attendance.jsonl")));
 * TableFormat.CSV.write(table.schema().dictionary(), ...); // the data dictionary
 * }</pre>
 */
package org.communityofpractice.core.table;
