package org.communityofpractice.core.consent;

/** The consent derived from a ledger for one person and purpose at one instant. */
public enum ConsentStatus {
  /** No decision is recorded. */
  NEVER_ASKED,
  /** Granted, not expired, under the current notice. */
  GRANTED,
  /** Withdrawn. */
  WITHDRAWN,
  /** Granted, but longer ago than the rules allow: the person needs asking again. */
  EXPIRED,
  /** Granted under an earlier notice than the current one: the person needs asking again. */
  NOTICE_CHANGED;

  /** {@return whether the consent may be relied on: only {@link #GRANTED} may} */
  public boolean inForce() {
    return this == GRANTED;
  }

  /**
   * {@return whether the person once granted it and should be asked again: it expired or the notice
   * changed}
   */
  public boolean needsAskingAgain() {
    return this == EXPIRED || this == NOTICE_CHANGED;
  }
}
