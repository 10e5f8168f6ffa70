package org.communityofpractice.core.analysis;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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

  /** Each question in each series, and the numbers of its states below. */
  private final Map<Key, Numbers> questions = new HashMap<>();

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

  /** A question within a community's series. */
  private record Key(int community, String series, String question) {}

  /** The numbers of a question's states in a series; -1 until it has one. */
  private static final class Numbers {
    int movement = -1;
    int pairs = -1;
  }

  /** The first and latest statistics of a question in a series. */
  private static final class Movement {
    final String community;
    final String series;
    final String question;
    int asked;
    String firstSession;
    String lastSession;
    double firstMedian;
    double lastMedian;
    double firstShare;
    double lastShare;

    Movement(String community, String series, String question) {
      this.community = community;
      this.series = series;
      this.question = question;
    }

    static final SpilledStates.Codec<Movement> CODEC =
        new SpilledStates.Codec<>() {
          @Override
          public void write(Movement m, DataOutput out) throws IOException {
            Spill.writeText(out, m.community);
            Spill.writeText(out, m.series);
            Spill.writeText(out, m.question);
            out.writeInt(m.asked);
            Spill.writeText(out, m.firstSession);
            Spill.writeText(out, m.lastSession);
            out.writeDouble(m.firstMedian);
            out.writeDouble(m.lastMedian);
            out.writeDouble(m.firstShare);
            out.writeDouble(m.lastShare);
          }

          @Override
          public Movement read(DataInput in) throws IOException {
            Movement m = new Movement(Spill.readText(in), Spill.readText(in), Spill.readText(in));
            m.asked = in.readInt();
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

  /** Each consenting person's latest rating of a question in a series, by person index. */
  private static final class Pairs {
    int[] rating = new int[0];
    String[] session = new String[0];

    void ensure(int size) {
      if (rating.length < size) {
        int n = Math.max(size, rating.length * 2);
        rating = java.util.Arrays.copyOf(rating, n);
        session = java.util.Arrays.copyOf(session, n);
      }
    }

    static final SpilledStates.Codec<Pairs> CODEC =
        new SpilledStates.Codec<>() {
          @Override
          public void write(Pairs p, DataOutput out) throws IOException {
            out.writeInt(p.rating.length);
            for (int i = 0; i < p.rating.length; i++) {
              out.writeInt(p.rating[i]);
              Spill.writeText(out, p.session[i]);
            }
          }

          @Override
          public Pairs read(DataInput in) throws IOException {
            Pairs p = new Pairs();
            p.ensure(in.readInt());
            for (int i = 0; i < p.rating.length; i++) {
              p.rating[i] = in.readInt();
              p.session[i] = Spill.readText(in);
            }
            return p;
          }
        };
  }

  @Override
  void accept(CommunityIndex c, Session s, int[] attendees) {
    String series = series(s);
    String session = s.id().value();
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
      Numbers numbers =
          questions.computeIfAbsent(new Key(c.ordinal, series, question), k -> new Numbers());
      if (st != null && moved != null) {
        Movement m;
        if (numbers.movement < 0) {
          m = new Movement(c.id, series, question);
          numbers.movement = movement.add(m);
        } else {
          m = movement.get(numbers.movement);
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
        pair(c, numbers, series, question, round, session);
      }
    }
  }

  private void pair(
      CommunityIndex c,
      Numbers numbers,
      String series,
      String question,
      ScalingRound round,
      String session) {
    Pairs p = null;
    for (Rating rating : round.ratings()) {
      if (rating.isAnonymous()) {
        continue;
      }
      int person = c.index(rating.ratedBy().get());
      if (!c.personLevel(person)) {
        continue; // never held, so never in a row
      }
      if (p == null) {
        if (numbers.pairs < 0) {
          p = new Pairs();
          numbers.pairs = pairs.add(p);
        } else {
          p = pairs.get(numbers.pairs);
        }
        p.ensure(c.size());
      }
      int before = p.rating[person];
      if (before != 0 && !Objects.equals(p.session[person], session)) {
        int from = before - 1; // stored one up, so that 0 means none (scales may start at 0)
        paired.add(
            c.id,
            series,
            question,
            c.id(person),
            p.session[person],
            session,
            from,
            rating.value(),
            rating.value() - from);
      }
      p.rating[person] = rating.value() + 1;
      p.session[person] = session;
    }
  }

  @Override
  void finish() {
    questions.clear();
    pairs.close();
    for (int i = 0; i < movement.size(); i++) { // empty unless the movement table was asked for
      Movement m = movement.last(i);
      boolean two = m.asked >= 2;
      moved.add(
          m.community,
          m.series,
          m.question,
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
