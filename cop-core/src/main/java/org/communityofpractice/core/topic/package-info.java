/** Topics a community explores, with the perspectives they need, and series of sessions on them. */
@CopStyle
package org.communityofpractice.core.topic;

import org.communityofpractice.core.internal.CopStyle;
