package org.communityofpractice.core.session;

/** The kinds of contribution a facilitated discussion collects. */
public enum ContributionKind {
  /** A comment on what is being discussed. */
  COMMENT,
  /** A statement of a view or a fact. */
  STATEMENT,
  /** A question put to the group. */
  QUESTION,
  /** A piece of data: a figure, a finding, a source. */
  DATA,
  /** An example of good practice, from any source. */
  GOOD_PRACTICE,
  /** A description of the preferred future: "How will you know when things are a little better?" */
  PREFERRED_FUTURE,
  /** Something already working well for the community. */
  WORKING_WELL,
  /** An answer to "What's gone well since we last met?" */
  GONE_WELL,
  /** An update on progress for this or another community topic. */
  UPDATE,
  /** A final thought on what was useful about the session. */
  USEFULNESS
}
