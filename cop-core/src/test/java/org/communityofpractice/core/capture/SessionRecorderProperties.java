package org.communityofpractice.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.util.List;
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
    assertThat(CaptureArbitraries.outcome(replayed)).isEqualTo(CaptureArbitraries.outcome(recorder));
    assertThat(replayed.currentStage()).isEqualTo(recorder.currentStage());
    assertThat(replayed.warnings()).isEqualTo(recorder.warnings());
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
