package org.communityofpractice.core.rights;

/** The kinds of personal data a {@link RetentionPolicy} gives a period to. */
public enum RetentionCategory {
  /** Email address and phone number. */
  CONTACT_DETAILS,
  /** Role, place and organisation. */
  ROLE_AND_ORGANISATION,
  /**
   * Lived-experience categories. Removed after their period, and at once whenever explicit consent
   * to record them is no longer in force.
   */
  LIVED_EXPERIENCE,
  /** The whole register entry: the person is erased, their words removed. */
  WHOLE_RECORD
}
