package org.communityofpractice.core.topic;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The findings went to a decision maker; when to follow up "with an offer of a meeting or
 * presentation", and whether that was done. Ids and dates only: what was sent to whom, message by
 * message, is in the store's send log under {@link #circulation()}.
 *
 * <pre>{@code
 * Organisation board = Organisation.of(OrganisationId.of("safeguarding-board"),
 *     "Example Safeguarding Adults Board", "board@council.example.org", DecisionMaker.Kind.BOARD);
 * LocalDate sentOn = LocalDate.of(2016, 5, 12);
 * FollowUp due = FollowUp.of(board.recipient(), "series-findings-prison-release-2016", sentOn,
 *     sentOn.plus(FollowUp.DEFAULT_AFTER));
 * FollowUp done = due.done(LocalDate.of(2016, 8, 1));
 * }</pre>
 *
 * @param decisionMaker to whom the findings went: a person in the register or an organisation
 * @param circulation the circulation that sent them, the send log's key
 * @param distributedOn when they went
 * @param due when to follow up, on or after {@code distributedOn}
 * @param done when the follow-up was made, if it was
 */
public record FollowUp(
    RecipientId decisionMaker,
    String circulation,
    LocalDate distributedOn,
    LocalDate due,
    Optional<LocalDate> done) {
  /**
   * How long after distributing the findings a follow-up falls due: four weeks, cop's own default
   * (the guide says only "If necessary, follow up"; four weeks is about one meeting cycle of a
   * Board or partnership that meets monthly, as @SoTCoP itself does).
   */
  public static final java.time.Period DEFAULT_AFTER = java.time.Period.ofWeeks(4);

  /**
   * Checks the record.
   *
   * @param decisionMaker to whom the findings went; must not be {@literal null}
   * @param circulation the circulation that sent them; must not be {@literal null} or blank
   * @param distributedOn when they went; must not be {@literal null}
   * @param due when to follow up; must not be {@literal null} nor before {@code distributedOn}
   * @param done when the follow-up was made, empty if not yet; must not be {@literal null}, and a
   *     date in it not before {@code distributedOn}
   * @throws NullPointerException if any component is {@literal null}
   * @throws InvalidValueException if a date is out of range or out of order, naming the field
   */
  public FollowUp {
    Objects.requireNonNull(decisionMaker, "decisionMaker");
    Checks.text(circulation, "circulation");
    Checks.date(distributedOn, "distributedOn");
    Checks.date(due, "due");
    Objects.requireNonNull(done, "done");
    if (due.isBefore(distributedOn)) {
      throw InvalidValueException.of(
          "due", "must not be before distributedOn " + distributedOn, due);
    }
    done.ifPresent(
        d -> {
          Checks.date(d, "done");
          if (d.isBefore(distributedOn)) {
            throw InvalidValueException.of(
                "done", "must not be before distributedOn " + distributedOn, d);
          }
        });
  }

  /**
   * A follow-up not yet made.
   *
   * @param decisionMaker to whom the findings went; must not be {@literal null}
   * @param circulation the circulation that sent them, the send log's key; must not be {@literal
   *     null} or blank
   * @param distributedOn when they went; must not be {@literal null}
   * @param due when to follow up, on or after {@code distributedOn}, e.g. {@code
   *     distributedOn.plus(DEFAULT_AFTER)}; must not be {@literal null}
   * @return the follow-up, not done, never {@literal null}
   * @throws InvalidValueException if {@code due} is before {@code distributedOn}, or a field breaks
   *     its rule
   */
  public static FollowUp of(
      RecipientId decisionMaker, String circulation, LocalDate distributedOn, LocalDate due) {
    return new FollowUp(decisionMaker, circulation, distributedOn, due, Optional.empty());
  }

  /**
   * This follow-up, made on {@code on}.
   *
   * @param on when the follow-up was made; must not be {@literal null} nor before the distribution
   * @return a copy of this follow-up marked done, never {@literal null}
   * @throws InvalidValueException if {@code on} is before {@code distributedOn}
   */
  public FollowUp done(LocalDate on) {
    return new FollowUp(
        decisionMaker,
        circulation,
        distributedOn,
        due,
        Optional.of(Objects.requireNonNull(on, "on")));
  }

  /**
   * Whether it is due and not made by {@code today}.
   *
   * @param today the day to judge by; must not be {@literal null}
   * @return {@code true} if it is not done and {@code today} is on or after its due date
   */
  public boolean isDue(LocalDate today) {
    return done.isEmpty() && !today.isBefore(due);
  }
}
