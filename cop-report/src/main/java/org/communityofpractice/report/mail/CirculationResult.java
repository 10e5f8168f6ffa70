package org.communityofpractice.report.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.report.check.PublicationFinding;

/**
 * What a circulation did, by recipient id: people, and organisations among a series' decision
 * makers. {@link #toString()} shows counts.
 *
 * @param circulation the circulation's id
 * @param delivered written to the outbox or accepted by the server in this run; never {@literal
 *     null}
 * @param alreadyDelivered delivered by an earlier run, so not sent again; never {@literal null}
 * @param unconfirmed attempted by an earlier run that stopped before recording the outcome: sent
 *     again in this run (with the same {@code Message-ID}) unless the outbox holds it; never
 *     {@literal null}
 * @param refused refused for good by the server, with its reply code; never {@literal null}
 * @param notSent not sent because the run stopped: a rerun sends them; never {@literal null}
 * @param stoppedBecause why the run stopped, when it did
 * @param held the publication check's open findings, when the circulation was held and nothing was
 *     sent
 */
public record CirculationResult(
    String circulation,
    List<RecipientId> delivered,
    List<RecipientId> alreadyDelivered,
    List<RecipientId> unconfirmed,
    Map<RecipientId, String> refused,
    List<RecipientId> notSent,
    Optional<String> stoppedBecause,
    List<PublicationFinding> held) {
  /**
   * Checks every component and copies the lists, so the value cannot change afterwards.
   *
   * @param circulation the circulation's id; never {@literal null}
   * @param delivered written to the outbox or accepted by the server in this run
   * @param alreadyDelivered delivered by an earlier run, so not sent again
   * @param unconfirmed attempted by an earlier run that stopped before recording the outcome: sent
   *     again in this run (with the same {@code Message-ID}) unless the outbox holds it
   * @param refused refused for good by the server, with its reply code
   * @param notSent not sent because the run stopped: a rerun sends them
   * @param stoppedBecause why the run stopped, when it did; never {@literal null}
   * @param held the publication check's open findings, when the circulation was held and nothing
   *     was sent; never {@literal null}
   * @throws NullPointerException if a component or an element is {@literal null}
   */
  public CirculationResult {
    Objects.requireNonNull(circulation, "circulation");
    delivered = List.copyOf(delivered);
    alreadyDelivered = List.copyOf(alreadyDelivered);
    unconfirmed = List.copyOf(unconfirmed);
    refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
    notSent = List.copyOf(notSent);
    Objects.requireNonNull(stoppedBecause, "stoppedBecause");
    held = List.copyOf(held);
  }

  static CirculationResult held(String circulation, List<PublicationFinding> findings) {
    return new CirculationResult(
        circulation,
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        List.of(),
        Optional.empty(),
        findings);
  }

  /**
   * Whether everyone on the list now has the message (or was refused for good).
   *
   * @return {@code true} when nothing was held, left unsent or stopped for; then the circulation
   *     may be {@linkplain Circulation#record recorded}
   */
  public boolean isComplete() {
    return held.isEmpty() && notSent.isEmpty() && stoppedBecause.isEmpty();
  }

  @Override
  public String toString() {
    return "CirculationResult["
        + circulation
        + ": delivered="
        + delivered.size()
        + ", already="
        + alreadyDelivered.size()
        + ", refused="
        + refused.size()
        + ", notSent="
        + notSent.size()
        + (held.isEmpty() ? "" : ", held by " + held.size() + " findings")
        + "]";
  }
}
