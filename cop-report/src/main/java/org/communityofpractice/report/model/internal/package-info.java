/** Argument checks of the report model; not exported, not part of the API. */
package org.communityofpractice.report.model.internal;
