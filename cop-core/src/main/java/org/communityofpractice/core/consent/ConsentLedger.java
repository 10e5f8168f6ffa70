package org.communityofpractice.core.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.people.PersonId;
import org.immutables.value.Value;

/**
 * The append-only record of consent decisions, per person and purpose. The ledger is an immutable
 * value: {@link #grant(ConsentTerms)} and {@link #withdraw(ConsentTerms)} return a new ledger with
 * one more event, and nothing is ever overwritten. The consent in force at any instant is derived:
 * the latest decision made at or before that instant (decisions at the same instant count in the
 * order they were recorded), judged by the {@link ConsentRules} for expiry and notice version.
 *
 * <p>A withdrawal always takes effect. A grant recorded before a withdrawal but claiming a later
 * instant than it does not outlast it: the withdrawal was the person's last word, so that grant is
 * set aside. Entries recorded out of the order of their instants are listed by {@link
 * #outOfOrder()} so that validation and review can flag them. What may be published is judged at
 * the time of publishing: {@link #publishable} also honours a withdrawal dated after the instant a
 * report is composed for.
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
 * ConsentRules rules = community.consentRules();
 * ConsentLedger ledger = ConsentLedger.empty()
 *     .grant(terms)                                                    // granted at 10:05
 *     .withdraw(terms.withAt(Instant.parse("2016-05-05T12:00:00Z")));  // withdrawn later: history kept
 * ledger.status(sam, ConsentPurpose.NAMED_IN_REPORTS, now, rules); // WITHDRAWN
 * ledger.needsAskingAgain(community.register().ids(), plan.startsAt().toInstant(), rules);
 * }</pre>
 *
 * <p>The one exception to append-only is erasure: {@link #erasing(PersonId, PersonId)} drops a
 * person's history, because the history is itself their personal data.
 */
@Value.Immutable
public abstract class ConsentLedger {
  ConsentLedger() {}

  /** {@return a ledger with no events, never {@literal null}} */
  public static ConsentLedger empty() {
    return Empty.LEDGER;
  }

  /**
   * Holds the empty ledger apart from this class, so initialising this class never waits for its
   * generated subclass (two threads doing so in opposite orders would deadlock).
   */
  private static final class Empty {
    static final ConsentLedger LEDGER = ImmutableConsentLedger.builder().build();
  }

  /**
   * A ledger holding these events in the order they were recorded; for archive readers.
   *
   * @param events the events, in the order recorded; must not be {@literal null} nor hold {@literal
   *     null}
   * @return the ledger, never {@literal null}
   */
  public static ConsentLedger of(Iterable<ConsentEvent> events) {
    return ImmutableConsentLedger.builder().addAllEvents(events).build();
  }

  /** {@return every event in the order it was recorded; never {@literal null}, may be empty} */
  public abstract List<ConsentEvent> events();

  /**
   * This ledger with a grant appended; a non-explicit grant of a special-category purpose is
   * rejected.
   *
   * @param terms the terms; must not be {@literal null}
   * @return a new ledger with the grant as its last event; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException when a special-category
   *     purpose is granted without explicit consent
   */
  public ConsentLedger grant(ConsentTerms terms) {
    return append(ConsentEvent.granted(terms));
  }

  /**
   * This ledger with a withdrawal appended; takes the same inputs as {@link #grant(ConsentTerms)}.
   *
   * @param terms the terms; must not be {@literal null}
   * @return a new ledger with the withdrawal as its last event; never {@literal null}
   */
  public ConsentLedger withdraw(ConsentTerms terms) {
    return append(ConsentEvent.withdrawn(terms));
  }

  /**
   * This ledger with {@code event} appended.
   *
   * @param event the event; must not be {@literal null}
   * @return a new ledger with {@code event} as its last event; never {@literal null}
   */
  public ConsentLedger append(ConsentEvent event) {
    Objects.requireNonNull(event, "event");
    return ImmutableConsentLedger.builder().addAllEvents(events()).addEvent(event).build();
  }

  /** {@return everyone with at least one event, unmodifiable; never {@literal null}} */
  public Set<PersonId> people() {
    return Collections.unmodifiableSet(index().keySet());
  }

  /**
   * A person's events in the order recorded.
   *
   * @param person the person; must not be {@literal null}
   * @return the events, unmodifiable; never {@literal null}, empty when there are none
   */
  public List<ConsentEvent> history(PersonId person) {
    return events().stream()
        .filter(e -> e.person().equals(person))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * A person's decisions for one purpose that count, in order of the instant decided: every event
   * but a grant set aside by a withdrawal recorded after it (see the class description).
   *
   * @param person the person; must not be {@literal null}
   * @param purpose the purpose; must not be {@literal null}
   * @return the decisions, unmodifiable; never {@literal null}, empty when there are none
   */
  public List<ConsentEvent> history(PersonId person, ConsentPurpose purpose) {
    return index().getOrDefault(person, Map.of()).getOrDefault(purpose, List.of());
  }

  /**
   * The decision in effect at {@code at}: the latest made at or before it, if any.
   *
   * @param person the person; must not be {@literal null}
   * @param purpose the purpose; must not be {@literal null}
   * @param at the instant to judge at; must not be {@literal null}
   * @return the decision, or empty when the person had decided nothing for the purpose by then
   */
  public Optional<ConsentEvent> decisionAt(PersonId person, ConsentPurpose purpose, Instant at) {
    Objects.requireNonNull(at, "at");
    ConsentEvent found = null;
    for (ConsentEvent e : history(person, purpose)) {
      if (e.at().isAfter(at)) {
        break;
      }
      found = e;
    }
    return Optional.ofNullable(found);
  }

  /**
   * The consent derived for one person and purpose at {@code at} under {@code rules}.
   *
   * @param person the person; must not be {@literal null}
   * @param purpose the purpose; must not be {@literal null}
   * @param at the instant to judge at; must not be {@literal null}
   * @param rules the expiry and current notice; must not be {@literal null}
   * @return the status, never {@literal null}
   */
  public ConsentStatus status(
      PersonId person, ConsentPurpose purpose, Instant at, ConsentRules rules) {
    Objects.requireNonNull(rules, "rules");
    Optional<ConsentEvent> decision = decisionAt(person, purpose, at);
    if (decision.isEmpty()) {
      return ConsentStatus.NEVER_ASKED;
    }
    return decision.get().isGrant()
        ? rules.statusOfGrant(decision.get().terms(), at)
        : ConsentStatus.WITHDRAWN;
  }

  /**
   * Whether consent is in force at {@code at} under {@code rules}.
   *
   * @param person the person; must not be {@literal null}
   * @param purpose the purpose; must not be {@literal null}
   * @param at the instant to judge at; must not be {@literal null}
   * @param rules the expiry and current notice; must not be {@literal null}
   * @return {@code true} if the status is {@link ConsentStatus#GRANTED}
   */
  public boolean inForce(PersonId person, ConsentPurpose purpose, Instant at, ConsentRules rules) {
    return status(person, purpose, at, rules).inForce();
  }

  /**
   * Whether something judged at {@code asOf} may be published now: consent was in force at {@code
   * asOf} under {@code rules}, and the person has not withdrawn it since, whatever instant the
   * withdrawal claims. A report composed today "as of" a past instant honours every withdrawal.
   *
   * @param person the person; must not be {@literal null}
   * @param purpose the purpose; must not be {@literal null}
   * @param asOf the instant the thing was judged at; must not be {@literal null}
   * @param rules the expiry and current notice; must not be {@literal null}
   * @return {@code true} if it may be published now
   */
  public boolean publishable(
      PersonId person, ConsentPurpose purpose, Instant asOf, ConsentRules rules) {
    if (!inForce(person, purpose, asOf, rules)) {
      return false;
    }
    ConsentEvent last = null;
    for (ConsentEvent e : events()) {
      if (e.person().equals(person) && e.purpose() == purpose) {
        last = e;
      }
    }
    return last == null || last.isGrant();
  }

  /**
   * The entries recorded after an entry for the same person and purpose that claims a later
   * instant, in the order recorded: a paper form typed up late, or a clock set wrong. Each needs a
   * look, since the order of decisions is what consent is derived from.
   *
   * @return the entries, in the order recorded; never {@literal null}, empty when all are in order
   */
  public List<ConsentEvent> outOfOrder() {
    List<ConsentEvent> found = new ArrayList<>();
    Map<PersonId, Map<ConsentPurpose, Instant>> latest = new LinkedHashMap<>();
    for (ConsentEvent e : events()) {
      Map<ConsentPurpose, Instant> byPurpose =
          latest.computeIfAbsent(e.person(), p -> new EnumMap<>(ConsentPurpose.class));
      Instant before = byPurpose.get(e.purpose());
      if (before != null && e.at().isBefore(before)) {
        found.add(e);
      } else {
        byPurpose.put(e.purpose(), e.at());
      }
    }
    return List.copyOf(found);
  }

  /**
   * Whether consent is in force at {@code at} when grants never expire and any notice will do.
   *
   * @param person the person; must not be {@literal null}
   * @param purpose the purpose; must not be {@literal null}
   * @param at the instant to judge at; must not be {@literal null}
   * @return {@code true} if the latest decision by then is a grant
   */
  public boolean inForce(PersonId person, ConsentPurpose purpose, Instant at) {
    return inForce(person, purpose, at, ConsentRules.none());
  }

  /**
   * Who needs asking again at the next session: among {@code people}, everyone whose grant for a
   * purpose will have expired, or was given under an earlier notice, at {@code nextSession}. People
   * who withdrew are not listed: they said no, and are not pressed.
   *
   * @param people whom to consider, such as the register's members who are not restricted
   * @param nextSession when the next session starts
   * @param rules the expiry and current notice
   * @return one entry per person and purpose, people in the given order, purposes in declaration
   *     order; never {@literal null}
   */
  public List<ReconsentDue> needsAskingAgain(
      Collection<PersonId> people, Instant nextSession, ConsentRules rules) {
    List<ReconsentDue> due = new ArrayList<>();
    for (PersonId person : new LinkedHashSet<>(people)) {
      for (ConsentPurpose purpose : ConsentPurpose.values()) {
        ConsentStatus status = status(person, purpose, nextSession, rules);
        if (status.needsAskingAgain()) {
          Instant grantedAt = decisionAt(person, purpose, nextSession).orElseThrow().at();
          due.add(new ReconsentDue(person, purpose, status, grantedAt));
        }
      }
    }
    return List.copyOf(due);
  }

  /**
   * This ledger without {@code person}'s history, and with {@code tombstone} in place of them as
   * the recorder of anyone else's decisions; used by erasure.
   *
   * @param person the person being erased; must not be {@literal null}
   * @param tombstone the opaque id that replaces them; must not be {@literal null}
   * @return a new ledger, never {@literal null}
   */
  public ConsentLedger erasing(PersonId person, PersonId tombstone) {
    List<ConsentEvent> kept = new ArrayList<>();
    for (ConsentEvent e : events()) {
      if (e.person().equals(person)) {
        continue;
      }
      ConsentTerms t = e.terms();
      kept.add(
          t.recordedBy().personId().filter(person::equals).isPresent()
              ? new ConsentEvent(
                  e.decision(),
                  ConsentTerms.builder()
                      .from(t)
                      .recordedBy(t.recordedBy().replacing(person, tombstone))
                      .build())
              : e);
    }
    return of(kept);
  }

  @Value.Lazy
  Map<PersonId, Map<ConsentPurpose, List<ConsentEvent>>> index() {
    Map<PersonId, Map<ConsentPurpose, List<ConsentEvent>>> index = new LinkedHashMap<>();
    for (ConsentEvent e : events()) {
      index
          .computeIfAbsent(e.person(), p -> new EnumMap<>(ConsentPurpose.class))
          .computeIfAbsent(e.purpose(), p -> new ArrayList<>())
          .add(e);
    }
    // a grant claiming a later instant than a withdrawal recorded after it is set aside: the
    // withdrawal was the person's last word; then a stable sort, so decisions at the same instant
    // keep the order they were recorded in
    index
        .values()
        .forEach(
            byPurpose ->
                byPurpose.replaceAll(
                    (purpose, list) ->
                        withoutOverriddenGrants(list).stream()
                            .sorted(Comparator.comparing(ConsentEvent::at))
                            .toList()));
    return index;
  }

  /**
   * The events, in the order recorded, without grants that a later-recorded, earlier-dated
   * withdrawal overrides.
   */
  private static List<ConsentEvent> withoutOverriddenGrants(List<ConsentEvent> recorded) {
    List<ConsentEvent> kept = new ArrayList<>(recorded.size());
    Instant earliestLaterWithdrawal = null;
    for (int i = recorded.size() - 1; i >= 0; i--) {
      ConsentEvent e = recorded.get(i);
      if (!e.isGrant()) {
        earliestLaterWithdrawal =
            earliestLaterWithdrawal == null || e.at().isBefore(earliestLaterWithdrawal)
                ? e.at()
                : earliestLaterWithdrawal;
        kept.add(e);
      } else if (earliestLaterWithdrawal == null || !e.at().isAfter(earliestLaterWithdrawal)) {
        kept.add(e);
      }
    }
    Collections.reverse(kept);
    return kept;
  }

  @Override
  public String toString() {
    return "ConsentLedger{events=" + events().size() + "}";
  }
}
