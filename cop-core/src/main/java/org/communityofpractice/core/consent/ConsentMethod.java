package org.communityofpractice.core.consent;

/** How a consent decision was given. */
public enum ConsentMethod {
  /** Ticked on the paper attendance list. */
  PAPER_ATTENDANCE_LIST,
  /** Said aloud, and noted by whoever recorded it. */
  VERBAL,
  /** A paper or online form. */
  FORM,
  /** An email from the person. */
  EMAIL
}
