package org.communityofpractice.core.rights;

import java.time.Instant;
import java.util.Objects;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.PersonId;

/**
 * A request to erase one person, as the erasure log keeps it so it can be replayed on a restored
 * backup. It holds the person's id — the one thing needed to find them again — and nothing else
 * about them.
 *
 * <pre>{@code
 * ErasureRequest request = ErasureRequest.of(sam, Instant.now(), Actor.role("data protection lead"),
 *     ErasureGround.REQUESTED_BY_PERSON);
 * ErasureRequest keepWords = request.keepingContributionsUnattributed();
 * }</pre>
 *
 * @param person whom to erase
 * @param at when the erasure is carried out
 * @param actor who carries it out
 * @param ground why
 * @param contributions what happens to their words; {@link ContributionHandling#REMOVE_TEXT} unless
 *     they agreed otherwise
 */
public record ErasureRequest(
    PersonId person,
    Instant at,
    Actor actor,
    ErasureGround ground,
    ContributionHandling contributions) {
  /**
   * Checks the record.
   *
   * @param person whom to erase; must not be {@literal null}
   * @param at when the erasure is carried out; must not be {@literal null}
   * @param actor who carries it out; must not be {@literal null}
   * @param ground why; must not be {@literal null}
   * @param contributions what happens to their words; {@link ContributionHandling#REMOVE_TEXT}
   *     unless they agreed otherwise; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public ErasureRequest {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(contributions, "contributions");
  }

  /**
   * A request that removes the person's words.
   *
   * @param person whom to erase; must not be {@literal null}
   * @param at when the erasure is carried out; must not be {@literal null}
   * @param actor who carries it out; must not be {@literal null}
   * @param ground why; must not be {@literal null}
   * @return the request, never {@literal null}
   */
  public static ErasureRequest of(PersonId person, Instant at, Actor actor, ErasureGround ground) {
    return new ErasureRequest(person, at, actor, ground, ContributionHandling.REMOVE_TEXT);
  }

  /**
   * {@return the same request keeping the person's words, attributed to nobody; never {@literal
   * null}}
   */
  public ErasureRequest keepingContributionsUnattributed() {
    return new ErasureRequest(person, at, actor, ground, ContributionHandling.KEEP_UNATTRIBUTED);
  }
}
