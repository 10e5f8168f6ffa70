package org.communityofpractice.core.community;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.topic.TopicId;

/**
 * A change the community helped bring about, such as "Lone-working procedures changed".
 *
 * @param text the outcome
 * @param topic the topic it came from, if any
 * @param recordedOn when it was recorded, if known
 */
public record LegacyOutcome(String text, Optional<TopicId> topic, Optional<LocalDate> recordedOn) {
  /**
   * Checks the record.
   *
   * @param text the outcome; must not be {@literal null} or blank
   * @param topic the topic it came from, or empty; must not be {@literal null}
   * @param recordedOn when it was recorded, or empty when not known; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public LegacyOutcome {
    Checks.text(text, "text");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(recordedOn, "recordedOn");
  }

  /**
   * An outcome with neither a topic nor a date.
   *
   * @param text the outcome, such as "Lone-working procedures changed"; must not be {@literal null}
   *     or blank
   * @return the outcome, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public static LegacyOutcome of(String text) {
    return new LegacyOutcome(text, Optional.empty(), Optional.empty());
  }
}
