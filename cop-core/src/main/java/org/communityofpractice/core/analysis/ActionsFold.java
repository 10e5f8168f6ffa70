package org.communityofpractice.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;
import org.communityofpractice.core.table.Table;

/** Every action agreed: whether it was completed, and whether and when a small step followed it. */
final class ActionsFold extends TableFold {
  private static final int NONE = Integer.MIN_VALUE;

  static final Schema ACTIONS =
      Schema.of(
          "actions",
          "One row per action agreed at a session",
          COMMUNITY, SERIES, SESSION,
          Column.text("action", "The action's id"),
          Column.date("agreed_on", "The day it was agreed: the day of its session"),
          Column.integer("owners", "How many members took it on; 0 when the group as a whole did"),
          Column.date("due", "When it was due, if a date was set").optional(),
          Column.bool("completed", "Whether it has been done"),
          Column.date("completed_on", "When it was done").optional(),
          Column.integer("days_to_complete", "Days from agreeing it to doing it").optional(),
          Column.integer("small_steps", "Small steps noticed later that follow it"),
          Column.bool("followed_up", "Whether at least one small step follows it"),
          Column.text("first_follow_up_session", "The session where the first such small step was noticed").optional(),
          Column.date("first_follow_up_on", "The day of that session").optional(),
          Column.integer("days_to_follow_up", "Days from agreeing it to the first small step").optional());

  private final List<Row> rows = new ArrayList<>();
  private final List<Map<ActionId, Row>> byCommunity = new ArrayList<>();

  /** One action's row, filled in as small steps arrive. */
  private static final class Row {
    String community;
    String series;
    String session;
    String action;
    int agreedOn;
    int owners;
    int due;
    int completedOn;
    int smallSteps;
    String followSession;
    int followOn;
  }

  @Override
  void accept(CommunityIndex c, Session s, int[] attendees) {
    while (byCommunity.size() <= c.ordinal) {
      byCommunity.add(new HashMap<>());
    }
    Map<ActionId, Row> known = byCommunity.get(c.ordinal);
    int day = (int) s.startsAt().toLocalDate().toEpochDay();
    for (Action a : s.actions()) {
      Row r = new Row();
      r.community = c.id;
      r.series = series(s);
      r.session = s.id().value();
      r.action = a.id().value();
      r.agreedOn = day;
      r.owners = a.owners().size();
      r.due = a.due().map(d -> (int) d.toEpochDay()).orElse(NONE);
      r.completedOn = a.completedOn().map(d -> (int) d.toEpochDay()).orElse(NONE);
      r.followOn = NONE;
      rows.add(r);
      known.put(a.id(), r);
    }
    for (SmallStep step : s.smallSteps()) {
      Row r = step.followsAction().map(known::get).orElse(null);
      if (r == null) {
        continue; // it follows an action agreed outside the sessions analysed
      }
      r.smallSteps++;
      if (r.followSession == null) {
        r.followSession = s.id().value();
        r.followOn = day;
      }
    }
  }

  @Override
  List<Table> finish() {
    byCommunity.clear(); // no more small steps can arrive
    Table.Builder table = Table.builder(ACTIONS);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.set(i, null); // let each row go as it is written, so the two never coexist
      boolean completed = r.completedOn != NONE;
      boolean followed = r.followSession != null;
      table.addRow(
          r.community, r.series, r.session, r.action, date(r.agreedOn), r.owners, date(r.due), completed,
          date(r.completedOn), completed ? r.completedOn - r.agreedOn : null, r.smallSteps, followed,
          r.followSession, date(r.followOn), followed ? r.followOn - r.agreedOn : null);
    }
    rows.clear();
    return List.of(table.build());
  }

  private static LocalDate date(int epochDay) {
    return epochDay == NONE ? null : LocalDate.ofEpochDay(epochDay);
  }
}
