package org.communityofpractice.core.capture;

import static org.communityofpractice.core.fixtures.CommunityFixtures.BUDDY_PROCEDURE;
import static org.communityofpractice.core.fixtures.CommunityFixtures.LONE_WORKING;
import static org.communityofpractice.core.fixtures.CommunityFixtures.LONE_WORKING_1;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_1;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.PresentationKind;

/**
 * Capture events for {@link ScriptedSession#plan(int) session 1} of the fixture community, valid
 * and not: people the register holds and one it does not, ratings off the scale, rounds not asked,
 * reused action ids, stages the running order lacks. Built from {@link DomainArbitraries}.
 */
public final class CaptureArbitraries {
  private static final Instant START = ScriptedSession.startsAt(1).toInstant();

  private CaptureArbitraries() {}

  /** Sequences of events, some of which a recorder rejects. */
  public static Arbitrary<List<CaptureEvent>> sequences() {
    return events().list().ofMinSize(5).ofMaxSize(60);
  }

  public static Arbitrary<CaptureEvent> events() {
    List<PersonId> people = new ArrayList<>(sotcop().register().ids());
    people.sort(null);
    people.add(PersonId.of("p-stranger"));
    RunningOrder order = RunningOrder.subsequentSession();
    Arbitrary<PersonId> person = Arbitraries.of(people);
    Arbitrary<StageKey> stage =
        Arbitraries.oneOf(
            Arbitraries.of(order.stages()).map(Stage::key),
            Arbitraries.just(StageKey.of("not-a-stage")));
    Arbitrary<Integer> round = Arbitraries.integers().between(-1, 2);
    Arbitrary<Instant> at = Arbitraries.integers().between(0, 20 * 60).map(START::plusSeconds);
    Arbitrary<ActionId> actionIds =
        Arbitraries.of(ActionId.of("a-new-1"), ActionId.of("a-new-2"), BUDDY_PROCEDURE);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(new CaptureEvent.Advanced())),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(new CaptureEvent.Skipped())),
        net.jqwik.api.Tuple.of(1, stage.map(CaptureEvent.ReturnedTo::new)),
        net.jqwik.api.Tuple.of(9, person.map(CaptureEvent.Arrived::new)),
        net.jqwik.api.Tuple.of(
            2, DomainArbitraries.bestHopes(people).map(CaptureEvent.BestHopeGiven::new)),
        net.jqwik.api.Tuple.of(
            3, DomainArbitraries.contributions(people, order).map(CaptureEvent.Contributed::new)),
        net.jqwik.api.Tuple.of(
            1, DomainArbitraries.scalingQuestions().map(CaptureEvent.ScalingQuestionAsked::new)),
        net.jqwik.api.Tuple.of(
            3,
            Combinators.combine(round, Arbitraries.integers().between(-1, 11), person.optional())
                .as((r, v, by) -> new CaptureEvent.Rated(r, new Rating(v, by)))),
        net.jqwik.api.Tuple.of(
            1,
            Combinators.combine(round, DomainArbitraries.onePointUpIdeas(people))
                .as(CaptureEvent.OnePointUpOffered::new)),
        net.jqwik.api.Tuple.of(
            1,
            Combinators.combine(
                    Arbitraries.of(PresentationKind.class),
                    DomainArbitraries.texts(),
                    person.optional(),
                    Arbitraries.of(Perspective.class).optional(),
                    at)
                .as(CaptureEvent.PresentationStarted::new)),
        net.jqwik.api.Tuple.of(1, at.map(CaptureEvent.PresentationStopped::new)),
        net.jqwik.api.Tuple.of(
            1, DomainArbitraries.presentations(people).map(CaptureEvent.PresentationGiven::new)),
        net.jqwik.api.Tuple.of(
            1,
            actionIds
                .flatMap(id -> DomainArbitraries.actions(id, people))
                .map(CaptureEvent.ActionAgreed::new)),
        net.jqwik.api.Tuple.of(
            1,
            DomainArbitraries.smallSteps(
                    people,
                    List.of(BUDDY_PROCEDURE, ActionId.of("a-new-1"), ActionId.of("a-unknown")),
                    List.of(PRISON_RELEASE_1, LONE_WORKING_1))
                .map(CaptureEvent.SmallStepNoticed::new)),
        net.jqwik.api.Tuple.of(1, DomainArbitraries.texts().map(CaptureEvent.Concluded::new)),
        net.jqwik.api.Tuple.of(1, DomainArbitraries.texts().map(CaptureEvent.Recommended::new)),
        net.jqwik.api.Tuple.of(1, DomainArbitraries.texts().map(CaptureEvent.QuestionRaised::new)),
        net.jqwik.api.Tuple.of(
            1, DomainArbitraries.artefacts().map(CaptureEvent.ArtefactAdded::new)),
        net.jqwik.api.Tuple.of(
            1,
            DomainArbitraries.nextSessions(
                    ScriptedSession.startsAt(1).minusDays(3), List.of(PRISON_RELEASE, LONE_WORKING))
                .map(CaptureEvent.NextSessionAgreed::new)));
  }

  /** Records each event, leaving out those the recorder rejects, as a screen would. */
  public static void recordAll(SessionRecorder recorder, List<CaptureEvent> events) {
    for (CaptureEvent e : events) {
      try {
        recorder.record(e);
      } catch (org.communityofpractice.core.validation.InvalidValueException rejected) {
        // rejected events leave the recorder as it was
      }
    }
  }

  /** What finishing gives: the session, or the field that stops it. */
  public static Object outcome(SessionRecorder recorder) {
    try {
      return recorder.finish();
    } catch (org.communityofpractice.core.validation.InvalidValueException e) {
      return Optional.of(e.field());
    }
  }
}
