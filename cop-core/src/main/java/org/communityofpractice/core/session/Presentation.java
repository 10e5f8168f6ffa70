package org.communityofpractice.core.session;

import java.time.Duration;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * The short presentation that starts the hosted conversation: a case study or an example of good
 * practice, five minutes at most by the guide. A longer one is recorded as it happened; the review
 * notices it.
 *
 * <pre>{@code
 * Presentation p = Presentation.builder()
 *     .kind(PresentationKind.CASE_STUDY)
 *     .title("Lone working in adult social care")
 *     .presenter(PersonId.of("p-c675hgrb2spk"))
 *     .duration(Duration.ofMinutes(5))
 *     .perspective(Perspective.FRONTLINE_PRACTITIONER)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Presentation {
  /** The longest presentation the guide recommends. */
  public static final Duration RECOMMENDED_MAXIMUM = Duration.ofMinutes(5);

  Presentation() {}

  /** {@return a builder for a presentation, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Presentation}. */
  public static final class Builder extends ImmutablePresentation.Builder {
    Builder() {}
  }

  /** {@return what the presentation shares, never {@literal null}} */
  public abstract PresentationKind kind();

  /** {@return the presentation's title, never {@literal null} or blank} */
  public abstract String title();

  /**
   * {@return who presented, a prearranged speaker or a volunteer from the group; empty when not
   * recorded}
   */
  public abstract Optional<PersonId> presenter();

  /** {@return how long it actually ran, positive and under a day; never {@literal null}} */
  public abstract Duration duration();

  /** {@return what was shared, or empty; left out of {@link #toString()}} */
  @Value.Redacted
  public abstract Optional<String> summary();

  /**
   * {@return the perspective the case study comes from, such as lived experience; empty when not
   * recorded}
   */
  public abstract Optional<Perspective> perspective();

  /** {@return whether it ran past the guide's five minutes, {@link #RECOMMENDED_MAXIMUM}} */
  public boolean overran() {
    return duration().compareTo(RECOMMENDED_MAXIMUM) > 0;
  }

  @Value.Check
  void check() {
    Checks.text(title(), "title");
    summary().ifPresent(s -> Checks.text(s, "summary"));
    if (duration().isNegative() || duration().isZero() || duration().toHours() >= 24) {
      throw InvalidValueException.of("duration", "must be positive and under a day", duration());
    }
  }

  /** Shows the kind, presenter and duration, never the words: they may be personal. */
  @Override
  public String toString() {
    return "Presentation{"
        + kind()
        + ", presenter="
        + presenter().map(PersonId::value).orElse("none")
        + ", duration="
        + duration()
        + "}";
  }
}
