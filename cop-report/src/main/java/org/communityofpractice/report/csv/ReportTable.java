package org.communityofpractice.report.csv;

import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;

/**
 * The tidy tables a report gives, each with its schema (names, types and meanings of its columns).
 */
public enum ReportTable {
  /** Ratings in long format: one row per rating given to a scaling question at a session. */
  RATINGS(
      Schema.of(
          "ratings",
          "One row per rating given to a scaling question at a session",
          Column.text("session", "The session's id"),
          Column.date("session_date", "The session's date, where it was held"),
          Column.integer(
              "question_number",
              "The question's position among the session's scaling questions, from 1"),
          Column.freeText("question", "The scaling question as asked"),
          Column.integer("scale_min", "The lowest point of the scale"),
          Column.integer("scale_max", "The highest point of the scale"),
          Column.integer("good_enough", "The level the group agreed is good enough"),
          Column.integer("rating", "The rating given"),
          Column.bool("at_or_above_good_enough", "Whether the rating is at or above good enough"))),

  /**
   * Who was represented at each session: the headcount, the organisations, then one row per
   * perspective and per sector, with small counts suppressed as the disclosure policy decided.
   */
  ATTENDANCE(
      Schema.of(
          "attendance",
          "One row per session and group: attendees, organisations, each perspective and each sector",
          Column.text("session", "The session's id"),
          Column.date("session_date", "The session's date, where it was held"),
          Column.text("category", "attendees, organisations, perspective or sector"),
          Column.text(
              "group",
              "The perspective or sector (NOT_RECORDED when not recorded); ALL for attendees and organisations"),
          Column.integer("count", "How many; missing when suppressed or withheld").optional(),
          Column.integer("fewer_than", "When suppressed: the count is below this threshold")
              .optional(),
          Column.bool("withheld", "Whether the count is withheld to protect a suppressed one"))),

  /** The actions agreed, with who took them on (as far as they may be shown) and their progress. */
  ACTIONS(
      Schema.of(
          "actions",
          "One row per action agreed",
          Column.text("session", "The id of the session it was agreed at"),
          Column.text("action", "The action's id"),
          Column.freeText("text", "What was agreed"),
          Column.freeText("owners", "Who took it on, as far as they may be shown").optional(),
          Column.date("due", "When it is due").optional(),
          Column.date("completed_on", "When it was done").optional(),
          Column.bool("completed", "Whether it has been done"),
          Column.integer("small_steps", "How many small steps noticed since follow it")));

  @SuppressWarnings("ImmutableEnumChecker") // a schema is immutable; it is simply not annotated so
  private final Schema schema;

  ReportTable(Schema schema) {
    this.schema = schema;
  }

  /**
   * The table's schema.
   *
   * @return the schema, whose name is the table's file name without {@code .csv}; never {@literal
   *     null}
   */
  public Schema schema() {
    return schema;
  }
}
