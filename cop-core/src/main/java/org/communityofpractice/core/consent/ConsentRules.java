package org.communityofpractice.core.consent;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * How long a grant lasts and which privacy notice is current. A grant older than {@code
 * expiresAfter} has {@link ConsentStatus#EXPIRED}; one given under another notice than {@code
 * currentNotice} has {@link ConsentStatus#NOTICE_CHANGED}. Neither is in force: the person needs
 * asking again.
 *
 * <pre>{@code
 * ConsentRules rules = ConsentRules.none()
 *     .withExpiry(Period.ofYears(2))
 *     .withCurrentNotice(NoticeVersion.of("2017-1"));
 * }</pre>
 *
 * @param expiresAfter how long a grant lasts, if it expires at all
 * @param currentNotice the notice a grant must have been given under, if one is set
 */
public record ConsentRules(Optional<Period> expiresAfter, Optional<NoticeVersion> currentNotice) {
  private static final ConsentRules NONE = new ConsentRules(Optional.empty(), Optional.empty());

  /**
   * Checks the rules.
   *
   * @param expiresAfter how long a grant lasts, or empty when it never expires; must not be
   *     {@literal null}, and a period in it positive
   * @param currentNotice the notice a grant must have been given under, or empty when any will do;
   *     must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws InvalidValueException naming {@code expiresAfter} when the period is zero or negative
   */
  public ConsentRules {
    Objects.requireNonNull(expiresAfter, "expiresAfter");
    Objects.requireNonNull(currentNotice, "currentNotice");
    expiresAfter.ifPresent(
        p -> {
          if (p.isNegative() || p.isZero()) {
            throw InvalidValueException.of("expiresAfter", "must be a positive period", p);
          }
        });
  }

  /**
   * {@return rules under which grants never expire and any notice will do; never {@literal null}}
   */
  public static ConsentRules none() {
    return NONE;
  }

  /**
   * The same rules with grants lasting {@code period}.
   *
   * @param period how long a grant lasts; must not be {@literal null} and must be positive
   * @return new rules, never {@literal null}
   * @throws InvalidValueException when the period is zero or negative
   */
  public ConsentRules withExpiry(Period period) {
    return new ConsentRules(Optional.of(period), currentNotice);
  }

  /**
   * The same rules with {@code notice} current.
   *
   * @param notice the notice a grant must have been given under; must not be {@literal null}
   * @return new rules, never {@literal null}
   */
  public ConsentRules withCurrentNotice(NoticeVersion notice) {
    return new ConsentRules(expiresAfter, Optional.of(notice));
  }

  /** The status of a grant given by {@code grant} when seen at {@code at}. */
  ConsentStatus statusOfGrant(ConsentTerms grant, Instant at) {
    if (expiresAfter.isPresent()
        && !at.isBefore(grant.at().atOffset(ZoneOffset.UTC).plus(expiresAfter.get()).toInstant())) {
      return ConsentStatus.EXPIRED;
    }
    if (currentNotice.isPresent() && !currentNotice.get().equals(grant.notice())) {
      return ConsentStatus.NOTICE_CHANGED;
    }
    return ConsentStatus.GRANTED;
  }
}
