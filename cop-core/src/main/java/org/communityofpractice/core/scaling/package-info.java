/**
 * Solution-focused scaling: the question and its scale, the good-enough level, ratings (anonymous
 * or attributed), "one point up" ideas, statistics and movement across a series.
 */
@CopStyle
package org.communityofpractice.core.scaling;

import org.communityofpractice.core.internal.CopStyle;
