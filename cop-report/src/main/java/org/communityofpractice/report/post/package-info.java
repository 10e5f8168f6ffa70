/**
 * The {@code post} renderer: a report's small victories as a short plain-text post for social
 * media, within a length the community chooses.
 */
package org.communityofpractice.report.post;
