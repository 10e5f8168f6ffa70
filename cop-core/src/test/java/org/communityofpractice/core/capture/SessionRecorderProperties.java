package org.communityofpractice.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.validation.InvalidValueException;

class SessionRecorderProperties {

  @Provide
  Arbitrary<List<CaptureEvent>> sequences() {
    return CaptureArbitraries.sequences();
  }

  @Property(tries = 200)
  void replayingTheAcceptedEventsGivesTheSameState(@ForAll("sequences") List<CaptureEvent> events) {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    CaptureArbitraries.recordAll(recorder, events);
    SessionRecorder replayed = SessionRecorder.replay(sotcop(), recorder.events());
    assertThat(CaptureArbitraries.outcome(replayed))
        .isEqualTo(CaptureArbitraries.outcome(recorder));
    assertThat(replayed.currentStage()).isEqualTo(recorder.currentStage());
    assertThat(replayed.warnings()).isEqualTo(recorder.warnings());
  }

  /**
   * Capture never gets stuck: whatever was accepted, the session can still be finished — at most
   * after stopping a presentation that is running, which is then accepted too.
   */
  @Property(tries = 300)
  void everyAcceptedSequenceCanStillBeFinished(@ForAll("sequences") List<CaptureEvent> events) {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    CaptureArbitraries.recordAll(recorder, events);
    running(recorder)
        .ifPresent(
            started ->
                recorder.record(
                    new CaptureEvent.PresentationStopped(started.at().plusSeconds(60))));
    assertThat(recorder.finish().id()).isEqualTo(ScriptedSession.plan(1).id());
  }

  /**
   * The recorder checks an event against the facts it adds, not the whole session: after every
   * accepted event the whole session still builds (a presentation still running aside), so that
   * shortcut never lets through what the session's own checks refuse.
   */
  @Property(tries = 200)
  void afterEveryAcceptedEventTheWholeSessionStillBuilds(
      @ForAll("sequences") List<CaptureEvent> events) {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    for (CaptureEvent e : events) {
      try {
        recorder.record(e);
      } catch (InvalidValueException rejected) {
        continue;
      }
      if (running(recorder).isEmpty()) {
        assertThat(recorder.finish().id()).isEqualTo(ScriptedSession.plan(1).id());
      }
    }
  }

  /** The presentation started and not stopped, if any. */
  private static Optional<CaptureEvent.PresentationStarted> running(SessionRecorder recorder) {
    Optional<CaptureEvent.PresentationStarted> running = Optional.empty();
    for (CaptureEvent e : recorder.events()) {
      if (e instanceof CaptureEvent.PresentationStarted started) {
        running = Optional.of(started);
      } else if (e instanceof CaptureEvent.PresentationStopped) {
        running = Optional.empty();
      }
    }
    return running;
  }

  @Property(tries = 200)
  void aRejectedEventChangesNothing(@ForAll("sequences") List<CaptureEvent> events) {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), ScriptedSession.plan(1));
    for (CaptureEvent e : events) {
      List<CaptureEvent> before = recorder.events();
      Object outcomeBefore = CaptureArbitraries.outcome(recorder);
      try {
        recorder.record(e);
      } catch (InvalidValueException rejected) {
        assertThat(rejected.field()).isNotBlank();
        assertThat(recorder.events()).isEqualTo(before);
        assertThat(CaptureArbitraries.outcome(recorder)).isEqualTo(outcomeBefore);
      }
    }
  }
}
