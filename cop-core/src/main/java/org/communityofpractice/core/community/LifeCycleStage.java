package org.communityofpractice.core.community;

/** Where a community is in its life cycle (Tuckman's developmental sequence in groups). */
public enum LifeCycleStage {
  FORMING,
  STORMING,
  NORMING,
  PERFORMING,
  ADJOURNING
}
