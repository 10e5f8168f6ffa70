package org.communityofpractice.examples.serve;

/**
 * One account as the accounts page lists it; never its password's hash.
 *
 * @param id the opaque id the audit log names it by
 * @param userName what its holder types to sign in
 * @param roles its roles in the pages' words
 */
public record AccountRow(String id, String userName, String roles) {}
