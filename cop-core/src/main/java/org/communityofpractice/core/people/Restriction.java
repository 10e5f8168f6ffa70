package org.communityofpractice.core.people;

import java.time.Instant;
import java.util.Objects;

/**
 * A restriction on a person's data: the register still holds it, but it is excluded from
 * publication, mailing and analysis until the restriction is lifted.
 *
 * <pre>{@code
 * Person restricted = community.register().find(sam).orElseThrow().withRestriction(
 *     Restriction.of(Instant.parse("2026-01-05T10:00:00Z"), RestrictionGround.ACCURACY_CONTESTED));
 * }</pre>
 *
 * @param since when it began
 * @param ground why
 */
public record Restriction(Instant since, RestrictionGround ground) {
  public Restriction {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(ground, "ground");
  }

  public static Restriction of(Instant since, RestrictionGround ground) {
    return new Restriction(since, ground);
  }
}
