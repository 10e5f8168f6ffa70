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
  public OnePointUpIdea {
    Checks.text(text, "text");
    Objects.requireNonNull(offeredBy, "offeredBy");
  }

  public static OnePointUpIdea of(String text) {
    return new OnePointUpIdea(text, Optional.empty());
  }

  public static OnePointUpIdea by(PersonId person, String text) {
    return new OnePointUpIdea(text, Optional.of(Objects.requireNonNull(person, "person")));
  }

  /** Shows who offered it; never the text, which is personal data. */
  @Override
  public String toString() {
    return "OnePointUpIdea[offeredBy=" + offeredBy + "]";
  }
}
