package org.communityofpractice.core.people;

/** The sector a person works in, or the one they come to the community from. */
public enum Sector {
  /** Statutory services, such as the council, the NHS, the police or probation. */
  STATUTORY,
  /** The voluntary sector: charities and not-for-profit organisations. */
  VOLUNTARY,
  /** Community groups and people acting as members of their community. */
  COMMUNITY,
  /** Services commissioned by a statutory body and run by another provider. */
  COMMISSIONED,
  /** The independent sector: private providers and independent practitioners. */
  INDEPENDENT
}
