/**
 * Data-subject rights under UK GDPR: access ({@link
 * org.communityofpractice.core.rights.AccessReport}), rectification with an audit entry,
 * restriction and lifting it, erasure with a tombstone and a replayable {@link
 * org.communityofpractice.core.rights.ErasureLog}, and retention sweeps ({@link
 * org.communityofpractice.core.rights.RetentionPolicy}). Requests return outcomes; a refused
 * request is a value, not an exception.
 *
 * <pre>{@code
 * import org.communityofpractice.core.people.Actor;
 * import org.communityofpractice.core.people.ErasureGround;
 * ErasureLog erasureLog = ErasureLog.empty();
 * RequestOutcome<Erasure> outcome = DataSubjectRights.erase(community,
 *     ErasureRequest.of(sam, Instant.now(), Actor.role("data protection lead"), ErasureGround.REQUESTED_BY_PERSON));
 * if (outcome.isDone()) {
 *   community = outcome.result().community();
 *   erasureLog = erasureLog.append(outcome.result());
 * }
 * }</pre>
 */
@CopStyle
package org.communityofpractice.core.rights;

import org.communityofpractice.core.internal.CopStyle;
