package org.communityofpractice.core.consent;

/** What a person may consent to. */
public enum ConsentPurpose {
  /** Receiving the community's emails: session reports, invitations. */
  COMMUNITY_COMMUNICATIONS(false),
  /**
   * Receiving a series' findings as one who can make decisions — a key influencer, or a group or
   * Board at its generic address — and a follow-up offering a meeting or presentation: "share
   * findings with organisations and people that can make decisions to create a preferred future".
   */
  DECISION_MAKER_COMMUNICATIONS(false),
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
  LIVED_EXPERIENCE_RECORDED(true),
  /**
   * Being credited for their lived experience where they share it, such as a case study credited
   * "Expert Citizen": it tells readers of a report about special-category data, so only explicit
   * consent counts, and only together with {@link #LIVED_EXPERIENCE_RECORDED}.
   */
  CREDITED_FOR_LIVED_EXPERIENCE(true);

  private final boolean specialCategory;

  ConsentPurpose(boolean specialCategory) {
    this.specialCategory = specialCategory;
  }

  /** {@return whether the purpose concerns special-category data, which needs explicit consent} */
  public boolean isSpecialCategory() {
    return specialCategory;
  }
}
