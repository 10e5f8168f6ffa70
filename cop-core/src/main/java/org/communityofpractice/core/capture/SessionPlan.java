package org.communityofpractice.core.capture;

import java.util.Optional;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.session.SessionHeader;
import org.immutables.value.Value;

/**
 * What is known of a session before it starts: its {@linkplain SessionHeader header} (id, topic,
 * time and venue, who chairs and who records), and perhaps a running order of its own. Without one,
 * the recorder picks one of the guide's templates from the community's history. The session the
 * recorder records carries the plan's header unchanged.
 *
 * <pre>{@code
 * import org.communityofpractice.core.people.PersonId;
 * import org.communityofpractice.core.session.SessionId;
 * import org.communityofpractice.core.session.Venue;
 * import org.communityofpractice.core.topic.TopicId;
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
 * the attendees from the start, in that order ({@link #hosts()}).
 */
@Value.Immutable
@SuppressWarnings("immutables:subtype") // its header's facts are its own, and checked as a header's
public abstract class SessionPlan implements SessionHeader {
  SessionPlan() {}

  /** {@return a builder for a session plan, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionPlan}. */
  public static final class Builder extends ImmutableSessionPlan.Builder {
    Builder() {}
  }

  /**
   * {@return a running order chosen for this session, or empty to let the community's history
   * decide}
   */
  public abstract Optional<RunningOrder> runningOrder();
}
