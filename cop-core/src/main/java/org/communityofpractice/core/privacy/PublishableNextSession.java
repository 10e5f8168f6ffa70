package org.communityofpractice.core.privacy;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.session.Venue;

/**
 * The invitation to the next session: date, time and venue, and its topic when it changes.
 *
 * @param startsAt when it starts, with its zone
 * @param endsAt when it ends, when that was agreed
 * @param venue where
 * @param topicTitle the title of the next session's topic, when it takes a different one
 */
public record PublishableNextSession(
    ZonedDateTime startsAt,
    Optional<ZonedDateTime> endsAt,
    Venue venue,
    Optional<String> topicTitle) {
  public PublishableNextSession {
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(topicTitle, "topicTitle");
  }
}
