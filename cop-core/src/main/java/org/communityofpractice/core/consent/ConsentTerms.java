package org.communityofpractice.core.consent;

import java.time.Instant;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * The inputs of one consent decision — whose, for what, when, how, under which notice and recorded
 * by whom — shared by {@link ConsentLedger#grant(ConsentTerms)} and {@link
 * ConsentLedger#withdraw(ConsentTerms)}, so withdrawing is exactly as easy as granting.
 *
 * <pre>{@code
 * ConsentTerms terms = ConsentTerms.builder()
 *     .person(sam)
 *     .purpose(ConsentPurpose.LIVED_EXPERIENCE_RECORDED)
 *     .at(Instant.parse("2016-03-03T10:05:00Z"))
 *     .method(ConsentMethod.FORM)
 *     .notice(NoticeVersion.of("2016-1"))
 *     .recordedBy(Actor.role("facilitator"))
 *     .explicitly("I agree that my experience of prison is recorded in the register")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ConsentTerms {
  ConsentTerms() {}

  /** {@return a builder for consent terms, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConsentTerms}; see {@link #explicitly(String)} for explicit consent. */
  public static final class Builder extends ImmutableConsentTerms.Builder {
    Builder() {}

    /**
     * Marks the decision explicit, with the wording the person confirmed.
     *
     * @param confirmingWording the wording the person confirmed; must not be {@literal null} or
     *     blank
     * @return this builder, never {@literal null}
     */
    public Builder explicitly(String confirmingWording) {
      explicit(true);
      confirmingWording(confirmingWording);
      return this;
    }
  }

  /** {@return whose decision it is, never {@literal null}} */
  public abstract PersonId person();

  /** {@return what the decision is for, never {@literal null}} */
  public abstract ConsentPurpose purpose();

  /** {@return when the person decided, never {@literal null}} */
  public abstract Instant at();

  /**
   * {@return how the decision was given: paper attendance list, verbal, form or email; never
   * {@literal null}}
   */
  public abstract ConsentMethod method();

  /** {@return the privacy notice the person was shown, never {@literal null}} */
  public abstract NoticeVersion notice();

  /** {@return who recorded the decision, never {@literal null}} */
  public abstract Actor recordedBy();

  /**
   * Whether the person confirmed the decision in words of their own choosing or a clear statement,
   * as explicit consent for special-category data requires.
   *
   * @return {@code true} if the decision is explicit; {@code false} by default
   */
  @Value.Default
  public boolean explicit() {
    return false;
  }

  /** {@return the wording the person confirmed, present exactly when the decision is explicit} */
  public abstract Optional<String> confirmingWording();

  /**
   * {@return the basis of a grant, by default {@link ConsentBasis#CONSENT}; {@link
   * ConsentBasis#SOFT_OPT_IN} only for community communications}
   */
  @Value.Default
  public ConsentBasis basis() {
    return ConsentBasis.CONSENT;
  }

  /**
   * The same terms decided at another instant: a withdrawal that follows a grant.
   *
   * @param at the other instant; must not be {@literal null}
   * @return new terms, never {@literal null}
   */
  public ConsentTerms withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /**
   * The same terms for another purpose.
   *
   * @param purpose the other purpose; must not be {@literal null}
   * @return new terms, never {@literal null}
   * @throws InvalidValueException when the basis is the soft opt-in and {@code purpose} is not
   *     {@code COMMUNITY_COMMUNICATIONS}
   */
  public ConsentTerms withPurpose(ConsentPurpose purpose) {
    return builder().from(this).purpose(purpose).build();
  }

  @Value.Check
  void check() {
    confirmingWording().ifPresent(w -> Checks.text(w, "confirmingWording"));
    if (explicit() && confirmingWording().isEmpty()) {
      throw InvalidValueException.of(
          "confirmingWording", "must be given when the decision is explicit", "none");
    }
    if (!explicit() && confirmingWording().isPresent()) {
      throw InvalidValueException.of(
          "explicit", "must be true when confirming wording is given", false);
    }
    if (basis() == ConsentBasis.SOFT_OPT_IN
        && purpose() != ConsentPurpose.COMMUNITY_COMMUNICATIONS) {
      throw InvalidValueException.of(
          "basis",
          "must be CONSENT for purpose "
              + purpose()
              + "; the soft opt-in covers only COMMUNITY_COMMUNICATIONS",
          basis());
    }
  }

  /**
   * Everything but the confirming wording, which a recorder may have written in the person's words.
   */
  @Override
  public String toString() {
    return "ConsentTerms{person="
        + person()
        + ", purpose="
        + purpose()
        + ", at="
        + at()
        + ", method="
        + method()
        + ", notice="
        + notice()
        + ", recordedBy="
        + recordedBy()
        + ", explicit="
        + explicit()
        + ", basis="
        + basis()
        + "}";
  }
}
