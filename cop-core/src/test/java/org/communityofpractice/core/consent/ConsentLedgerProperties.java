package org.communityofpractice.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.PersonId;

class ConsentLedgerProperties {
  private static final Instant EPOCH = Instant.parse("2016-01-01T00:00:00Z");
  private static final PersonId SAM = PersonId.of("p-sam");

  @Property(tries = 200)
  void grantThenWithdrawIsInForceExactlyBetweenTheTwo(
      @ForAll @IntRange(min = 0, max = 1000) int grantAt,
      @ForAll @IntRange(min = 1, max = 1000) int gap,
      @ForAll ConsentPurpose purpose) {
    ConsentTerms grant = terms(purpose, grantAt);
    ConsentLedger ledger =
        ConsentLedger.empty().grant(grant).withdraw(grant.withAt(seconds(grantAt + gap)));
    for (int t = grantAt - 2; t <= grantAt + gap + 2; t++) {
      ConsentStatus expected =
          t < grantAt
              ? ConsentStatus.NEVER_ASKED
              : t < grantAt + gap ? ConsentStatus.GRANTED : ConsentStatus.WITHDRAWN;
      assertThat(ledger.status(SAM, purpose, seconds(t), ConsentRules.none()))
          .as("at %d", t)
          .isEqualTo(expected);
    }
  }

  @Property(tries = 200)
  void withdrawThenGrantIsInForceFromTheGrantOn(
      @ForAll @IntRange(min = 0, max = 1000) int withdrawAt,
      @ForAll @IntRange(min = 1, max = 1000) int gap,
      @ForAll ConsentPurpose purpose) {
    ConsentTerms withdrawal = terms(purpose, withdrawAt);
    ConsentLedger ledger =
        ConsentLedger.empty()
            .withdraw(withdrawal)
            .grant(withdrawal.withAt(seconds(withdrawAt + gap)));
    for (int t = withdrawAt - 2; t <= withdrawAt + gap + 2; t++) {
      ConsentStatus expected =
          t < withdrawAt
              ? ConsentStatus.NEVER_ASKED
              : t < withdrawAt + gap ? ConsentStatus.WITHDRAWN : ConsentStatus.GRANTED;
      assertThat(ledger.status(SAM, purpose, seconds(t), ConsentRules.none()))
          .as("at %d", t)
          .isEqualTo(expected);
      assertThat(ledger.inForce(SAM, purpose, seconds(t)))
          .isEqualTo(expected == ConsentStatus.GRANTED);
    }
  }

  /**
   * Any history, recorded in any order: the latest decision at or before an instant is the one in
   * force, except that a grant claiming a later instant than a withdrawal recorded after it is set
   * aside (a withdrawal always takes effect).
   */
  @Property(tries = 300)
  void derivedConsentIsTheLatestDecisionAtOrBeforeTheInstant(
      @ForAll("histories") List<ConsentEvent> history,
      @ForAll @IntRange(min = -1, max = 60) int at) {
    ConsentLedger ledger = ConsentLedger.empty();
    for (ConsentEvent e : history) {
      ledger = e.isGrant() ? ledger.grant(e.terms()) : ledger.withdraw(e.terms());
    }
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      ConsentEvent latest = null;
      for (int i = 0;
          i < history.size();
          i++) { // a model: later instants win, ties go to the later record
        ConsentEvent e = history.get(i);
        boolean setAside =
            e.isGrant()
                && history.subList(i + 1, history.size()).stream()
                    .anyMatch(
                        w -> !w.isGrant() && w.purpose() == e.purpose() && w.at().isBefore(e.at()));
        if (!setAside
            && e.purpose() == purpose
            && !e.at().isAfter(seconds(at))
            && (latest == null || !e.at().isBefore(latest.at()))) {
          latest = e;
        }
      }
      ConsentStatus expected =
          latest == null
              ? ConsentStatus.NEVER_ASKED
              : latest.isGrant() ? ConsentStatus.GRANTED : ConsentStatus.WITHDRAWN;
      assertThat(ledger.status(SAM, purpose, seconds(at), ConsentRules.none())).isEqualTo(expected);
    }
  }

  @Property(tries = 100)
  void grantingAndWithdrawingOnlyEverAppend(@ForAll("histories") List<ConsentEvent> history) {
    ConsentLedger ledger = ConsentLedger.empty();
    for (ConsentEvent e : history) {
      ConsentLedger next = ledger.append(e);
      assertThat(next.events()).hasSize(ledger.events().size() + 1).endsWith(e);
      assertThat(next.events().subList(0, ledger.events().size())).isEqualTo(ledger.events());
      ledger = next;
    }
    assertThat(ledger.history(SAM)).containsExactlyElementsOf(history);
  }

  @Property(tries = 100)
  void aGrantExpiresExactlyOnePeriodLater(
      @ForAll @IntRange(min = 1, max = 36) int months,
      @ForAll @IntRange(min = 0, max = 100000) int grantAt) {
    ConsentLedger ledger = ConsentLedger.empty().grant(terms(ConsentPurpose.PHOTOGRAPHED, grantAt));
    ConsentRules rules = ConsentRules.none().withExpiry(Period.ofMonths(months));
    Instant expiry =
        seconds(grantAt).atOffset(java.time.ZoneOffset.UTC).plusMonths(months).toInstant();
    assertThat(ledger.status(SAM, ConsentPurpose.PHOTOGRAPHED, expiry.minusSeconds(1), rules))
        .isEqualTo(ConsentStatus.GRANTED);
    assertThat(ledger.status(SAM, ConsentPurpose.PHOTOGRAPHED, expiry, rules))
        .isEqualTo(ConsentStatus.EXPIRED);
    assertThat(ledger.needsAskingAgain(List.of(SAM), expiry, rules))
        .containsExactly(
            new ReconsentDue(
                SAM, ConsentPurpose.PHOTOGRAPHED, ConsentStatus.EXPIRED, seconds(grantAt)));
  }

  @Provide
  Arbitrary<List<ConsentEvent>> histories() {
    Arbitrary<ConsentEvent> event =
        Combinators.combine(
                Arbitraries.of(ConsentPurpose.values()),
                Arbitraries.integers().between(0, 50),
                Arbitraries.of(true, false))
            .as(
                (purpose, at, grant) ->
                    grant
                        ? ConsentEvent.granted(terms(purpose, at))
                        : ConsentEvent.withdrawn(terms(purpose, at)));
    return event.list().ofMaxSize(20).map(ArrayList::new);
  }

  static ConsentTerms terms(ConsentPurpose purpose, int secondsAfterEpoch) {
    ConsentTerms.Builder b =
        ConsentTerms.builder()
            .person(SAM)
            .purpose(purpose)
            .at(seconds(secondsAfterEpoch))
            .method(ConsentMethod.VERBAL)
            .notice(NoticeVersion.of("2016-1"))
            .recordedBy(Actor.role("facilitator"));
    if (purpose.isSpecialCategory()) {
      b.explicitly("I agree that my lived experience is recorded in the register");
    }
    return b.build();
  }

  static Instant seconds(int s) {
    return EPOCH.plusSeconds(s);
  }
}
