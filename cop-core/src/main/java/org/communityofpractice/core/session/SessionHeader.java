package org.communityofpractice.core.session;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.TopicId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * What is known of a session before anyone arrives: its id, topic and series, its own title, when
 * and where it is held, and who hosts it (the facilichair, co-facilitators and recorders). A {@link
 * Session} is one, with everything recorded in it, and so is the plan a recorder opens with ({@code
 * capture.SessionPlan}); each fact is defined and checked here only, and {@link #header()} gives
 * the header as a value of its own.
 *
 * <pre>{@code
 * SessionHeader header = SessionHeader.builder()
 *     .id(SessionId.of("s-4"))
 *     .topic(TopicId.of("prison-release"))
 *     .startsAt(ZonedDateTime.of(2016, 6, 2, 10, 0, 0, 0, ZoneId.of("Europe/London")))
 *     .venue(Venue.of("VOICES, Federation House"))
 *     .facilitator(PersonId.of("p-sxgzkzw8zqr2"))
 *     .addRecorder(PersonId.of("p-dj18hrrcqtc5"))
 *     .build();
 * Session session = Session.builder().from(header).addAllAttendees(header.hosts()).build();
 * }</pre>
 */
@Value.Immutable
public interface SessionHeader {
  /** {@return a builder for a header of its own, never {@literal null}} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionHeader}; see {@link #checkHeader()} for what is checked. */
  final class Builder extends ImmutableSessionHeader.Builder {
    Builder() {}
  }

  /** {@return the session's id, unique within its community; never {@literal null}} */
  SessionId id();

  /** {@return the topic the session explores, never {@literal null}} */
  TopicId topic();

  /** {@return the series the session belongs to, or empty when it stands alone} */
  Optional<SeriesId> series();

  /** {@return the session's own title, or empty when the topic's is used} */
  Optional<String> title();

  /**
   * {@return when it starts, with its zone (sessions in Stoke-on-Trent: Europe/London); never
   * {@literal null}}
   */
  ZonedDateTime startsAt();

  /** {@return where it is held, never {@literal null}} */
  Venue venue();

  /** {@return the facilichair: chair and facilitator in one; never {@literal null}} */
  PersonId facilitator();

  /** {@return the co-facilitators who help the facilichair; never {@literal null}, may be empty} */
  List<PersonId> coFacilitators();

  /** {@return the volunteers who record the session; never {@literal null}, may be empty} */
  List<PersonId> recorders();

  /**
   * The hosts in the order a recorder counts them as attendees: facilitator, co-facilitators,
   * recorders, each once.
   *
   * @return the hosts, never {@literal null}; the facilitator first
   */
  default List<PersonId> hosts() {
    return Stream.concat(
            Stream.of(facilitator()),
            Stream.concat(coFacilitators().stream(), recorders().stream()))
        .distinct()
        .toList();
  }

  /**
   * {@return these facts as a header of their own, without what a session or plan adds; never
   * {@literal null}}
   */
  default SessionHeader header() {
    return this instanceof ImmutableSessionHeader ? this : builder().from(this).build();
  }

  /**
   * Checks the header's facts as each header, session and plan is built: the date is plausible and
   * a title is not blank. A built value has passed it, so calling it again finds nothing.
   *
   * @throws InvalidValueException naming the field when a fact is not valid
   */
  @Value.Check
  default void checkHeader() {
    Checks.date(startsAt(), "startsAt");
    title().ifPresent(t -> Checks.text(t, "title"));
  }
}
