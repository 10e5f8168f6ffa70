package org.communityofpractice.core.analysis;

import java.util.BitSet;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;
import org.communityofpractice.core.topic.Topic;

/**
 * The breadth of perspectives, sectors and organisations in the room, and the voice of lived
 * experience.
 */
final class RepresentationFold extends TableFold {
  private static final int LIVED = 1 << Perspective.EXPERT_BY_EXPERIENCE.ordinal();
  private static final int NEUTRAL = 1 << Perspective.NEUTRAL_EXPERT.ordinal();

  static final Schema REPRESENTATION =
      Schema.of(
          "representation",
          "One row per session: the breadth of who was in the room",
          COMMUNITY,
          SERIES,
          SESSION,
          HELD_ON,
          Column.integer(
              "distinct_perspectives",
              "Different perspectives in the room (expert by experience counted only in a trusted research environment)"),
          Column.integer("distinct_sectors", "Different sectors in the room"),
          Column.integer("distinct_organisations", "Different organisations in the room"),
          Column.bool(
                  "lived_experience_present",
                  "Whether an expert by experience was in the room; empty unless the analysis was built for a trusted research environment (special-category data)")
              .optional(),
          Column.bool(
              "lived_experience_case_study",
              "Whether the presentation shared a case study from the perspective of lived experience"),
          Column.bool("neutral_expert_present", "Whether a neutral expert was in the room"),
          Column.integer("needed_perspectives", "Perspectives the session's topic needs")
              .optional(),
          Column.integer("needed_perspectives_missing", "Of them, how many were not in the room")
              .optional());

  private final Rows table;

  RepresentationFold(Outputs outputs) {
    this.table = outputs.apply(REPRESENTATION);
  }

  @Override
  void accept(CommunityIndex c, Session s, int[] attendees) {
    int perspectives = 0;
    int sectors = 0;
    BitSet organisations = new BitSet();
    for (int a : attendees) {
      perspectives |= c.perspectives(a);
      int sector = c.sector(a);
      if (sector >= 0) {
        sectors |= 1 << sector;
      }
      int organisation = c.organisation(a);
      if (organisation >= 0) {
        organisations.set(organisation);
      }
    }
    boolean caseStudy =
        s.presentation()
            .flatMap(Presentation::perspective)
            .filter(Perspective.EXPERT_BY_EXPERIENCE::equals)
            .isPresent();
    Topic topic = c.topics.get(s.topic());
    Integer needed = null;
    Integer missing = null;
    if (topic != null) {
      int neededMask = 0;
      for (Perspective p : topic.neededPerspectives()) {
        neededMask |= 1 << p.ordinal();
      }
      needed = Integer.bitCount(neededMask);
      missing = Integer.bitCount(neededMask & ~perspectives);
    }
    table.add(
        c.id,
        series(s),
        s.id().value(),
        s.startsAt().toLocalDate(),
        Integer.bitCount(perspectives),
        Integer.bitCount(sectors),
        organisations.cardinality(),
        c.livedExperience ? (Object) ((perspectives & LIVED) != 0) : null,
        caseStudy,
        (perspectives & NEUTRAL) != 0,
        needed,
        missing);
  }

  @Override
  void finish() {
    // every row is written as its session comes
  }
}
