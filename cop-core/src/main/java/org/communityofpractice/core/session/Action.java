package org.communityofpractice.core.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;
import org.immutables.value.Value;

/**
 * A next step agreed by the group, with the members who took it on.
 *
 * <pre>{@code
 * Action a = Action.builder()
 *     .id(ActionId.of("a-1"))
 *     .text("Share the lone-working buddy procedure with the team manager")
 *     .addOwner(PersonId.of("p-c675hgrb2spk"))
 *     .due(LocalDate.of(2016, 4, 1))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Action {
  Action() {}

  /** {@return a builder for an action, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Action}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }

  /** {@return the action's id, by which later small steps follow it; never {@literal null}} */
  public abstract ActionId id();

  /**
   * {@return what was agreed, never {@literal null} or blank; left out of {@link #toString()}, as
   * what people say is personal data}
   */
  @Value.Redacted
  public abstract String text();

  /**
   * {@return the members who took it on; never {@literal null}, empty when it belongs to the group
   * as a whole}
   */
  public abstract List<PersonId> owners();

  /** {@return when it is due, or empty when no date was agreed} */
  public abstract Optional<LocalDate> due();

  /** {@return when it was done, or empty while it has not been} */
  public abstract Optional<LocalDate> completedOn();

  /** {@return whether it has been done: {@link #completedOn()} is present} */
  public boolean isCompleted() {
    return completedOn().isPresent();
  }

  @Value.Check
  void check() {
    Checks.text(text(), "text");
    due().ifPresent(d -> Checks.date(d, "due"));
    completedOn().ifPresent(d -> Checks.date(d, "completedOn"));
    Checks.unique(owners(), o -> o, "owners", "");
  }

  /** Shows the id and owners, never the words: they may be personal. */
  @Override
  public String toString() {
    return "Action{id=" + id() + ", owners=" + owners() + ", completed=" + isCompleted() + "}";
  }
}
