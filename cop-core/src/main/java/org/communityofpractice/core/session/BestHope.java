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
  /**
   * Checks the record.
   *
   * @param text the best hope, in the person's words; must not be {@literal null} or blank
   * @param by who said it, or empty when not attributed; must not be {@literal null}
   * @throws NullPointerException if {@code text} or {@code by} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public BestHope {
    Checks.text(text, "text");
    Objects.requireNonNull(by, "by");
  }

  /**
   * A best hope nobody is named for.
   *
   * @param text the best hope; must not be {@literal null} or blank
   * @return the best hope, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public static BestHope of(String text) {
    return new BestHope(text, Optional.empty());
  }

  /**
   * A best hope said by a person in the register.
   *
   * @param person who said it; must not be {@literal null}
   * @param text the best hope, in their words; must not be {@literal null} or blank
   * @return the best hope, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public static BestHope by(PersonId person, String text) {
    return new BestHope(text, Optional.of(Objects.requireNonNull(person, "person")));
  }

  /** Shows who hoped; never the text, which is personal data. */
  @Override
  public String toString() {
    return "BestHope[by=" + by + "]";
  }
}
