package org.communityofpractice.core.topic;

import java.util.Objects;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.internal.EmailAddresses;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A decision maker that is an organisation written to at its generic address, such as a
 * safeguarding Board at {@code board@council.example.org}: "the key influencers, groups and
 * Boards". It is kept with the series, not in the member register, and needs no consent: the name
 * and generic address of an organisation are not personal data (they identify no living person), so
 * it is neither in an access export nor touched by an erasure. Write a named person at an
 * organisation into the register instead, as a {@link DecisionMaker.InRegister} with their own
 * {@code DECISION_MAKER_COMMUNICATIONS} consent. An organisation that asks to hear no more is taken
 * off the series' list ({@code cop series decision-maker remove}).
 *
 * <pre>{@code
 * Organisation board = Organisation.of(OrganisationId.of("safeguarding-board"),
 *     "Example Safeguarding Adults Board", "board@council.example.org", DecisionMaker.Kind.BOARD);
 * Series withBoard = Series.builder().from(series).addDecisionMakers(board).build();
 * }</pre>
 *
 * @param id how the send log and the follow-ups refer to it
 * @param name how messages address it, such as "Example Safeguarding Adults Board"
 * @param address its generic email address
 * @param kind what kind of decision maker; usually a group or a Board
 */
public record Organisation(OrganisationId id, String name, String address, Kind kind)
    implements DecisionMaker {
  /**
   * Checks the record.
   *
   * @param id how the send log and the follow-ups refer to it; must not be {@literal null}
   * @param name how messages address it; must not be {@literal null} or blank
   * @param address its generic email address; must not be {@literal null} and must be an email
   *     address
   * @param kind what kind of decision maker; must not be {@literal null}
   * @throws NullPointerException if any component is {@literal null}
   * @throws InvalidValueException if the name is blank or the address is not an email address
   */
  public Organisation {
    Objects.requireNonNull(id, "id");
    Checks.text(name, "name");
    Objects.requireNonNull(address, "address");
    if (!EmailAddresses.isPlausible(address)) {
      // a generic address is not personal data, but a mistyped one might be a person's: not
      // repeated
      throw InvalidValueException.ofPersonal(
          "address",
          "must be an email address like board@council.example.org, at most "
              + EmailAddresses.MAX_LENGTH
              + " characters");
    }
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * The organisation; see the record's parameters.
   *
   * @param id how the send log and the follow-ups refer to it; must not be {@literal null}
   * @param name how messages address it; must not be {@literal null} or blank
   * @param address its generic email address; must not be {@literal null}
   * @param kind what kind of decision maker; must not be {@literal null}
   * @return the organisation, never {@literal null}
   * @throws InvalidValueException if the name is blank or the address is not an email address
   */
  public static Organisation of(OrganisationId id, String name, String address, Kind kind) {
    return new Organisation(id, name, address, kind);
  }

  @Override
  public RecipientId recipient() {
    return RecipientId.of(id);
  }

  /** Shows the id and kind only, like every value that holds an address. */
  @Override
  public String toString() {
    return "Organisation{" + id + ", " + kind + "}";
  }
}
