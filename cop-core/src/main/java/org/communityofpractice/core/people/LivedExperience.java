package org.communityofpractice.core.people;

/**
 * Categories of lived experience. These are special-category or criminal-offence data: recorded
 * only with explicit consent, held only in the register, never published per person.
 */
public enum LivedExperience {
  /** Homelessness, now or in the past. */
  HOMELESSNESS,
  /**
   * Contact with the criminal justice system, such as prison or probation: criminal-offence data.
   */
  CRIMINAL_JUSTICE,
  /** Mental ill health. */
  MENTAL_HEALTH,
  /** Substance use: alcohol or drugs. */
  SUBSTANCE_USE,
  /** Domestic abuse. */
  DOMESTIC_ABUSE,
  /** Leaving the care system. */
  LEAVING_CARE,
  /** Physical ill health or disability. */
  PHYSICAL_HEALTH,
  /** Lived experience of something the other categories do not name. */
  OTHER
}
