package org.communityofpractice.core.consent;

/** The lawful basis of a grant of {@link ConsentPurpose#COMMUNITY_COMMUNICATIONS}. */
public enum ConsentBasis {
  /** The person opted in. */
  CONSENT,
  /**
   * The charity soft opt-in: the person gave their details while supporting the community, was
   * offered a simple way to opt out then and in every message, and has not taken it. Withdrawing is
   * the opt-out. Valid only for community communications.
   */
  SOFT_OPT_IN
}
