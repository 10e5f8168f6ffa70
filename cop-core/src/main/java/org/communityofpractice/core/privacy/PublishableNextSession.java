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
  /**
   * Checks the record.
   *
   * @param startsAt when it starts, with its zone; must not be {@literal null}
   * @param endsAt when it ends, when that was agreed; must not be {@literal null}
   * @param venue where; must not be {@literal null}
   * @param topicTitle the title of the next session's topic, when it takes a different one; must
   *     not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public PublishableNextSession {
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(topicTitle, "topicTitle");
  }
}
