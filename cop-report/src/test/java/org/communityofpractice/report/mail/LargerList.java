package org.communityofpractice.report.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;

/**
 * The fixture community with twelve more people who agreed to emails and two more who agreed and
 * then withdrew: a list long enough to stop in the middle of.
 */
final class LargerList {
  static final int JOINED = 12;
  static final int WITHDREW = 2;

  private LargerList() {}

  static Community community() {
    Community c = CommunityFixtures.sotcopWithConsent();
    MemberRegister.Builder register = MemberRegister.builder().from(c.register());
    ConsentLedger ledger = c.consent();
    for (int i = 0; i < JOINED + WITHDREW; i++) {
      PersonId id = PersonId.of("p-member-" + i);
      register.addPerson(
          Person.builder()
              .id(id)
              .name("Member " + i + " Example")
              .addPerspective(Perspective.COMMUNITY_MEMBER)
              .sector(Sector.COMMUNITY)
              .contact(ContactDetails.email("member" + i + "@example.org"))
              .build());
      ConsentTerms grant =
          ConsentTerms.builder()
              .person(id)
              .purpose(ConsentPurpose.COMMUNITY_COMMUNICATIONS)
              .at(CommunityFixtures.SIGNED_IN)
              .method(ConsentMethod.PAPER_ATTENDANCE_LIST)
              .notice(CommunityFixtures.NOTICE_2016)
              .recordedBy(Actor.person(CommunityFixtures.RECORDER))
              .build();
      ledger = ledger.grant(grant);
      if (i >= JOINED) {
        ledger =
            ledger.withdraw(grant.withAt(CommunityFixtures.SIGNED_IN.plus(Duration.ofDays(10))));
      }
    }
    return Community.builder().from(c).register(register.build()).consent(ledger).build();
  }

  /** Everyone who should receive the report on {@link CirculationFixtures#SENT_AT}. */
  static List<String> expectedAddresses() {
    List<String> expected =
        new ArrayList<>(List.of("steve@example.org", "alex@example.org", "sam@example.org"));
    for (int i = 0; i < JOINED; i++) {
      expected.add("member" + i + "@example.org");
    }
    return expected;
  }
}
