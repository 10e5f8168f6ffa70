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
  /**
   * Checks the record.
   *
   * @param since when it began; must not be {@literal null}
   * @param ground why; must not be {@literal null}
   * @throws NullPointerException if {@code since} or {@code ground} is {@literal null}
   */
  public Restriction {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(ground, "ground");
  }

  /**
   * A restriction in force since {@code since}.
   *
   * @param since when it began; must not be {@literal null}
   * @param ground why; must not be {@literal null}
   * @return the restriction, never {@literal null}
   */
  public static Restriction of(Instant since, RestrictionGround ground) {
    return new Restriction(since, ground);
  }
}
