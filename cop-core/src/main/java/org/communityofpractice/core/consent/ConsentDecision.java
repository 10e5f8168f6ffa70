package org.communityofpractice.core.consent;

/** What a consent event records. */
public enum ConsentDecision {
  GRANTED,
  WITHDRAWN
}
