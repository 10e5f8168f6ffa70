package org.communityofpractice.core.session;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;

/**
 * An answer to "If this session is a good use of your time what will have happened?"
 *
 * @param text the best hope, in the person's words
 * @param by who said it, or empty when not attributed
 */
public record BestHope(String text, Optional<PersonId> by) {
  public BestHope {
    Checks.text(text, "text");
    Objects.requireNonNull(by, "by");
  }

  public static BestHope of(String text) {
    return new BestHope(text, Optional.empty());
  }

  public static BestHope by(PersonId person, String text) {
    return new BestHope(text, Optional.of(Objects.requireNonNull(person, "person")));
  }

  /** Shows who hoped; never the text, which is personal data. */
  @Override
  public String toString() {
    return "BestHope[by=" + by + "]";
  }
}
