package org.communityofpractice.core.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.session.ActionId;

/**
 * A next step agreed by the group, as it may be published.
 *
 * @param id the action's id, which small steps refer to
 * @param text what was agreed
 * @param owners who took it on, attributed as the policy allows; empty when it belongs to the group
 * @param due when it is due, if agreed
 * @param completedOn when it was done, if it has been
 */
public record PublishableAction(
    ActionId id,
    String text,
    List<Attribution> owners,
    Optional<LocalDate> due,
    Optional<LocalDate> completedOn) {
  /**
   * Checks the record.
   *
   * @param id the action's id, which small steps refer to; must not be {@literal null}
   * @param text what was agreed; must not be {@literal null} or blank
   * @param owners who took it on, attributed as the policy allows; empty when it belongs to the
   *     group; must not be {@literal null}
   * @param due when it is due, if agreed; must not be {@literal null}
   * @param completedOn when it was done, if it has been; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code text} is blank
   *     or holds forbidden characters
   */
  public PublishableAction {
    Objects.requireNonNull(id, "id");
    Checks.text(text, "text");
    owners = List.copyOf(owners);
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(completedOn, "completedOn");
  }

  /** {@return whether it has been done} */
  public boolean isCompleted() {
    return completedOn.isPresent();
  }

  @Override
  public String toString() {
    return "PublishableAction{" + id + ", owners=" + owners + ", completed=" + isCompleted() + "}";
  }
}
