/**
 * Circulating reports to the community email list ({@link
 * org.communityofpractice.report.mail.Circulation}): one standards-conformant message per recipient
 * with the thanks, the invitation and its calendar entry, written to an outbox or delivered through
 * a mail server, each recorded in the store's send log. Needs Jakarta Mail, Angus Mail and ical4j
 * at run time, optional dependencies of cop-report.
 */
package org.communityofpractice.report.mail;
