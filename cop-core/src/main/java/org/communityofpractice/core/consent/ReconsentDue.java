package org.communityofpractice.core.consent;

import java.time.Instant;
import java.util.Objects;
import org.communityofpractice.core.people.PersonId;

/**
 * Someone to ask again: they granted consent for a purpose, but it has expired or the notice has
 * changed since.
 *
 * @param person whom to ask
 * @param purpose for what
 * @param status why: {@link ConsentStatus#EXPIRED} or {@link ConsentStatus#NOTICE_CHANGED}
 * @param grantedAt when they last granted it
 */
public record ReconsentDue(
    PersonId person, ConsentPurpose purpose, ConsentStatus status, Instant grantedAt) {
  /**
   * Checks the record.
   *
   * @param person whom to ask; must not be {@literal null}
   * @param purpose for what; must not be {@literal null}
   * @param status why; must not be {@literal null}
   * @param grantedAt when they last granted it; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public ReconsentDue {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(grantedAt, "grantedAt");
  }
}
