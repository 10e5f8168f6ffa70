package org.communityofpractice.core.capture;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.TopicId;
import org.immutables.value.Value;

/**
 * What is known of a session before it starts: its id, topic, time and venue, who chairs and who
 * records. Without a running order of its own, the recorder picks one of the guide's templates from
 * the community's history.
 *
 * <pre>{@code
 * SessionPlan plan = SessionPlan.builder()
 *     .id(SessionId.of("s-4"))
 *     .topic(TopicId.of("prison-release"))
 *     .startsAt(ZonedDateTime.of(2016, 6, 2, 10, 0, 0, 0, ZoneId.of("Europe/London")))
 *     .venue(Venue.of("VOICES, Federation House"))
 *     .facilitator(PersonId.of("p-sxgzkzw8zqr2"))
 *     .addRecorder(PersonId.of("p-dj18hrrcqtc5"))
 *     .build();
 * }</pre>
 *
 * <p>The facilitator, co-facilitators and recorders are hosting, so the recorder counts them among
 * the attendees from the start, in that order.
 */
@Value.Immutable
public abstract class SessionPlan {
  SessionPlan() {}

  /** {@return a builder for a session plan, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionPlan}. */
  public static final class Builder extends ImmutableSessionPlan.Builder {
    Builder() {}
  }

  /** {@return the id the session will have, new to the community; never {@literal null}} */
  public abstract SessionId id();

  /** {@return the topic the session explores, never {@literal null}} */
  public abstract TopicId topic();

  /** {@return the series the session belongs to, or empty when it stands alone} */
  public abstract Optional<SeriesId> series();

  /** {@return the session's own title, or empty} */
  public abstract Optional<String> title();

  /** {@return when it starts, with its zone; never {@literal null}} */
  public abstract ZonedDateTime startsAt();

  /** {@return where it is held, never {@literal null}} */
  public abstract Venue venue();

  /** {@return the facilichair: chair and facilitator in one; never {@literal null}} */
  public abstract PersonId facilitator();

  /** {@return the co-facilitators who help the facilichair; never {@literal null}, may be empty} */
  public abstract List<PersonId> coFacilitators();

  /** {@return the volunteers recording the session; never {@literal null}, may be empty} */
  public abstract List<PersonId> recorders();

  /**
   * {@return a running order chosen for this session, or empty to let the community's history
   * decide}
   */
  public abstract Optional<RunningOrder> runningOrder();

  /**
   * The hosts in the order they are counted as attendees: facilitator, co-facilitators, recorders.
   *
   * @return the hosts, never {@literal null}; the facilitator first
   */
  public List<PersonId> hosts() {
    return Stream.concat(
            Stream.of(facilitator()),
            Stream.concat(coFacilitators().stream(), recorders().stream()))
        .distinct()
        .toList();
  }

  @Value.Check
  void check() {
    title().ifPresent(t -> Checks.text(t, "title"));
  }
}
