package org.communityofpractice.examples.serve;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do in {@code cop serve} when it runs with login: the three people who run a
 * community's sessions and answer its data-subject requests. An account may hold more than one. The
 * pages name each in their language ({@code role.FACILICHAIR} in the app's bundle).
 */
public enum Role {
  /**
   * Sets the community up (people, consent, topics, series), runs sessions and manages accounts.
   */
  FACILICHAIR(
      EnumSet.of(
          Permission.SET_UP,
          Permission.CAPTURE,
          Permission.AFTER,
          Permission.CIRCULATE,
          Permission.ACCOUNTS)),
  /** Signs people in at the door and records sessions; reads the review and the reports. */
  RECORDER(EnumSet.of(Permission.CAPTURE, Permission.AFTER)),
  /** Answers people's requests: access, rectification, restriction and erasure. */
  DATA_PROTECTION_LEAD(EnumSet.of(Permission.RIGHTS, Permission.AFTER));

  @SuppressWarnings(
      "ImmutableEnumChecker") // each role's set is an EnumSet no code changes after construction
  private final Set<Permission> may;

  Role(Set<Permission> may) {
    this.may = may;
  }

  /** Returns whether this role may do what {@code permission} covers. */
  boolean may(Permission permission) {
    return may.contains(permission);
  }

  /** What a page or form needs of the account using it. */
  public enum Permission {
    /** The community, its people and their consent, topics and series. */
    SET_UP,
    /** Starting a session, the sign-in at the door, live capture. */
    CAPTURE,
    /** The review, session pages and reports (publishable views only). */
    AFTER,
    /**
     * Circulating a report to the email list, with a decision on each publication check finding.
     */
    CIRCULATE,
    /** People's rights: finding a person, access, rectification, restriction, erasure. */
    RIGHTS,
    /** Adding and removing accounts. */
    ACCOUNTS
  }
}
