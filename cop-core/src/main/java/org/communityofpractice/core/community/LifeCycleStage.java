package org.communityofpractice.core.community;

/** Where a community is in its life cycle (Tuckman's developmental sequence in groups). */
public enum LifeCycleStage {
  /** The group comes together and gets to know its purpose; a new community starts here. */
  FORMING,
  /** Differences about the group's purpose and ways of working come to the surface. */
  STORMING,
  /** The group agrees how it works together. */
  NORMING,
  /** The group works well towards its purpose. */
  PERFORMING,
  /** The group winds up, or its work moves elsewhere. */
  ADJOURNING
}
