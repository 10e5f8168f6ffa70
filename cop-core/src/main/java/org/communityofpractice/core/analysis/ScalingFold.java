package org.communityofpractice.core.analysis;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;

/** Scaling per question and session, its movement across each series, and paired movement. */
final class ScalingFold extends TableFold {
  static final Schema SCALING =
      Schema.of(
          "scaling",
          "One row per scaling question asked at a session; anonymous ratings count, restricted people's do not",
          COMMUNITY,
          SERIES,
          SESSION,
          HELD_ON,
          Column.integer(
              "question_number", "The question's place among the session's scaling rounds, from 1"),
          QUESTION,
          Column.integer("scale_min", "The lowest point of the scale"),
          Column.integer("scale_max", "The highest point of the scale"),
          Column.integer("good_enough", "The level the group agreed would be good enough"),
          Column.integer(
              "n",
              "How many ratings count: anonymous ones and those of people who are not restricted"),
          Column.integer("n_anonymous", "How many of them were anonymous"),
          Column.integer("min", "The lowest rating").optional(),
          Column.decimal("lower_quartile", "The 25th percentile (type 7, as R and pandas)")
              .optional(),
          Column.decimal("median", "The median rating").optional(),
          Column.decimal("upper_quartile", "The 75th percentile (type 7)").optional(),
          Column.integer("max", "The highest rating").optional(),
          Column.decimal("mean", "The mean rating").optional(),
          Column.decimal(
                  "share_at_or_above_good_enough",
                  "The share of ratings at or above good enough, in 0..1")
              .optional());

  static final Schema MOVEMENT =
      Schema.of(
          "scaling_movement",
          "One row per scaling question and series: how the answers moved from the first session it was asked at to the last",
          COMMUNITY,
          SERIES_REQUIRED,
          QUESTION,
          Column.integer("sessions_asked", "Sessions of the series where the question had ratings"),
          Column.text("first_session", "The first such session"),
          Column.text("last_session", "The last such session"),
          Column.decimal("first_median", "The median at the first session"),
          Column.decimal("last_median", "The median at the last session"),
          Column.decimal("median_change", "last_median - first_median; empty with one session")
              .optional(),
          Column.decimal("first_share", "The share at or above good enough at the first session"),
          Column.decimal("last_share", "The share at or above good enough at the last session"),
          Column.decimal("share_change", "last_share - first_share; empty with one session")
              .optional());

  static final Schema PAIRED =
      Schema.of(
          "paired_movement",
          "One row per pair of consecutive ratings by the same person of the same question in a series; only people who are not restricted and whose research consent is in force",
          COMMUNITY,
          SERIES_REQUIRED,
          QUESTION,
          Column.text("person", "The person's id"),
          Column.text("from_session", "The session of the earlier rating"),
          Column.text("to_session", "The session of the later rating"),
          Column.integer("from_rating", "The earlier rating"),
          Column.integer("to_rating", "The later rating"),
          Column.integer("change", "to_rating - from_rating"));

  private final Rows scaling;
  private final Rows moved;
  private final Rows paired;

  /**
   * The series each community has met so far, by community ordinal: where to find the states of
   * each question asked in them.
   */
  private final ByCommunity<Met> met = new ByCommunity<>(Met::new);

  /**
   * The question texts by number, so that an index entry and a spilled state hold a number, not the
   * text.
   */
  private final Map<String, Integer> questionNumbers = new HashMap<>();

  private final List<String> questions = new ArrayList<>();

  /**
   * The first and latest statistics of each question in each series, in the order first asked: its
   * movement row waits for the end of the run, since a series may always take up again.
   */
  private final SpilledStates<Movement> movement;

  /**
   * Each consenting person's latest rating of each question in each series, for the pair their next
   * rating makes.
   */
  private final SpilledStates<Pairs> pairs;

  ScalingFold(Outputs outputs, Limits limits) {
    this.movement = new SpilledStates<>(Movement.CODEC, limits);
    this.pairs = new SpilledStates<>(Pairs.CODEC, limits);
    this.scaling = outputs.apply(SCALING);
    this.moved = outputs.apply(MOVEMENT);
    this.paired = outputs.apply(PAIRED);
  }

  /**
   * One community's series by id, and the one it met last: a community meets one series at a time,
   * so its next session is most often of that one and needs no look-up.
   */
  private static final class Met {
    final Map<String, Questions> series = new HashMap<>();
    Questions latest;

    Questions of(String id) {
      if (latest == null || !latest.series.equals(id)) {
        latest = series.computeIfAbsent(id, Questions::new);
      }
      return latest;
    }
  }

  /**
   * The questions asked in a series and the numbers of their states, three numbers a question: the
   * question's, its movement state's and its pairs state's, -1 until it has one.
   */
  private static final class Questions {
    final String series;
    int[] slots = new int[0];

    Questions(String series) {
      this.series = series;
    }

    /** The place of a question's numbers in {@link #slots}, added when first asked. */
    int slot(int question) {
      for (int i = 0; i < slots.length; i += 3) {
        if (slots[i] == question) {
          return i;
        }
      }
      int i = slots.length;
      slots = java.util.Arrays.copyOf(slots, i + 3);
      slots[i] = question;
      slots[i + 1] = -1;
      slots[i + 2] = -1;
      return i;
    }
  }

  /** The first and latest statistics of a question in a series. */
  private static final class Movement {
    final int community;
    final String series;
    final int question;
    int asked;
    String firstSession;
    String lastSession;
    double firstMedian;
    double lastMedian;
    double firstShare;
    double lastShare;

    Movement(int community, String series, int question) {
      this.community = community;
      this.series = series;
      this.question = question;
    }

    static final SpilledStates.Codec<Movement> CODEC =
        new SpilledStates.Codec<>() {
          @Override
          public void write(Movement m, DataOutput out) throws IOException {
            Spill.writeCount(out, m.community);
            Spill.writeText(out, m.series);
            Spill.writeCount(out, m.question);
            Spill.writeCount(out, m.asked);
            Spill.writeText(out, m.firstSession);
            Spill.writeText(out, m.lastSession);
            out.writeDouble(m.firstMedian);
            out.writeDouble(m.lastMedian);
            out.writeDouble(m.firstShare);
            out.writeDouble(m.lastShare);
          }

          @Override
          public Movement read(DataInput in) throws IOException {
            Movement m = new Movement(Spill.readCount(in), Spill.readText(in), Spill.readCount(in));
            m.asked = Spill.readCount(in);
            m.firstSession = Spill.readText(in);
            m.lastSession = Spill.readText(in);
            m.firstMedian = in.readDouble();
            m.lastMedian = in.readDouble();
            m.firstShare = in.readDouble();
            m.lastShare = in.readDouble();
            return m;
          }
        };
  }

  /**
   * Each consenting person's latest rating of a question in a series, by person index, and the
   * session it was given at, as its place among the sessions the question was rated at.
   */
  private static final class Pairs {
    /** One up, so that 0 means none (scales may start at 0). */
    int[] rating = new int[0];

    int[] at = new int[0];
    String[] sessions = new String[2];
    int sessionCount;

    void ensure(int size) {
      if (rating.length < size) {
        int n = Math.max(size, rating.length * 2);
        rating = java.util.Arrays.copyOf(rating, n);
        at = java.util.Arrays.copyOf(at, n);
      }
    }

    /**
     * The place of a session among {@link #sessions}; sessions come in order, so it is the last.
     */
    int session(String id) {
      if (sessionCount > 0 && sessions[sessionCount - 1].equals(id)) {
        return sessionCount - 1;
      }
      if (sessionCount == sessions.length) {
        sessions = java.util.Arrays.copyOf(sessions, sessionCount * 2);
      }
      sessions[sessionCount] = id;
      return sessionCount++;
    }

    /**
     * Only the people with a rating: their index (as a step from the one before), rating and
     * session.
     */
    static final SpilledStates.Codec<Pairs> CODEC =
        new SpilledStates.Codec<>() {
          @Override
          public void write(Pairs p, DataOutput out) throws IOException {
            Spill.writeCount(out, p.sessionCount);
            for (int i = 0; i < p.sessionCount; i++) {
              Spill.writeText(out, p.sessions[i]);
            }
            Spill.writeCount(out, p.rating.length);
            int rated = 0;
            for (int r : p.rating) {
              rated += r != 0 ? 1 : 0;
            }
            Spill.writeCount(out, rated);
            int previous = 0;
            for (int i = 0; i < p.rating.length; i++) {
              if (p.rating[i] != 0) {
                Spill.writeCount(out, i - previous);
                Spill.writeCount(out, p.rating[i]);
                Spill.writeCount(out, p.at[i]);
                previous = i;
              }
            }
          }

          @Override
          public Pairs read(DataInput in) throws IOException {
            Pairs p = new Pairs();
            p.sessionCount = Spill.readCount(in);
            p.sessions = new String[Math.max(2, p.sessionCount)];
            for (int i = 0; i < p.sessionCount; i++) {
              p.sessions[i] = Spill.readText(in);
            }
            p.ensure(Spill.readCount(in));
            int person = 0;
            for (int n = Spill.readCount(in); n > 0; n--) {
              person += Spill.readCount(in);
              p.rating[person] = Spill.readCount(in);
              p.at[person] = Spill.readCount(in);
            }
            return p;
          }
        };
  }

  @Override
  void accept(CommunityIndex c, Session s, int[] attendees) {
    String series = series(s);
    String session = s.id().value();
    Questions asked = null;
    for (int r = 0; r < s.scaling().size(); r++) {
      ScalingRound round = s.scaling().get(r);
      int anonymous = 0;
      int[] counted = new int[round.ratings().size()];
      int n = 0;
      for (Rating rating : round.ratings()) {
        if (rating.isAnonymous()) {
          anonymous++;
        } else if (c.restricted(c.index(rating.ratedBy().get()))) {
          continue; // restriction keeps a rating out of analysis as out of reports
        }
        counted[n++] = rating.value();
      }
      ScalingStatistics st =
          ScalingStatistics.of(
                  n == counted.length ? counted : java.util.Arrays.copyOf(counted, n),
                  round.question())
              .orElse(null);
      String question = round.question().text();
      if (scaling != null) {
        scaling.add(
            c.id,
            series,
            session,
            s.startsAt().toLocalDate(),
            r + 1,
            question,
            round.question().scale().min(),
            round.question().scale().max(),
            round.question().goodEnough(),
            n,
            anonymous,
            st == null ? null : st.min(),
            st == null ? null : st.lowerQuartile(),
            st == null ? null : st.median(),
            st == null ? null : st.upperQuartile(),
            st == null ? null : st.max(),
            st == null ? null : st.mean(),
            st == null ? null : st.shareAtOrAboveGoodEnough());
      }
      if (series == null || (moved == null && paired == null)) {
        continue;
      }
      if (asked == null) {
        asked = met.of(c).of(series);
      }
      int q = number(question);
      int slot = asked.slot(q);
      if (st != null && moved != null) {
        Movement m;
        if (asked.slots[slot + 1] < 0) {
          m = new Movement(c.ordinal, series, q);
          asked.slots[slot + 1] = movement.add(m);
        } else {
          m = movement.get(asked.slots[slot + 1]);
        }
        if (m.asked++ == 0) {
          m.firstSession = session;
          m.firstMedian = st.median();
          m.firstShare = st.shareAtOrAboveGoodEnough();
        }
        m.lastSession = session;
        m.lastMedian = st.median();
        m.lastShare = st.shareAtOrAboveGoodEnough();
      }
      if (paired != null) {
        pair(c, asked, slot, series, question, round, session);
      }
    }
  }

  private int number(String question) {
    Integer q = questionNumbers.get(question);
    if (q == null) {
      q = questions.size();
      questions.add(question);
      questionNumbers.put(question, q);
    }
    return q;
  }

  private void pair(
      CommunityIndex c,
      Questions asked,
      int slot,
      String series,
      String question,
      ScalingRound round,
      String session) {
    Pairs p = null;
    int here = -1;
    for (Rating rating : round.ratings()) {
      if (rating.isAnonymous()) {
        continue;
      }
      int person = c.index(rating.ratedBy().get());
      if (!c.personLevel(person)) {
        continue; // never held, so never in a row
      }
      if (p == null) {
        if (asked.slots[slot + 2] < 0) {
          p = new Pairs();
          asked.slots[slot + 2] = pairs.add(p);
        } else {
          p = pairs.get(asked.slots[slot + 2]);
        }
        p.ensure(c.size());
        here = p.session(session);
      }
      int before = p.rating[person];
      String from = before == 0 ? null : p.sessions[p.at[person]];
      if (before != 0 && !from.equals(session)) {
        paired.add(
            c.id,
            series,
            question,
            c.id(person),
            from,
            session,
            before - 1,
            rating.value(),
            rating.value() - (before - 1));
      }
      p.rating[person] = rating.value() + 1;
      p.at[person] = here;
    }
  }

  @Override
  void finish() {
    met.forgetStates();
    pairs.close();
    for (int i = 0; i < movement.size(); i++) { // empty unless the movement table was asked for
      Movement m = movement.last(i);
      boolean two = m.asked >= 2;
      moved.add(
          met.id(m.community),
          m.series,
          questions.get(m.question),
          m.asked,
          m.firstSession,
          m.lastSession,
          m.firstMedian,
          m.lastMedian,
          two ? m.lastMedian - m.firstMedian : null,
          m.firstShare,
          m.lastShare,
          two ? m.lastShare - m.firstShare : null);
    }
    movement.close();
  }
}
