/**
 * Tidy tables a researcher can load as they are: a {@link
 * org.communityofpractice.core.table.Schema} of named, typed and documented columns, a {@link
 * org.communityofpractice.core.table.Table} with one row per observation checked against it, and
 * the {@link org.communityofpractice.core.table.TableFormat}s it is written in: RFC 4180 CSV (with
 * a formula-injection guard for free-text columns) and JSON Lines. Hand-written, with no
 * dependency.
 *
 * <pre>{@code
 * Table table = Table.builder(schema).addRow("s-1", 12, 0.25).build();
 * String csv = TableFormat.CSV.write(table);
 * String jsonl = TableFormat.JSON_LINES.write(table);
 * String dictionary = TableFormat.CSV.write(table.schema().dictionary()); // the data dictionary
 * }</pre>
 */
package org.communityofpractice.core.table;
