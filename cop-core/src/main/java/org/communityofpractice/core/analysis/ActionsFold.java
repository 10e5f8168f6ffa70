package org.communityofpractice.core.analysis;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;

/** Every action agreed: whether it was completed, and whether and when a small step followed it. */
final class ActionsFold extends TableFold {
  private static final int NONE = Integer.MIN_VALUE;

  static final Schema ACTIONS =
      Schema.of(
          "actions",
          "One row per action agreed at a session",
          COMMUNITY,
          SERIES,
          SESSION,
          Column.text("action", "The action's id"),
          Column.date("agreed_on", "The day it was agreed: the day of its session"),
          Column.integer("owners", "How many members took it on; 0 when the group as a whole did"),
          Column.date("due", "When it was due, if a date was set").optional(),
          Column.bool("completed", "Whether it has been done"),
          Column.date("completed_on", "When it was done").optional(),
          Column.integer("days_to_complete", "Days from agreeing it to doing it").optional(),
          Column.integer("small_steps", "Small steps noticed later that follow it"),
          Column.bool("followed_up", "Whether at least one small step follows it"),
          Column.text(
                  "first_follow_up_session",
                  "The session where the first such small step was noticed")
              .optional(),
          Column.date("first_follow_up_on", "The day of that session").optional(),
          Column.integer("days_to_follow_up", "Days from agreeing it to the first small step")
              .optional());

  private final Rows table;
  private final Limits limits;

  /**
   * Every action agreed, in order, as a record of what its row says from the start: a small step in
   * any later session may follow it, so its row waits for the end of the run. Spilled, not held.
   */
  private final Spill agreed;

  /**
   * Every small step that follows an action, in order: community, action, how many actions came
   * before, session, day.
   */
  private final Spill steps;

  /** Where each block of {@link Limits#actions()} actions starts in {@link #agreed}. */
  private final List<Long> blockStarts = new ArrayList<>();

  /**
   * Where the steps that may follow an action of each block start in {@link #steps}, and their
   * number.
   */
  private final List<long[]> stepStarts = new ArrayList<>();

  private int actions;
  private int stepCount;

  /** The communities' ids by ordinal, so that a spilled action holds the ordinal. */
  private final ByCommunity<Void> communities = new ByCommunity<>(() -> null);

  ActionsFold(Outputs outputs, Limits limits) {
    this.table = outputs.apply(ACTIONS);
    this.limits = limits;
    this.agreed = new Spill(limits.bytes());
    this.steps = new Spill(limits.bytes());
  }

  /** An action by its community and id. */
  private record Key(int community, String action) {}

  @Override
  void accept(CommunityIndex c, Session s, int[] attendees) {
    communities.note(c);
    int day = (int) s.startsAt().toLocalDate().toEpochDay();
    String series = series(s);
    String session = s.id().value();
    for (Action a : s.actions()) {
      long at =
          agreed.append(
              out -> {
                Spill.writeCount(out, c.ordinal);
                Spill.writeText(out, a.id().value());
                Spill.writeText(out, series);
                Spill.writeText(out, session);
                out.writeInt(day);
                out.writeInt(a.owners().size());
                out.writeInt(a.due().map(d -> (int) d.toEpochDay()).orElse(NONE));
                out.writeInt(a.completedOn().map(d -> (int) d.toEpochDay()).orElse(NONE));
              });
      if (actions % limits.actions() == 0) {
        blockStarts.add(at);
      }
      actions++;
    }
    int before = actions; // a step may follow an action agreed at its own session or earlier
    for (SmallStep step : s.smallSteps()) {
      if (step.followsAction().isEmpty() || before == 0) {
        continue;
      }
      long at =
          steps.append(
              out -> {
                Spill.writeCount(out, c.ordinal);
                Spill.writeText(out, step.followsAction().get().value());
                out.writeInt(before);
                Spill.writeText(out, session);
                out.writeInt(day);
              });
      while (stepStarts.size() <= (before - 1) / limits.actions()) {
        stepStarts.add(new long[] {at, stepCount});
      }
      stepCount++;
    }
  }

  /**
   * Joins each block of actions with the steps that follow them, last block first, so that a step
   * goes to the latest action of its id agreed before it, as when every action was held; then
   * writes every row in the order agreed. A block reads the steps that may follow its actions and
   * no earlier one, and of the later steps only those no later block took, kept apart in order.
   * Memory: one block of actions.
   */
  @Override
  void finish() {
    int block = limits.actions();
    int blocks = blockStarts.size();
    long[] followUpStarts = new long[blocks];
    Spill left = new Spill(limits.bytes());
    try (Spill followUps = new Spill(limits.bytes())) {
      for (int b = blocks - 1; b >= 0; b--) {
        int first = b * block;
        int count = Math.min(block, actions - first);
        int[] smallSteps = new int[count];
        String[] followSession = new String[count];
        int[] followOn = new int[count];
        if (b < stepStarts.size()) {
          Map<Key, int[]> here = index(b, count);
          int end = b + 1 < stepStarts.size() ? (int) stepStarts.get(b + 1)[1] : stepCount;
          Spill stillLeft = new Spill(limits.bytes());
          Spill.Cursor own = steps.from(stepStarts.get(b)[0]);
          for (int i = (int) stepStarts.get(b)[1]; i < end && own.next(); i++) {
            join(own.bytes(), first, here, smallSteps, followSession, followOn, stillLeft);
          }
          own.close();
          Spill.Cursor later = left.from(0);
          while (later.next()) {
            join(later.bytes(), first, here, smallSteps, followSession, followOn, stillLeft);
          }
          later.close();
          left.close();
          left = stillLeft;
        }
        followUpStarts[b] = followUps.size();
        for (int k = 0; k < count; k++) {
          int j = k;
          followUps.append(
              out -> {
                out.writeInt(smallSteps[j]);
                Spill.writeText(out, followSession[j]);
                out.writeInt(followOn[j]);
              });
        }
      }
      for (int b = 0; b < blocks; b++) {
        Spill.Cursor row = agreed.from(blockStarts.get(b));
        Spill.Cursor follow = followUps.from(followUpStarts[b]);
        for (int k = 0;
            k < Math.min(block, actions - b * block) && row.next() && follow.next();
            k++) {
          write(row.record(), follow.record());
        }
        row.close();
        follow.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read analysis state back", e);
    } finally {
      left.close();
      agreed.close();
      steps.close();
    }
  }

  /**
   * Joins one small step to the latest action of its id in the block agreed before it, or keeps it
   * in {@code left} for an earlier block; steps come in the order noticed, so the first to join an
   * action is the earliest.
   */
  private static void join(
      byte[] step,
      int first,
      Map<Key, int[]> here,
      int[] smallSteps,
      String[] followSession,
      int[] followOn,
      Spill left)
      throws IOException {
    DataInput in = new DataInputStream(new ByteArrayInputStream(step));
    int[] seen = here.get(new Key(Spill.readCount(in), Spill.readText(in)));
    int before = in.readInt();
    int latest = -1;
    for (int k = 0; seen != null && k < seen.length && first + seen[k] < before; k++) {
      latest = seen[k];
    }
    if (latest < 0) {
      left.append(out -> out.write(step));
      return;
    }
    if (smallSteps[latest]++ == 0) {
      followSession[latest] = Spill.readText(in);
      followOn[latest] = in.readInt();
    }
  }

  /** The actions of one block by key: their places in the block, in the order agreed. */
  private Map<Key, int[]> index(int b, int count) throws IOException {
    Map<Key, int[]> here = new HashMap<>(count * 2);
    Spill.Cursor cursor = agreed.from(blockStarts.get(b));
    for (int k = 0; k < count && cursor.next(); k++) {
      DataInput in = cursor.record();
      int place = k;
      here.merge(
          new Key(Spill.readCount(in), Spill.readText(in)),
          new int[] {place},
          (was, one) -> {
            int[] more = Arrays.copyOf(was, was.length + 1);
            more[was.length] = place;
            return more;
          });
    }
    cursor.close();
    return here;
  }

  private void write(DataInput row, DataInput follow) throws IOException {
    String community = communities.id(Spill.readCount(row));
    String action = Spill.readText(row);
    String series = Spill.readText(row);
    String session = Spill.readText(row);
    int agreedOn = row.readInt();
    int owners = row.readInt();
    int due = row.readInt();
    int completedOn = row.readInt();
    int smallSteps = follow.readInt();
    String followSession = Spill.readText(follow);
    int followOn = follow.readInt();
    boolean completed = completedOn != NONE;
    boolean followed = followSession != null;
    table.add(
        community,
        series,
        session,
        action,
        date(agreedOn),
        owners,
        date(due),
        completed,
        date(completedOn),
        completed ? completedOn - agreedOn : null,
        smallSteps,
        followed,
        followSession,
        followed ? date(followOn) : null,
        followed ? followOn - agreedOn : null);
  }

  private static LocalDate date(int epochDay) {
    return epochDay == NONE ? null : LocalDate.ofEpochDay(epochDay);
  }
}
