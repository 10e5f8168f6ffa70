package org.communityofpractice.core.scaling;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;

/**
 * An answer to "What would have to happen to get one point up the scale?"
 *
 * @param text the idea
 * @param offeredBy who offered it, or empty when not attributed
 */
public record OnePointUpIdea(String text, Optional<PersonId> offeredBy) {
  /**
   * Checks the record.
   *
   * @param text the idea; must not be {@literal null} or blank
   * @param offeredBy who offered it, or empty when not attributed; must not be {@literal null}
   * @throws NullPointerException if {@code text} or {@code offeredBy} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public OnePointUpIdea {
    Checks.text(text, "text");
    Objects.requireNonNull(offeredBy, "offeredBy");
  }

  /**
   * An idea nobody is named for.
   *
   * @param text the idea; must not be {@literal null} or blank
   * @return the idea, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public static OnePointUpIdea of(String text) {
    return new OnePointUpIdea(text, Optional.empty());
  }

  /**
   * An idea offered by a person in the register.
   *
   * @param person who offered it; must not be {@literal null}
   * @param text the idea; must not be {@literal null} or blank
   * @return the idea, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public static OnePointUpIdea by(PersonId person, String text) {
    return new OnePointUpIdea(text, Optional.of(Objects.requireNonNull(person, "person")));
  }

  /** Shows who offered it; never the text, which is personal data. */
  @Override
  public String toString() {
    return "OnePointUpIdea[offeredBy=" + offeredBy + "]";
  }
}
