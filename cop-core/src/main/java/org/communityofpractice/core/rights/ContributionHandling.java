package org.communityofpractice.core.rights;

/** What erasure does with the words a person contributed. */
public enum ContributionHandling {
  /** Remove them: the default. */
  REMOVE_TEXT,
  /** Keep them, attributed to nobody: only when the person agreed to it. */
  KEEP_UNATTRIBUTED
}
