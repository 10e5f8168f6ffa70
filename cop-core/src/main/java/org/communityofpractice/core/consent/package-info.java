/**
 * The consent ledger: an append-only record, per person and purpose, of consent granted and
 * withdrawn — when, how, under which notice and recorded by whom — from which the consent in force
 * at any instant is derived. Nothing here holds personal data beyond person ids.
 *
 * <pre>{@code
 * import org.communityofpractice.core.people.Actor;
 * ConsentTerms terms = ConsentTerms.builder()
 *     .person(sam)
 *     .purpose(ConsentPurpose.NAMED_IN_REPORTS)
 *     .at(Instant.parse("2016-03-03T10:05:00Z"))
 *     .method(ConsentMethod.PAPER_ATTENDANCE_LIST)
 *     .notice(NoticeVersion.of("2016-1"))
 *     .recordedBy(Actor.role("facilitator"))
 *     .build();
 * ConsentLedger ledger = ConsentLedger.empty().grant(terms);
 * ledger.inForce(sam, ConsentPurpose.NAMED_IN_REPORTS, Instant.now()); // true
 * }</pre>
 */
@CopStyle
package org.communityofpractice.core.consent;

import org.communityofpractice.core.internal.CopStyle;
