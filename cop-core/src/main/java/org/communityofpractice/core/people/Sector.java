package org.communityofpractice.core.people;

/** The sector a person works in, or the one they come to the community from. */
public enum Sector {
  STATUTORY,
  VOLUNTARY,
  COMMUNITY,
  COMMISSIONED,
  INDEPENDENT
}
