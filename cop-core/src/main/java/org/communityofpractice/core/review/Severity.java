package org.communityofpractice.core.review;

/** How much a finding matters, from a gentle note to something at the heart of the practice. */
public enum Severity {
  /** Worth noticing; nothing may need to change. */
  NOTE,
  /** A part of the guide's practice that was left out and could be tried next time. */
  SUGGESTION,
  /** Something the guide treats as essential, such as the voice of lived experience. */
  IMPORTANT
}
