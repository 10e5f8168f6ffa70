package org.communityofpractice.core.session;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.StageKey;

/**
 * Something said or shown in a session: a comment, a question, a piece of data, an example of good
 * practice, a description of the preferred future…
 *
 * <pre>{@code
 * Contribution c = Contribution.of(ContributionKind.GOOD_PRACTICE,
 *     "A buddy call at the start and end of every home visit")
 *     .by(PersonId.of("p-7kx2qd9m4tbz"))
 *     .at(StageKey.GOOD_PRACTICE);
 * }</pre>
 *
 * @param kind what kind of contribution it is
 * @param text what was said, in brief
 * @param by who contributed it, or empty when not attributed
 * @param stage the stage of the running order it came in, if recorded
 */
public record Contribution(
    ContributionKind kind, String text, Optional<PersonId> by, Optional<StageKey> stage) {
  /**
   * Checks the record.
   *
   * @param kind what kind of contribution it is; must not be {@literal null}
   * @param text what was said, in brief; must not be {@literal null} or blank
   * @param by who contributed it, or empty; must not be {@literal null}
   * @param stage the stage it came in, or empty; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public Contribution {
    Objects.requireNonNull(kind, "kind");
    Checks.text(text, "text");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(stage, "stage");
  }

  /**
   * A contribution nobody is named for, at no recorded stage.
   *
   * @param kind what kind of contribution it is; must not be {@literal null}
   * @param text what was said, in brief; must not be {@literal null} or blank
   * @return the contribution, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public static Contribution of(ContributionKind kind, String text) {
    return new Contribution(kind, text, Optional.empty(), Optional.empty());
  }

  /**
   * The same contribution attributed to {@code person}.
   *
   * @param person who contributed it; must not be {@literal null}
   * @return a new contribution, never {@literal null}
   */
  public Contribution by(PersonId person) {
    return new Contribution(kind, text, Optional.of(person), stage);
  }

  /**
   * The same contribution recorded at {@code stageKey}.
   *
   * @param stageKey the stage of the running order it came in; must not be {@literal null}
   * @return a new contribution, never {@literal null}
   */
  public Contribution at(StageKey stageKey) {
    return new Contribution(kind, text, by, Optional.of(stageKey));
  }

  /** Shows the kind, contributor id and stage; never the text, which is personal data. */
  @Override
  public String toString() {
    return "Contribution[kind=" + kind + ", by=" + by + ", stage=" + stage + "]";
  }
}
