package org.communityofpractice.core.capture;

/**
 * Receives each event a {@link SessionRecorder} accepts, after the event has been checked and
 * before the recorder's state changes: a journal writes it down here. If the sink throws, the event
 * is not recorded and the recorder is left as it was.
 *
 * <pre>{@code
 * List<CaptureEvent> seen = new ArrayList<>();
 * SessionRecorder recorder = SessionRecorder.start(community, plan, Clock.systemUTC(), seen::add);
 * }</pre>
 */
@FunctionalInterface
public interface EventSink {
  /** A sink that keeps nothing. */
  EventSink NONE = event -> {};

  /**
   * Keeps an accepted event; must not return before the event is as safe as the sink promises.
   *
   * @param event the event, never {@literal null}
   */
  void accept(CaptureEvent event);
}
