package org.communityofpractice.core.people;

/** Why processing of a person's data is restricted (UK GDPR Article 18). */
public enum RestrictionGround {
  /** The person contests the accuracy of their data, while it is checked. */
  ACCURACY_CONTESTED,
  /** The processing is unlawful and the person asked for restriction instead of erasure. */
  UNLAWFUL_PROCESSING,
  /** The community no longer needs the data but the person needs it kept for a legal claim. */
  NEEDED_FOR_LEGAL_CLAIM,
  /** The person objected and the objection is being considered. */
  OBJECTION_PENDING
}
