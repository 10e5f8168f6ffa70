package org.communityofpractice.core.privacy;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;

/**
 * The session's short presentation or case study, as it may be published. A case study told from
 * the perspective of lived experience names its presenter only when they explicitly agreed to be
 * credited for it, as they chose ("Expert Citizen"); otherwise the presenter appears as "a
 * community member", so no name or role is linked to lived experience. A restricted presenter's
 * presentation is not published at all.
 *
 * @param kind case study, good practice, new topic or materials
 * @param title its title
 * @param summary its summary, if recorded
 * @param duration how long it ran
 * @param perspective the perspective it came from, if recorded
 * @param presenter who presented, as far as they may be identified
 */
public record PublishablePresentation(
    PresentationKind kind,
    String title,
    Optional<String> summary,
    Duration duration,
    Optional<Perspective> perspective,
    Attribution presenter) {
  /**
   * Checks the record.
   *
   * @param kind case study, good practice, new topic or materials; must not be {@literal null}
   * @param title its title; must not be {@literal null} or blank
   * @param summary its summary, if recorded; must not be {@literal null}
   * @param duration how long it ran; must not be {@literal null}
   * @param perspective the perspective it came from, if recorded; must not be {@literal null}
   * @param presenter who presented, as far as they may be identified; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code title} is blank
   *     or holds forbidden characters
   */
  public PublishablePresentation {
    Objects.requireNonNull(kind, "kind");
    Checks.text(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(perspective, "perspective");
    Objects.requireNonNull(presenter, "presenter");
  }

  /** {@return whether it ran past the guide's five minutes} */
  public boolean overran() {
    return duration.compareTo(Presentation.RECOMMENDED_MAXIMUM) > 0;
  }

  @Override
  public String toString() {
    return "PublishablePresentation{" + kind + ", " + presenter + ", " + duration + "}";
  }
}
