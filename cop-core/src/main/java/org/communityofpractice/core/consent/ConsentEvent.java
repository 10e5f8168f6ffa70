package org.communityofpractice.core.consent;

import java.time.Instant;
import java.util.Objects;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * One entry of the {@link ConsentLedger}: a decision and its terms. A grant for a special-category
 * purpose that is not explicit is rejected.
 *
 * @param decision granted or withdrawn
 * @param terms whose, for what, when, how, under which notice, recorded by whom
 */
public record ConsentEvent(ConsentDecision decision, ConsentTerms terms) {
  /**
   * Checks the event.
   *
   * @param decision granted or withdrawn; must not be {@literal null}
   * @param terms whose, for what, when, how, under which notice, recorded by whom; must not be
   *     {@literal null}
   * @throws NullPointerException if {@code decision} or {@code terms} is {@literal null}
   * @throws InvalidValueException naming {@code terms.explicit} when a special-category purpose is
   *     granted without explicit consent
   */
  public ConsentEvent {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(terms, "terms");
    if (decision == ConsentDecision.GRANTED
        && terms.purpose().isSpecialCategory()
        && !terms.explicit()) {
      throw InvalidValueException.of(
          "terms.explicit",
          "must be true, with the confirming wording, to grant "
              + terms.purpose()
              + " (special-category data)",
          false);
    }
  }

  /**
   * A grant under these terms.
   *
   * @param terms the terms; must not be {@literal null}, and explicit for a special-category
   *     purpose
   * @return the event, never {@literal null}
   * @throws InvalidValueException when a special-category purpose is granted without explicit
   *     consent
   */
  public static ConsentEvent granted(ConsentTerms terms) {
    return new ConsentEvent(ConsentDecision.GRANTED, terms);
  }

  /**
   * A withdrawal under these terms.
   *
   * @param terms the terms; must not be {@literal null}
   * @return the event, never {@literal null}
   */
  public static ConsentEvent withdrawn(ConsentTerms terms) {
    return new ConsentEvent(ConsentDecision.WITHDRAWN, terms);
  }

  /** {@return whose decision it is, never {@literal null}} */
  public PersonId person() {
    return terms.person();
  }

  /** {@return the purpose decided on, never {@literal null}} */
  public ConsentPurpose purpose() {
    return terms.purpose();
  }

  /** {@return when the person decided, never {@literal null}} */
  public Instant at() {
    return terms.at();
  }

  /** {@return whether the event is a grant, not a withdrawal} */
  public boolean isGrant() {
    return decision == ConsentDecision.GRANTED;
  }
}
