/**
 * The invitation to the next session as an iCalendar file ({@link
 * org.communityofpractice.report.calendar.InvitationCalendar}). Needs ical4j at run time, an
 * optional dependency of cop-report.
 */
package org.communityofpractice.report.calendar;
