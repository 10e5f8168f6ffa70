package org.communityofpractice.report;

import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.PersonId;

/** Consent decisions for the composer's tests. */
final class ConsentSamples {
  private ConsentSamples() {}

  static ConsentTerms terms(PersonId who, ConsentPurpose purpose, Instant at) {
    return ConsentTerms.builder()
        .person(who)
        .purpose(purpose)
        .at(at)
        .method(ConsentMethod.PAPER_ATTENDANCE_LIST)
        .notice(NoticeVersion.of("2016-1"))
        .recordedBy(Actor.role("facilitator"))
        .build();
  }

  static Community withConsent(Community community, ConsentLedger ledger) {
    return Community.builder().from(community).consent(ledger).build();
  }
}
