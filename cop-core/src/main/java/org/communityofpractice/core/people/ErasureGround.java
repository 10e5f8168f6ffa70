package org.communityofpractice.core.people;

/** Why a person's data was erased (UK GDPR Article 17), or anonymised by a retention sweep. */
public enum ErasureGround {
  /** The person asked for erasure. */
  REQUESTED_BY_PERSON,
  /** The person withdrew the consent the data was held on. */
  CONSENT_WITHDRAWN,
  /** The person objected and there is no overriding reason to keep the data. */
  OBJECTION_UPHELD,
  /** The data is no longer needed for the purpose it was collected for. */
  NO_LONGER_NEEDED,
  /** The data was held unlawfully. */
  UNLAWFULLY_HELD,
  /** Its retention period ended. */
  RETENTION_PERIOD_ENDED
}
