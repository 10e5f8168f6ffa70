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
  /**
   * Checks the record.
   *
   * @param startsAt when it starts, with its zone; must not be {@literal null}
   * @param endsAt when it ends, or empty when not agreed; must not be {@literal null}, and a time
   *     in it after {@code startsAt}
   * @param venue where; must not be {@literal null}
   * @param topic the topic, or empty when it stays the same; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws InvalidValueException if the start is out of range or the end is not after it
   */
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

  /**
   * A next session with no end agreed.
   *
   * @param startsAt when it starts, with its zone; must not be {@literal null}
   * @param venue where; must not be {@literal null}
   * @param topic the topic, or empty when it stays the same; must not be {@literal null}
   * @throws InvalidValueException if the start is out of range
   */
  public NextSession(ZonedDateTime startsAt, Venue venue, Optional<TopicId> topic) {
    this(startsAt, Optional.empty(), venue, topic);
  }

  /**
   * A next session on the same topic, with no end agreed.
   *
   * @param startsAt when it starts, with its zone; must not be {@literal null}
   * @param venue where; must not be {@literal null}
   * @return the next session, never {@literal null}
   * @throws InvalidValueException if the start is out of range
   */
  public static NextSession of(ZonedDateTime startsAt, Venue venue) {
    return new NextSession(startsAt, Optional.empty(), venue, Optional.empty());
  }

  /**
   * This next session ending at {@code end}, which must be after its start.
   *
   * @param end when it ends; must not be {@literal null}
   * @return a new next session, never {@literal null}
   * @throws InvalidValueException if {@code end} is not after the start
   */
  public NextSession withEndsAt(ZonedDateTime end) {
    return new NextSession(
        startsAt, Optional.of(Objects.requireNonNull(end, "endsAt")), venue, topic);
  }
}
