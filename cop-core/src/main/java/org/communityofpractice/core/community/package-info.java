/**
 * A community of practice and everything it holds: its principles, core group, life-cycle stage,
 * resources and legacy, its register, topics, series, sessions and running orders.
 */
@CopStyle
package org.communityofpractice.core.community;

import org.communityofpractice.core.internal.CopStyle;
