/**
 * The publication check ({@link org.communityofpractice.report.check.PublicationCheck}): reads a
 * report's free text for names, email addresses and phone numbers before it is published or
 * circulated.
 */
package org.communityofpractice.report.check;
