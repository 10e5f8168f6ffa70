package org.communityofpractice.core.analysis;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;
import org.communityofpractice.core.table.Table;

/** Scaling per question and session, its movement across each series, and paired movement. */
final class ScalingFold extends TableFold {
  static final Schema SCALING =
      Schema.of(
          "scaling",
          "One row per scaling question asked at a session; anonymous ratings count, restricted people's do not",
          COMMUNITY, SERIES, SESSION, HELD_ON,
          Column.integer("question_number", "The question's place among the session's scaling rounds, from 1"),
          QUESTION,
          Column.integer("scale_min", "The lowest point of the scale"),
          Column.integer("scale_max", "The highest point of the scale"),
          Column.integer("good_enough", "The level the group agreed would be good enough"),
          Column.integer("n", "How many ratings count: anonymous ones and those of people who are not restricted"),
          Column.integer("n_anonymous", "How many of them were anonymous"),
          Column.integer("min", "The lowest rating").optional(),
          Column.decimal("lower_quartile", "The 25th percentile (type 7, as R and pandas)").optional(),
          Column.decimal("median", "The median rating").optional(),
          Column.decimal("upper_quartile", "The 75th percentile (type 7)").optional(),
          Column.integer("max", "The highest rating").optional(),
          Column.decimal("mean", "The mean rating").optional(),
          Column.decimal("share_at_or_above_good_enough", "The share of ratings at or above good enough, in 0..1").optional());

  static final Schema MOVEMENT =
      Schema.of(
          "scaling_movement",
          "One row per scaling question and series: how the answers moved from the first session it was asked at to the last",
          COMMUNITY, SERIES_REQUIRED, QUESTION,
          Column.integer("sessions_asked", "Sessions of the series where the question had ratings"),
          Column.text("first_session", "The first such session"),
          Column.text("last_session", "The last such session"),
          Column.decimal("first_median", "The median at the first session"),
          Column.decimal("last_median", "The median at the last session"),
          Column.decimal("median_change", "last_median - first_median; empty with one session").optional(),
          Column.decimal("first_share", "The share at or above good enough at the first session"),
          Column.decimal("last_share", "The share at or above good enough at the last session"),
          Column.decimal("share_change", "last_share - first_share; empty with one session").optional());

  static final Schema PAIRED =
      Schema.of(
          "paired_movement",
          "One row per pair of consecutive ratings by the same person of the same question in a series; only people who are not restricted and whose research consent is in force",
          COMMUNITY, SERIES_REQUIRED, QUESTION,
          Column.text("person", "The person's id"),
          Column.text("from_session", "The session of the earlier rating"),
          Column.text("to_session", "The session of the later rating"),
          Column.integer("from_rating", "The earlier rating"),
          Column.integer("to_rating", "The later rating"),
          Column.integer("change", "to_rating - from_rating"));

  private final Table.Builder scaling = Table.builder(SCALING);
  private final Table.Builder paired = Table.builder(PAIRED);
  private final Map<Key, Movement> movement = new LinkedHashMap<>();
  private final Map<Key, Pairs> pairs = new HashMap<>();

  /** A question within a community's series. */
  private record Key(int community, String series, String question) {}

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
      ScalingStatistics st = ScalingStatistics.of(
          n == counted.length ? counted : java.util.Arrays.copyOf(counted, n), round.question()).orElse(null);
      String question = round.question().text();
      scaling.addRow(
          c.id, series, session, s.startsAt().toLocalDate(), r + 1, question,
          round.question().scale().min(), round.question().scale().max(), round.question().goodEnough(),
          n, anonymous,
          st == null ? null : st.min(),
          st == null ? null : st.lowerQuartile(),
          st == null ? null : st.median(),
          st == null ? null : st.upperQuartile(),
          st == null ? null : st.max(),
          st == null ? null : st.mean(),
          st == null ? null : st.shareAtOrAboveGoodEnough());
      if (series == null) {
        continue;
      }
      Key key = new Key(c.ordinal, series, question);
      if (st != null) {
        Movement m = movement.computeIfAbsent(key, k -> new Movement(c.id, series, question));
        if (m.asked++ == 0) {
          m.firstSession = session;
          m.firstMedian = st.median();
          m.firstShare = st.shareAtOrAboveGoodEnough();
        }
        m.lastSession = session;
        m.lastMedian = st.median();
        m.lastShare = st.shareAtOrAboveGoodEnough();
      }
      pair(c, key, round, session);
    }
  }

  private void pair(CommunityIndex c, Key key, ScalingRound round, String session) {
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
        p = pairs.computeIfAbsent(key, k -> new Pairs());
        p.ensure(c.size());
      }
      int before = p.rating[person];
      if (before != 0 && !Objects.equals(p.session[person], session)) {
        int from = before - 1; // stored one up, so that 0 means none (scales may start at 0)
        paired.addRow(
            c.id, key.series(), key.question(), c.id(person), p.session[person], session,
            from, rating.value(), rating.value() - from);
      }
      p.rating[person] = rating.value() + 1;
      p.session[person] = session;
    }
  }

  @Override
  List<Table> finish() {
    Table.Builder moved = Table.builder(MOVEMENT);
    for (Movement m : movement.values()) {
      boolean two = m.asked >= 2;
      moved.addRow(
          m.community, m.series, m.question, m.asked, m.firstSession, m.lastSession,
          m.firstMedian, m.lastMedian, two ? m.lastMedian - m.firstMedian : null,
          m.firstShare, m.lastShare, two ? m.lastShare - m.firstShare : null);
    }
    return List.of(scaling.build(), moved.build(), paired.build());
  }
}
