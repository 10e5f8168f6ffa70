package org.communityofpractice.report.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.internal.Require;

/**
 * A next step the group agreed.
 *
 * @param id the action's id, so small steps noticed later can refer to it
 * @param text what was agreed
 * @param owners how those who took it on may be shown, or empty (the group, or not publishable)
 * @param due when it is due, if agreed
 * @param completedOn when it was done, if it has been
 */
public record AgreedAction(
    String id,
    String text,
    Optional<String> owners,
    Optional<LocalDate> due,
    Optional<LocalDate> completedOn) {
  /**
   * Checks every component.
   *
   * @param id the action's id, so small steps noticed later can refer to it; not blank; never
   *     {@literal null}
   * @param text what was agreed; not blank; never {@literal null}
   * @param owners how those who took it on may be shown, or empty (the group, or not publishable);
   *     empty, or not blank; never {@literal null}
   * @param due when it is due, if agreed; never {@literal null}
   * @param completedOn when it was done, if it has been; never {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public AgreedAction {
    Require.text(id, "id");
    Require.text(text, "text");
    Require.optionalText(owners, "owners");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(completedOn, "completedOn");
  }

  /**
   * Whether the action has been done.
   *
   * @return {@code true} when {@link #completedOn()} holds a date
   */
  public boolean isCompleted() {
    return completedOn.isPresent();
  }

  @Override
  public String toString() {
    return "AgreedAction[" + id + (isCompleted() ? ", completed" : "") + "]";
  }
}
