package org.communityofpractice.core.session;

/** What a session's short presentation shares. */
public enum PresentationKind {
  /** A case study, told verbally. */
  CASE_STUDY,
  /** An example of good practice. */
  GOOD_PRACTICE,
  /** A new topic introduced to the community. */
  NEW_TOPIC,
  /** Materials relating to the current topic. */
  MATERIALS
}
