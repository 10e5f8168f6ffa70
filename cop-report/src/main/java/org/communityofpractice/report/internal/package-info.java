/** Helpers of the report module; not exported, not part of the API. */
package org.communityofpractice.report.internal;
