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
  public LegacyOutcome {
    Checks.text(text, "text");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(recordedOn, "recordedOn");
  }

  public static LegacyOutcome of(String text) {
    return new LegacyOutcome(text, Optional.empty(), Optional.empty());
  }
}
