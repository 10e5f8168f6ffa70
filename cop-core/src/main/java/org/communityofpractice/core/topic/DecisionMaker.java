package org.communityofpractice.core.topic;

import java.util.Objects;
import org.communityofpractice.core.people.PersonId;

/**
 * Someone a series' findings go to because they can make decisions: "Identify the key influencers,
 * groups and Boards; distribute the findings". Either a person held in the member register ({@link
 * InRegister}), who receives the findings only with {@code DECISION_MAKER_COMMUNICATIONS} in force
 * in the consent ledger, or an {@link Organisation} at its generic address, kept with the series
 * (not personal data, so no consent is asked).
 *
 * <pre>{@code
 * Series withThem = Series.builder().from(series)
 *     .addDecisionMakers(DecisionMaker.of(sam, DecisionMaker.Kind.INFLUENCER))
 *     .addDecisionMakers(Organisation.of(OrganisationId.of("safeguarding-board"),
 *         "Example Safeguarding Adults Board", "board@council.example.org", DecisionMaker.Kind.BOARD))
 *     .build();
 * }</pre>
 */
public sealed interface DecisionMaker permits DecisionMaker.InRegister, Organisation {
  /** {@return what kind of decision maker, never {@literal null}} */
  Kind kind();

  /** {@return how the send log and the follow-ups refer to it, never {@literal null}} */
  RecipientId recipient();

  /**
   * A person in the register as a decision maker.
   *
   * @param person the person's id in the member register; must not be {@literal null}
   * @param kind what kind of decision maker they are; must not be {@literal null}
   * @return the decision maker, never {@literal null}
   */
  static InRegister of(PersonId person, Kind kind) {
    return new InRegister(person, kind);
  }

  /**
   * A person in the register as a decision maker: contact details keep their one home.
   *
   * @param person the register entry
   * @param kind what kind of decision maker
   */
  record InRegister(PersonId person, Kind kind) implements DecisionMaker {
    /**
     * Checks the record.
     *
     * @param person the person's id in the member register; must not be {@literal null}
     * @param kind what kind of decision maker they are; must not be {@literal null}
     * @throws NullPointerException if {@code person} or {@code kind} is {@literal null}
     */
    public InRegister {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public RecipientId recipient() {
      return RecipientId.of(person);
    }
  }

  /** The guide's three kinds: "the key influencers, groups and Boards". */
  enum Kind {
    /** A key influencer: a person who can make decisions or move others to. */
    INFLUENCER,
    /** A group, such as a partnership or a forum. */
    GROUP,
    /** A Board, such as a safeguarding or health and wellbeing Board. */
    BOARD
  }
}
