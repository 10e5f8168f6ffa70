package org.communityofpractice.core.session;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.topic.TopicId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The date, time and venue agreed for the next session, when it ends if that was agreed too, and
 * its topic if it changes.
 *
 * <pre>{@code
 * ZonedDateTime startsAt = ZonedDateTime.of(2016, 7, 7, 10, 0, 0, 0, ZoneId.of("Europe/London"));
 * NextSession next = NextSession.of(startsAt, Venue.of("VOICES, Federation House"))
 *     .withEndsAt(startsAt.plusHours(2).plusMinutes(30));
 * }</pre>
 *
 * @param startsAt when it starts, with its zone
 * @param endsAt when it ends, when agreed; after {@code startsAt}
 * @param venue where
 * @param topic the topic, when the next session takes a different one
 */
public record NextSession(
    ZonedDateTime startsAt, Optional<ZonedDateTime> endsAt, Venue venue, Optional<TopicId> topic) {
  public NextSession {
    Checks.date(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(topic, "topic");
    endsAt.ifPresent(
        end -> {
          Checks.date(end, "endsAt");
          if (!end.toInstant().isAfter(startsAt.toInstant())) {
            throw InvalidValueException.of("endsAt", "must be after startsAt " + startsAt, end);
          }
        });
  }

  /** A next session with no end agreed. */
  public NextSession(ZonedDateTime startsAt, Venue venue, Optional<TopicId> topic) {
    this(startsAt, Optional.empty(), venue, topic);
  }

  public static NextSession of(ZonedDateTime startsAt, Venue venue) {
    return new NextSession(startsAt, Optional.empty(), venue, Optional.empty());
  }

  /** This next session ending at {@code end}, which must be after its start. */
  public NextSession withEndsAt(ZonedDateTime end) {
    return new NextSession(
        startsAt, Optional.of(Objects.requireNonNull(end, "endsAt")), venue, topic);
  }
}
