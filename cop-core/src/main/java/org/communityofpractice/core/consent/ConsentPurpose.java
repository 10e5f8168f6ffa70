package org.communityofpractice.core.consent;

/** What a person may consent to. */
public enum ConsentPurpose {
  /** Receiving the community's emails: session reports, invitations. */
  COMMUNITY_COMMUNICATIONS(false),
  /** Being named in reports. */
  NAMED_IN_REPORTS(false),
  /** Being quoted by role and place, such as "Housing Manager, Stoke-on-Trent". */
  QUOTED_BY_ROLE(false),
  /** Appearing in photographs. */
  PHOTOGRAPHED(false),
  /** Having their contact details shared with other members. */
  CONTACT_SHARED_WITH_MEMBERS(false),
  /** Having what they contributed used in research. */
  RESEARCH_USE(false),
  /**
   * Having their lived experience (homelessness, prison, mental health…) recorded: special-category
   * or criminal-offence data, so only explicit consent counts.
   */
  LIVED_EXPERIENCE_RECORDED(true);

  private final boolean specialCategory;

  ConsentPurpose(boolean specialCategory) {
    this.specialCategory = specialCategory;
  }

  /** Whether the purpose concerns special-category data, which needs explicit consent. */
  public boolean isSpecialCategory() {
    return specialCategory;
  }
}
