package org.communityofpractice.core.people;

/**
 * Categories of lived experience. These are special-category or criminal-offence data: recorded
 * only with explicit consent, held only in the register, never published per person.
 */
public enum LivedExperience {
  HOMELESSNESS,
  CRIMINAL_JUSTICE,
  MENTAL_HEALTH,
  SUBSTANCE_USE,
  DOMESTIC_ABUSE,
  LEAVING_CARE,
  PHYSICAL_HEALTH,
  OTHER
}
