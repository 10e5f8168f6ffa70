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

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Action}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }

  public abstract ActionId id();

  /** What was agreed; left out of {@link #toString()}, as what people say is personal data. */
  @Value.Redacted
  public abstract String text();

  /** The members who took it on; none when it belongs to the group as a whole. */
  public abstract List<PersonId> owners();

  public abstract Optional<LocalDate> due();

  /** When it was done, if it has been. */
  public abstract Optional<LocalDate> completedOn();

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
