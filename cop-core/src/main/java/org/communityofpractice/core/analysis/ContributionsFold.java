package org.communityofpractice.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;

/** Contributions counted by kind and by the stage of the running order they came in. */
final class ContributionsFold extends TableFold {
  static final String NOT_RECORDED = "not-recorded";
  private static final ContributionKind[] KINDS = ContributionKind.values();

  static final Schema CONTRIBUTIONS =
      Schema.of(
          "contributions",
          "One row per community, stage and kind of contribution that occurred",
          COMMUNITY,
          Column.text(
              "stage",
              "The stage's key, such as good-practice; not-recorded when the stage was not noted"),
          Column.text("kind", "The kind of contribution, such as good_practice"),
          Column.integer("contributions", "How many contributions of the kind came in the stage"),
          Column.integer("sessions", "In how many sessions at least one did"));

  private final Rows table;

  /** Counts by community, stage and kind: a row per community, stage and kind at the end. */
  private final List<Map<String, long[]>> byCommunity = new ArrayList<>();

  private final List<String> communityIds = new ArrayList<>();

  ContributionsFold(Outputs outputs) {
    this.table = outputs.apply(CONTRIBUTIONS);
  }

  @Override
  void accept(CommunityIndex c, Session s, int[] attendees) {
    while (byCommunity.size() <= c.ordinal) {
      byCommunity.add(new LinkedHashMap<>());
      communityIds.add(null);
    }
    communityIds.set(c.ordinal, c.id);
    Map<String, long[]> counts = byCommunity.get(c.ordinal);
    Map<String, Integer> seenHere = new HashMap<>();
    for (Contribution contribution : s.contributions()) {
      String stage = contribution.stage().map(k -> k.value()).orElse(NOT_RECORDED);
      int kind = contribution.kind().ordinal();
      // counts of each kind, then sessions of each kind
      long[] cell = counts.computeIfAbsent(stage, k -> new long[KINDS.length * 2]);
      cell[kind]++;
      int mask = seenHere.getOrDefault(stage, 0);
      if ((mask & (1 << kind)) == 0) {
        cell[KINDS.length + kind]++;
        seenHere.put(stage, mask | (1 << kind));
      }
    }
  }

  @Override
  void finish() {
    for (int c = 0; c < byCommunity.size(); c++) {
      for (Map.Entry<String, long[]> e : byCommunity.get(c).entrySet()) {
        for (int k = 0; k < KINDS.length; k++) {
          if (e.getValue()[k] > 0) {
            table.add(
                communityIds.get(c),
                e.getKey(),
                KINDS[k].name().toLowerCase(Locale.ROOT),
                e.getValue()[k],
                e.getValue()[KINDS.length + k]);
          }
        }
      }
    }
    byCommunity.clear();
  }
}
