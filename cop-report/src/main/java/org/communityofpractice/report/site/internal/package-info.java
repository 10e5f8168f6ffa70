/** The pages and the feed of the report website; not part of the API. */
package org.communityofpractice.report.site.internal;
