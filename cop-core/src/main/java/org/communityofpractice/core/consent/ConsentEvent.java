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

  public static ConsentEvent granted(ConsentTerms terms) {
    return new ConsentEvent(ConsentDecision.GRANTED, terms);
  }

  public static ConsentEvent withdrawn(ConsentTerms terms) {
    return new ConsentEvent(ConsentDecision.WITHDRAWN, terms);
  }

  public PersonId person() {
    return terms.person();
  }

  public ConsentPurpose purpose() {
    return terms.purpose();
  }

  public Instant at() {
    return terms.at();
  }

  public boolean isGrant() {
    return decision == ConsentDecision.GRANTED;
  }
}
