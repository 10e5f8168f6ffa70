package org.communityofpractice.core.session;

import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;
import org.immutables.value.Value;

/**
 * A small change noticed since the community last met, linked where it can be to the action or
 * session it follows, so a series shows its progress.
 *
 * <pre>{@code
 * SmallStep step = SmallStep.builder()
 *     .text("The team manager agreed to trial lone working with a buddy call")
 *     .noticedBy(PersonId.of("p-c675hgrb2spk"))
 *     .followsAction(ActionId.of("a-1"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SmallStep {
  SmallStep() {}

  /** {@return a builder for a small step, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SmallStep}. */
  public static final class Builder extends ImmutableSmallStep.Builder {
    Builder() {}
  }

  /**
   * {@return what was noticed, never {@literal null} or blank; left out of {@link #toString()}, as
   * what people say is personal data}
   */
  @Value.Redacted
  public abstract String text();

  /** {@return who noticed it, or empty when not attributed} */
  public abstract Optional<PersonId> noticedBy();

  /**
   * {@return the action, agreed at this or an earlier session, that the step follows; empty when it
   * follows none}
   */
  public abstract Optional<ActionId> followsAction();

  /** {@return the earlier session whose conversation the step follows, or empty} */
  public abstract Optional<SessionId> followsSession();

  @Value.Check
  void check() {
    Checks.text(text(), "text");
  }

  /** Shows who noticed it and what it follows, never the words: they may be personal. */
  @Override
  public String toString() {
    return "SmallStep{noticedBy="
        + noticedBy().map(PersonId::value).orElse("none")
        + ", followsAction="
        + followsAction().map(ActionId::value).orElse("none")
        + "}";
  }
}
