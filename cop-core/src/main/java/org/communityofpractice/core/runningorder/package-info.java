/**
 * Running orders: the stages of a hosted conversation with the guide's prompts, the guide's
 * first-session and subsequent-session templates, and a community's own.
 */
@CopStyle
package org.communityofpractice.core.runningorder;

import org.communityofpractice.core.internal.CopStyle;
