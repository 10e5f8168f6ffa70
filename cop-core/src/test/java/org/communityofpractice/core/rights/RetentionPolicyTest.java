package org.communityofpractice.core.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.EXPERT_CITIZEN;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PEER_MENTOR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.RESEARCHER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOCIAL_WORKER;

import java.time.Instant;
import java.time.Period;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.AuditEntry.AuditAction;
import org.communityofpractice.core.people.RestrictionGround;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  private static final Actor LEAD = Actor.role("data protection lead");
  private static final Community SOTCOP = CommunityFixtures.sotcopWithConsent();

  /** The last session of the fixture is in June 2016. */
  private static final Instant TWO_YEARS_ON = Instant.parse("2018-07-01T00:00:00Z");

  @Test
  void contactDetailsGoOnceTheirPeriodAfterTheLastSessionHasPassed() {
    RetentionReport report =
        RetentionPolicy.none()
            .keep(RetentionCategory.CONTACT_DETAILS, Period.ofMonths(24))
            .sweep(SOTCOP, TWO_YEARS_ON, LEAD);
    Community after = report.community();
    assertThat(after.register().people())
        .allSatisfy(p -> assertThat(p.contact().isEmpty()).isTrue());
    assertThat(report.anonymised())
        .anySatisfy(
            a -> {
              assertThat(a.person()).isEqualTo(SOCIAL_WORKER);
              assertThat(a.category()).isEqualTo(RetentionCategory.CONTACT_DETAILS);
            });
    assertThat(after.register().audit())
        .allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.ANONYMISED_BY_RETENTION));

    RetentionReport early =
        RetentionPolicy.none()
            .keep(RetentionCategory.CONTACT_DETAILS, Period.ofMonths(24))
            .sweep(SOTCOP, Instant.parse("2017-01-01T00:00:00Z"), LEAD);
    assertThat(early.anonymised())
        .noneMatch(a -> a.category() == RetentionCategory.CONTACT_DETAILS);
  }

  @Test
  void livedExperienceWithoutExplicitConsentInForceGoesAtOnce() {
    RetentionReport report =
        RetentionPolicy.none().sweep(SOTCOP, Instant.parse("2016-07-01T00:00:00Z"), LEAD);
    // the peer mentor's lived experience was recorded without consent; the Expert Citizen gave it
    // explicitly
    assertThat(report.community().register().find(PEER_MENTOR).orElseThrow().livedExperience())
        .isEmpty();
    assertThat(report.community().register().find(EXPERT_CITIZEN).orElseThrow().livedExperience())
        .isNotEmpty();
    assertThat(report.anonymised())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.person()).isEqualTo(PEER_MENTOR);
              assertThat(a.fields()).containsExactly("livedExperience");
            });
  }

  @Test
  void wholeRecordsPastTheirPeriodAreErasedAndReportedForTheErasureLog() {
    RetentionReport report =
        RetentionPolicy.none()
            .keep(RetentionCategory.WHOLE_RECORD, Period.ofYears(2))
            .sweep(SOTCOP, TWO_YEARS_ON, LEAD);
    assertThat(report.community().register().people()).isEmpty();
    assertThat(report.erasures()).hasSize(SOTCOP.register().size());
    assertThat(report.community().sessions())
        .extracting(s -> s.headcount())
        .isEqualTo(SOTCOP.sessions().stream().map(s -> s.headcount()).toList());
  }

  @Test
  void restrictedPeopleAreLeftAsTheyAre() {
    Community restricted =
        DataSubjectRights.restrict(
                SOTCOP, RESEARCHER, RestrictionGround.NEEDED_FOR_LEGAL_CLAIM, LEAD, TWO_YEARS_ON)
            .result();
    RetentionReport report =
        RetentionPolicy.none()
            .keep(RetentionCategory.WHOLE_RECORD, Period.ofYears(2))
            .sweep(restricted, TWO_YEARS_ON, LEAD);
    assertThat(report.community().register().people())
        .extracting(p -> p.id())
        .containsExactly(RESEARCHER);
    assertThat(report.skipped())
        .containsExactly(
            new RetentionReport.Skipped(RESEARCHER, RetentionReport.Skipped.Reason.RESTRICTED));
  }
}
