package org.communityofpractice.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ConsentLedgerTest {
  private static final PersonId SAM = PersonId.of("p-sam");
  private static final PersonId ALEX = PersonId.of("p-alex");
  private static final Instant MARCH = Instant.parse("2016-03-03T10:05:00Z");

  private static ConsentTerms.Builder terms(PersonId person, ConsentPurpose purpose) {
    return ConsentTerms.builder()
        .person(person)
        .purpose(purpose)
        .at(MARCH)
        .method(ConsentMethod.PAPER_ATTENDANCE_LIST)
        .notice(NoticeVersion.of("2016-1"))
        .recordedBy(Actor.role("facilitator"));
  }

  @Test
  void rejectsLivedExperienceRecordedWithoutExplicitConsent() {
    ConsentTerms implicit = terms(SAM, ConsentPurpose.LIVED_EXPERIENCE_RECORDED).build();
    assertThatThrownBy(() -> ConsentLedger.empty().grant(implicit))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("terms.explicit")
        .hasMessageContaining("LIVED_EXPERIENCE_RECORDED");
  }

  @Test
  void acceptsExplicitLivedExperienceConsentAndKeepsItsWording() {
    ConsentTerms explicit =
        terms(SAM, ConsentPurpose.LIVED_EXPERIENCE_RECORDED)
            .explicitly("I agree that my experience of prison is recorded")
            .build();
    ConsentLedger ledger = ConsentLedger.empty().grant(explicit);
    assertThat(ledger.inForce(SAM, ConsentPurpose.LIVED_EXPERIENCE_RECORDED, MARCH)).isTrue();
    assertThat(ledger.history(SAM).get(0).terms().confirmingWording())
        .contains("I agree that my experience of prison is recorded");
  }

  @Test
  void withdrawingLivedExperienceNeedsNoExplicitWording() {
    ConsentTerms withdrawal = terms(SAM, ConsentPurpose.LIVED_EXPERIENCE_RECORDED).build();
    assertThat(
            ConsentLedger.empty()
                .withdraw(withdrawal)
                .status(SAM, ConsentPurpose.LIVED_EXPERIENCE_RECORDED, MARCH, ConsentRules.none()))
        .isEqualTo(ConsentStatus.WITHDRAWN);
  }

  @Test
  void rejectsExplicitWithoutWordingAndWordingWithoutExplicit() {
    assertThatThrownBy(() -> terms(SAM, ConsentPurpose.RESEARCH_USE).explicit(true).build())
        .hasMessageStartingWith("confirmingWording must be given");
    assertThatThrownBy(
            () -> terms(SAM, ConsentPurpose.RESEARCH_USE).confirmingWording("yes").build())
        .hasMessageStartingWith("explicit must be true");
  }

  @Test
  void rejectsSoftOptInForAnythingButCommunityCommunications() {
    assertThatThrownBy(
            () ->
                terms(SAM, ConsentPurpose.NAMED_IN_REPORTS).basis(ConsentBasis.SOFT_OPT_IN).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("basis");
    assertThat(
            terms(SAM, ConsentPurpose.COMMUNITY_COMMUNICATIONS)
                .basis(ConsentBasis.SOFT_OPT_IN)
                .build()
                .basis())
        .isEqualTo(ConsentBasis.SOFT_OPT_IN);
  }

  @Test
  void aNewNoticeMarksEarlierGrantsForReconsentButNotWithdrawals() {
    ConsentLedger ledger =
        ConsentLedger.empty()
            .grant(terms(SAM, ConsentPurpose.NAMED_IN_REPORTS).build())
            .withdraw(terms(ALEX, ConsentPurpose.NAMED_IN_REPORTS).build())
            .grant(
                terms(ALEX, ConsentPurpose.PHOTOGRAPHED)
                    .notice(NoticeVersion.of("2017-1"))
                    .build());
    ConsentRules rules = ConsentRules.none().withCurrentNotice(NoticeVersion.of("2017-1"));
    Instant next = Instant.parse("2017-02-02T10:00:00Z");
    assertThat(ledger.status(SAM, ConsentPurpose.NAMED_IN_REPORTS, next, rules))
        .isEqualTo(ConsentStatus.NOTICE_CHANGED);
    assertThat(ledger.inForce(SAM, ConsentPurpose.NAMED_IN_REPORTS, next, rules)).isFalse();
    assertThat(ledger.needsAskingAgain(List.of(SAM, ALEX), next, rules))
        .containsExactly(
            new ReconsentDue(
                SAM, ConsentPurpose.NAMED_IN_REPORTS, ConsentStatus.NOTICE_CHANGED, MARCH));
  }

  @Test
  void erasingDropsTheHistoryAndReplacesTheRecorder() {
    ConsentLedger ledger =
        ConsentLedger.empty()
            .grant(terms(SAM, ConsentPurpose.NAMED_IN_REPORTS).build())
            .grant(
                terms(ALEX, ConsentPurpose.NAMED_IN_REPORTS).recordedBy(Actor.person(SAM)).build());
    ConsentLedger erased = ledger.erasing(SAM, PersonId.of("erased-1"));
    assertThat(erased.people()).containsExactly(ALEX);
    assertThat(erased.events().get(0).terms().recordedBy())
        .isEqualTo(Actor.person(PersonId.of("erased-1")));
  }

  @Test
  void anActorRoleCannotHoldAnEmailOrPhone() {
    assertThatThrownBy(() -> Actor.role("sam@example.org")).hasMessageStartingWith("actor.role");
    assertThatThrownBy(() -> Actor.role("01782 000000")).hasMessageStartingWith("actor.role");
    assertThat(Actor.role("data protection lead").role()).contains("data protection lead");
  }

  @Test
  void aWithdrawalAlwaysTakesEffectEvenWhenDatedBeforeAGrantRecordedEarlierAndIsFlagged() {
    ConsentTerms granted =
        ConsentTerms.builder()
            .person(PersonId.of("p-1"))
            .purpose(ConsentPurpose.NAMED_IN_REPORTS)
            .at(Instant.parse("2016-03-10T10:00:00Z"))
            .method(ConsentMethod.FORM)
            .notice(NoticeVersion.of("2016-1"))
            .recordedBy(Actor.role("facilitator"))
            .build();
    // the paper withdrawal, dated the week before, was typed up after the grant
    ConsentLedger ledger =
        ConsentLedger.empty()
            .grant(granted)
            .withdraw(granted.withAt(Instant.parse("2016-03-03T10:00:00Z")));
    Instant later = Instant.parse("2016-04-01T00:00:00Z");
    assertThat(
            ledger.status(
                PersonId.of("p-1"), ConsentPurpose.NAMED_IN_REPORTS, later, ConsentRules.none()))
        .isEqualTo(ConsentStatus.WITHDRAWN);
    assertThat(
            ledger.publishable(
                PersonId.of("p-1"), ConsentPurpose.NAMED_IN_REPORTS, later, ConsentRules.none()))
        .isFalse();
    assertThat(ledger.outOfOrder()).containsExactly(ledger.events().get(1));
    assertThat(ConsentLedger.empty().grant(granted).outOfOrder()).isEmpty();
  }

  @Test
  void aReportAsOfAPastInstantHonoursAWithdrawalMadeSince() {
    ConsentTerms granted =
        ConsentTerms.builder()
            .person(PersonId.of("p-1"))
            .purpose(ConsentPurpose.NAMED_IN_REPORTS)
            .at(Instant.parse("2016-03-01T10:00:00Z"))
            .method(ConsentMethod.FORM)
            .notice(NoticeVersion.of("2016-1"))
            .recordedBy(Actor.role("facilitator"))
            .build();
    ConsentLedger ledger =
        ConsentLedger.empty()
            .grant(granted)
            .withdraw(granted.withAt(Instant.parse("2017-01-01T00:00:00Z")));
    Instant session = Instant.parse("2016-03-10T10:00:00Z");
    assertThat(ledger.inForce(PersonId.of("p-1"), ConsentPurpose.NAMED_IN_REPORTS, session))
        .isTrue();
    assertThat(
            ledger.publishable(
                PersonId.of("p-1"), ConsentPurpose.NAMED_IN_REPORTS, session, ConsentRules.none()))
        .isFalse();
  }
}
