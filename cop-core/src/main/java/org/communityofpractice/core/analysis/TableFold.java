package org.communityofpractice.core.analysis;

import java.util.List;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Table;

/** One analysis, folded over sessions one at a time; its state grows only with its result tables. */
abstract class TableFold {
  static final Column COMMUNITY = Column.text("community", "The community's id");
  static final Column SERIES = Column.text("series", "The series' id; empty for a session outside any series").optional();
  static final Column SERIES_REQUIRED = Column.text("series", "The series' id");
  static final Column SESSION = Column.text("session", "The session's id");
  static final Column HELD_ON = Column.date("held_on", "The day the session was held, in its own time zone");
  static final Column QUESTION = Column.freeText("question", "The scaling question as asked");

  /** Takes in one session; {@code attendees} holds the index of each attendee, in order. */
  abstract void accept(CommunityIndex community, Session session, int[] attendees);

  /** The result tables, once every session is in. */
  abstract List<Table> finish();

  static String series(Session s) {
    return s.series().map(id -> id.value()).orElse(null);
  }
}
