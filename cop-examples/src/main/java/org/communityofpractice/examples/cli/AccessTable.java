package org.communityofpractice.examples.cli;

import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;
import org.communityofpractice.core.table.Table;

/** An access report as a tidy table: one field a row, each with what it means. */
final class AccessTable {
  static final Schema SCHEMA = Schema.of("access",
      "Everything the community holds about one person, one field a row",
      Column.text("section", "Where it is held: register, consent, attendance, said, ratings, actions, smallSteps, audit"),
      Column.integer("item", "Which entry of the section, from 1"),
      Column.text("field", "The field"),
      Column.freeText("value", "What is held").optional(),
      Column.freeText("explanation", "What the field is and why it is held"));

  private AccessTable() {}

  static Table of(AccessReport report) {
    Table.Builder b = Table.builder(SCHEMA);
    for (AccessReport.Row row : report.rows()) {
      b.addRow(row.section(), row.item(), row.field(), row.value().isEmpty() ? null : row.value(), row.explanation());
    }
    return b.build();
  }
}
