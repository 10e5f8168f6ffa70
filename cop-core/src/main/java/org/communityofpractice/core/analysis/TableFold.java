package org.communityofpractice.core.analysis;

import java.util.function.Function;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;

/**
 * One analysis, folded over sessions one at a time. Rows go to their {@link Rows} as soon as they
 * are known: a row per session or per rating as its session arrives, a row per series or action
 * once every session is in. What a fold holds between sessions is what those later rows need.
 */
abstract class TableFold {
  static final Column COMMUNITY = Column.text("community", "The community's id");
  static final Column SERIES =
      Column.text("series", "The series' id; empty for a session outside any series").optional();
  static final Column SERIES_REQUIRED = Column.text("series", "The series' id");
  static final Column SESSION = Column.text("session", "The session's id");
  static final Column HELD_ON =
      Column.date("held_on", "The day the session was held, in its own time zone");
  static final Column QUESTION = Column.freeText("question", "The scaling question as asked");

  /** Where one table's rows go: a table being built, or a file being written. */
  @FunctionalInterface
  interface Rows {
    /** Takes one row, one cell per column; the array is not kept. */
    void add(Object... cells);
  }

  /**
   * The rows of each table by its schema; {@code null} for a table nobody asked for, which is then
   * not worked out.
   */
  interface Outputs extends Function<Schema, Rows> {}

  /**
   * When a fold's state leaves the heap for a temporary file: past {@code states} series states
   * held (per fold and table), past {@code bytes} of spilled records held in memory, and how many
   * actions are joined with their small steps at a time. The defaults are cop's own figures; tests
   * make them tiny so that every path is taken.
   */
  record Limits(int states, int bytes, int actions) {
    static final Limits DEFAULT = new Limits(SpilledStates.IN_MEMORY, Spill.IN_MEMORY, 1 << 20);
  }

  /** Takes in one session; {@code attendees} holds the index of each attendee, in order. */
  abstract void accept(CommunityIndex community, Session session, int[] attendees);

  /** Writes the rows that wait for every session, once every session is in. */
  abstract void finish();

  static String series(Session s) {
    return s.series().map(id -> id.value()).orElse(null);
  }
}
