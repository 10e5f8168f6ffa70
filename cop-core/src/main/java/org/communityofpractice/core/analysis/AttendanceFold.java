package org.communityofpractice.core.analysis;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;

/**
 * Headcount, new and returning members, by perspective and sector; and retention across a series.
 */
final class AttendanceFold extends TableFold {
  private static final Perspective[] PERSPECTIVES = Perspective.values();
  private static final Sector[] SECTORS = Sector.values();

  static final Schema ATTENDANCE = attendanceSchema();

  static final Schema RETENTION =
      Schema.of(
          "retention",
          "One row per series: who came back after its first session",
          COMMUNITY,
          SERIES_REQUIRED,
          Column.integer("sessions", "Sessions of the series"),
          Column.text("first_session", "The series' first session"),
          Column.text("last_session", "The series' latest session"),
          Column.integer("first_headcount", "How many were at the first session"),
          Column.integer("came_again", "Of them, how many came to a later session of the series"),
          Column.integer(
              "at_last_session",
              "Of them, how many were at the latest session (all of them when there is one session)"),
          Column.decimal(
                  "retention_share",
                  "came_again / first_headcount, in 0..1; empty with one session")
              .optional(),
          Column.integer("distinct_people", "Different people at any session of the series"));

  private static Schema attendanceSchema() {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                COMMUNITY,
                SERIES,
                SESSION,
                HELD_ON,
                Column.integer("headcount", "How many were in the room"),
                Column.integer(
                    "new_members", "Of them, how many came to the community for the first time"),
                Column.integer("returning_members", "Of them, how many had come before")));
    for (Perspective p : PERSPECTIVES) {
      String name = p.name().toLowerCase(Locale.ROOT);
      columns.add(
          p == Perspective.EXPERT_BY_EXPERIENCE
              ? Column.integer(
                      name,
                      "How many in the room bring lived experience; empty unless the analysis was"
                          + " built for a trusted research environment (special-category data)")
                  .optional()
              : Column.integer(
                  name,
                  "How many in the room bring the perspective "
                      + p.name()
                      + " (a person may bring several)"));
    }
    columns.add(
        Column.integer(
            "perspective_not_known",
            "How many in the room have no perspective that may be analysed: none recorded, restricted, erased, or only lived experience outside a trusted research environment"));
    for (Sector s : SECTORS) {
      columns.add(
          Column.integer(
              "sector_" + s.name().toLowerCase(Locale.ROOT),
              "How many in the room come from the " + s.name() + " sector"));
    }
    columns.add(
        Column.integer(
            "sector_not_known", "How many in the room have no sector that may be analysed"));
    return Schema.of("attendance", "One row per session: who was in the room, as counts", columns);
  }

  private final Rows attendance;
  private final Rows kept;

  /** Who has come to each community so far, by person index: new and returning members. */
  private final List<BitSet> seen = new ArrayList<>();

  /**
   * Each series' number in {@link #retention}, by community ordinal: a community meets one series
   * at a time, so its latest is kept beside the map, to need no look-up most sessions.
   */
  private final ByCommunity<Met> met = new ByCommunity<>(Met::new);

  /**
   * Who came to the first, the latest and any session of each series, in the order first seen: its
   * row waits for the end of the run, since a series may always take up again.
   */
  private final SpilledStates<Retention> retention;

  AttendanceFold(Outputs outputs, Limits limits) {
    this.retention = new SpilledStates<>(Retention.CODEC, limits);
    this.attendance = outputs.apply(ATTENDANCE);
    this.kept = outputs.apply(RETENTION);
  }

  /** One community's series: each one's number, and the latest met. */
  private static final class Met {
    final Map<String, Integer> series = new HashMap<>();
    String latest;
    int latestNumber;
  }

  private static final class Retention {
    final int community;
    final String series;
    int sessions;
    String firstSession;
    String lastSession;
    final BitSet first = new BitSet();
    final BitSet cameAgain = new BitSet();
    BitSet last = new BitSet();
    final BitSet everyone = new BitSet();

    Retention(int community, String series) {
      this.community = community;
      this.series = series;
    }

    static final SpilledStates.Codec<Retention> CODEC =
        new SpilledStates.Codec<>() {
          @Override
          public void write(Retention r, DataOutput out) throws IOException {
            Spill.writeCount(out, r.community);
            Spill.writeText(out, r.series);
            Spill.writeCount(out, r.sessions);
            Spill.writeText(out, r.firstSession);
            Spill.writeText(out, r.lastSession);
            for (BitSet people : List.of(r.first, r.cameAgain, r.last, r.everyone)) {
              long[] words = people.toLongArray();
              Spill.writeCount(out, words.length);
              for (long w : words) {
                out.writeLong(w);
              }
            }
          }

          @Override
          public Retention read(DataInput in) throws IOException {
            Retention r = new Retention(Spill.readCount(in), Spill.readText(in));
            r.sessions = Spill.readCount(in);
            r.firstSession = Spill.readText(in);
            r.lastSession = Spill.readText(in);
            r.first.or(bits(in));
            r.cameAgain.or(bits(in));
            r.last = bits(in);
            r.everyone.or(bits(in));
            return r;
          }

          private BitSet bits(DataInput in) throws IOException {
            long[] words = new long[Spill.readCount(in)];
            for (int i = 0; i < words.length; i++) {
              words[i] = in.readLong();
            }
            return BitSet.valueOf(words);
          }
        };
  }

  @Override
  void accept(CommunityIndex c, Session s, int[] attendees) {
    if (attendance != null) {
      count(c, s, attendees);
    }
    String series = series(s);
    if (series != null && kept != null) {
      keep(c, s, series, attendees);
    }
  }

  private void count(CommunityIndex c, Session s, int[] attendees) {
    while (seen.size() <= c.ordinal) {
      seen.add(new BitSet());
    }
    BitSet before = seen.get(c.ordinal);
    int fresh = 0;
    int[] byPerspective = new int[PERSPECTIVES.length];
    int[] bySector = new int[SECTORS.length];
    int perspectiveUnknown = 0;
    int sectorUnknown = 0;
    for (int a : attendees) {
      if (!before.get(a)) {
        fresh++;
        before.set(a);
      }
      int mask = c.perspectives(a);
      if (mask == 0) {
        perspectiveUnknown++;
      }
      for (int p = 0; p < PERSPECTIVES.length; p++) {
        if ((mask & (1 << p)) != 0) {
          byPerspective[p]++;
        }
      }
      int sector = c.sector(a);
      if (sector < 0) {
        sectorUnknown++;
      } else {
        bySector[sector]++;
      }
    }
    Object[] row = new Object[ATTENDANCE.width()];
    int i = 0;
    row[i++] = c.id;
    row[i++] = series(s);
    row[i++] = s.id().value();
    row[i++] = s.startsAt().toLocalDate();
    row[i++] = attendees.length;
    row[i++] = fresh;
    row[i++] = attendees.length - fresh;
    for (int p = 0; p < byPerspective.length; p++) {
      boolean withheld = p == Perspective.EXPERT_BY_EXPERIENCE.ordinal() && !c.livedExperience;
      row[i++] = withheld ? null : byPerspective[p];
    }
    row[i++] = perspectiveUnknown;
    for (int n : bySector) {
      row[i++] = n;
    }
    row[i] = sectorUnknown;
    attendance.add(row);
  }

  private void keep(CommunityIndex c, Session s, String series, int[] attendees) {
    Met m = met.of(c);
    Retention r;
    if (series.equals(m.latest)) {
      r = retention.get(m.latestNumber);
    } else {
      Integer number = m.series.get(series);
      if (number == null) {
        r = new Retention(c.ordinal, series);
        number = retention.add(r);
        m.series.put(series, number);
      } else {
        r = retention.get(number);
      }
      m.latest = series;
      m.latestNumber = number;
    }
    BitSet here = new BitSet();
    for (int a : attendees) {
      here.set(a);
    }
    if (r.sessions++ == 0) {
      r.firstSession = s.id().value();
      r.first.or(here);
    } else {
      BitSet back = (BitSet) here.clone();
      back.and(r.first);
      r.cameAgain.or(back);
    }
    r.lastSession = s.id().value();
    r.last = here;
    r.everyone.or(here);
  }

  @Override
  void finish() {
    if (kept == null) {
      return;
    }
    met.forgetStates();
    for (int i = 0; i < retention.size(); i++) {
      Retention r = retention.last(i);
      BitSet atLast = (BitSet) r.last.clone();
      atLast.and(r.first);
      int first = r.first.cardinality();
      kept.add(
          met.id(r.community),
          r.series,
          r.sessions,
          r.firstSession,
          r.lastSession,
          first,
          r.cameAgain.cardinality(),
          atLast.cardinality(),
          r.sessions < 2 || first == 0 ? null : (double) r.cameAgain.cardinality() / first,
          r.everyone.cardinality());
    }
    retention.close();
  }
}
