/**
 * The guide's practical warnings as checks over a community, its series and sessions. A check
 * returns {@link org.communityofpractice.core.review.Finding}s — what was noticed, the evidence
 * (ids and counts, never personal data) and what the community might try next, in the guide's
 * competence-based, no-blame words: a finding is an invitation, not a verdict.
 *
 * <pre>{@code
 * List<Finding> findings = Review.guide().build().review(community, Instant.now());
 * }</pre>
 */
@CopStyle
package org.communityofpractice.core.review;

import org.communityofpractice.core.internal.CopStyle;
