package org.communityofpractice.core.session;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.topic.TopicId;

/**
 * The date, time and venue agreed for the next session, and its topic if it changes.
 *
 * @param startsAt when it starts, with its zone
 * @param venue where
 * @param topic the topic, when the next session takes a different one
 */
public record NextSession(ZonedDateTime startsAt, Venue venue, Optional<TopicId> topic) {
  public NextSession {
    Checks.date(startsAt, "startsAt");
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(topic, "topic");
  }

  public static NextSession of(ZonedDateTime startsAt, Venue venue) {
    return new NextSession(startsAt, venue, Optional.empty());
  }
}
