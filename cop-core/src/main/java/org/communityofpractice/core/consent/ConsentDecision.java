package org.communityofpractice.core.consent;

/** What a consent event records. */
public enum ConsentDecision {
  /** The person agreed to the purpose. */
  GRANTED,
  /** The person took back an agreement for the purpose; it counts from when it was recorded. */
  WITHDRAWN
}
