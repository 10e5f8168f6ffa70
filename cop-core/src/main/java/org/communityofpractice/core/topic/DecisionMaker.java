package org.communityofpractice.core.topic;

import java.util.Objects;
import org.communityofpractice.core.people.PersonId;

/**
 * Someone a series' findings go to because they can make decisions: "Identify the key influencers,
 * groups and Boards; distribute the findings". A decision maker is held in the member register
 * like everyone else — a person, or an organisation at its generic address (such as {@code
 * board@council.example}) — so contact details keep one home, and receives the findings only with
 * {@code DECISION_MAKER_COMMUNICATIONS} in force in the consent ledger.
 *
 * <pre>{@code
 * Series series = Series.builder().from(prisonRelease)
 *     .addDecisionMakers(DecisionMaker.of(safeguardingBoard, DecisionMaker.Kind.BOARD))
 *     .build();
 * }</pre>
 *
 * @param person the register entry
 * @param kind what kind of decision maker
 */
public record DecisionMaker(PersonId person, Kind kind) {
  public DecisionMaker {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(kind, "kind");
  }

  public static DecisionMaker of(PersonId person, Kind kind) {
    return new DecisionMaker(person, kind);
  }

  /** The guide's three kinds: "the key influencers, groups and Boards". */
  public enum Kind {
    /** A key influencer: a person who can make decisions or move others to. */
    INFLUENCER,
    /** A group, such as a partnership or a forum. */
    GROUP,
    /** A Board, such as a safeguarding or health and wellbeing Board. */
    BOARD
  }
}
