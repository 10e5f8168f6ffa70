package org.communityofpractice.core.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.communityofpractice.core.capture.CaptureEvent.Opened;
import org.communityofpractice.core.capture.CaptureEvent.PresentationStarted;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * What a recorder holds. Mutable: the recorder takes a {@link #mark()} before it applies an event
 * and {@link #rollBack(Mark) rolls back} to it when the event is rejected, so a rejected event
 * leaves nothing behind. Neither the mark nor the check of what the event added grows with the
 * number of events recorded, so recording one event costs the same early and late in a session.
 */
final class RecorderState {
  final Opened opened;

  /** The current stage's index; the running order's size once past the last stage. */
  int stage;

  final TreeSet<Integer> run;
  final TreeSet<Integer> skipped;
  final List<PersonId> attendees;
  final List<BestHope> bestHopes;
  Optional<Presentation> presentation;
  Optional<PresentationStarted> presentationRunning;
  final List<Contribution> contributions;
  final List<ScalingRound> scaling;
  final List<Action> actions;
  final List<SmallStep> smallSteps;
  final List<String> conclusions;
  final List<String> recommendations;
  final List<String> questions;
  final List<Artefact> artefacts;
  Optional<NextSession> nextSession;
  final List<CaptureEvent> events;
  final List<CaptureWarning> warnings;

  RecorderState(Opened opened) {
    this.opened = opened;
    this.stage = 0;
    this.run = new TreeSet<>();
    this.skipped = new TreeSet<>();
    this.attendees = new ArrayList<>(opened.plan().hosts());
    this.bestHopes = new ArrayList<>();
    this.presentation = Optional.empty();
    this.presentationRunning = Optional.empty();
    this.contributions = new ArrayList<>();
    this.scaling = new ArrayList<>();
    this.actions = new ArrayList<>();
    this.smallSteps = new ArrayList<>();
    this.conclusions = new ArrayList<>();
    this.recommendations = new ArrayList<>();
    this.questions = new ArrayList<>();
    this.artefacts = new ArrayList<>();
    this.nextSession = Optional.empty();
    this.events = new ArrayList<>(List.of(opened));
    this.warnings = new ArrayList<>();
  }

  /**
   * What the state was before an event: the small parts whole, the lists by their length (an event
   * only appends to them), the scaling rounds by reference (a rating replaces its round).
   */
  record Mark(
      int stage,
      List<Integer> run,
      List<Integer> skipped,
      int attendees,
      int bestHopes,
      Optional<Presentation> presentation,
      Optional<PresentationStarted> presentationRunning,
      int contributions,
      List<ScalingRound> scaling,
      int actions,
      int smallSteps,
      int conclusions,
      int recommendations,
      int questions,
      int artefacts,
      Optional<NextSession> nextSession,
      int events,
      int warnings) {}

  Mark mark() {
    return new Mark(
        stage,
        List.copyOf(run),
        List.copyOf(skipped),
        attendees.size(),
        bestHopes.size(),
        presentation,
        presentationRunning,
        contributions.size(),
        List.copyOf(scaling),
        actions.size(),
        smallSteps.size(),
        conclusions.size(),
        recommendations.size(),
        questions.size(),
        artefacts.size(),
        nextSession,
        events.size(),
        warnings.size());
  }

  /** Puts the state back as it was at {@code m}. */
  void rollBack(Mark m) {
    stage = m.stage();
    run.clear();
    run.addAll(m.run());
    skipped.clear();
    skipped.addAll(m.skipped());
    cut(attendees, m.attendees());
    cut(bestHopes, m.bestHopes());
    presentation = m.presentation();
    presentationRunning = m.presentationRunning();
    cut(contributions, m.contributions());
    scaling.clear();
    scaling.addAll(m.scaling());
    cut(actions, m.actions());
    cut(smallSteps, m.smallSteps());
    cut(conclusions, m.conclusions());
    cut(recommendations, m.recommendations());
    cut(questions, m.questions());
    cut(artefacts, m.artefacts());
    nextSession = m.nextSession();
    cut(events, m.events());
    cut(warnings, m.warnings());
  }

  private static void cut(List<?> list, int size) {
    list.subList(size, list.size()).clear();
  }

  /**
   * Checks that the state still makes a valid session after an event, given that it did at {@code
   * m}: a session's checks each concern one fact against the attendees, the running order and the
   * plan, and attendees only ever join, so only the facts added since {@code m} need checking. They
   * are checked by building a session of those facts alone, with the attendees, running order and
   * plan, which costs the same however long the session has run. When that is refused, the whole
   * session is built, so the error names the fact as {@link #toSession()} would ({@code
   * contributions[41].by}, not {@code contributions[0].by}).
   *
   * @throws InvalidValueException naming the field when the facts do not make a valid session
   */
  void checkSince(Mark m) {
    try {
      session(
          since(bestHopes, m.bestHopes()),
          since(contributions, m.contributions()),
          changedRounds(m.scaling()),
          since(actions, m.actions()),
          since(smallSteps, m.smallSteps()),
          since(conclusions, m.conclusions()),
          since(recommendations, m.recommendations()),
          since(questions, m.questions()),
          since(artefacts, m.artefacts()));
    } catch (InvalidValueException e) {
      toSession();
    }
  }

  private static <T> List<T> since(List<T> list, int size) {
    return list.subList(size, list.size());
  }

  /** The rounds added or replaced since {@code before}: a rating replaces its round. */
  private List<ScalingRound> changedRounds(List<ScalingRound> before) {
    List<ScalingRound> changed = new ArrayList<>();
    for (int i = 0; i < scaling.size(); i++) {
      if (i >= before.size() || scaling.get(i) != before.get(i)) {
        changed.add(scaling.get(i));
      }
    }
    return changed;
  }

  RunningOrder runningOrder() {
    return opened.runningOrder();
  }

  boolean ended() {
    return stage >= runningOrder().stages().size();
  }

  /**
   * The session as recorded so far; the stage in progress counts as run. A presentation still
   * running is left out, but its title is checked.
   *
   * @throws InvalidValueException naming the field when the facts do not make a valid session
   */
  Session toSession() {
    return session(
        bestHopes,
        contributions,
        scaling,
        actions,
        smallSteps,
        conclusions,
        recommendations,
        questions,
        artefacts);
  }

  /** The session of the plan, the attendees and stages so far, and the given facts. */
  private Session session(
      List<BestHope> bestHopes,
      List<Contribution> contributions,
      List<ScalingRound> scaling,
      List<Action> actions,
      List<SmallStep> smallSteps,
      List<String> conclusions,
      List<String> recommendations,
      List<String> questions,
      List<Artefact> artefacts) {
    presentationRunning.ifPresent(
        p -> {
          try {
            presentationOf(p, Duration.ofSeconds(1));
          } catch (InvalidValueException e) {
            throw e.within("presentation");
          }
        });
    TreeSet<Integer> stagesRun = new TreeSet<>(run);
    if (!ended()) {
      stagesRun.add(stage);
    }
    return Session.builder()
        .from(opened.plan())
        .attendees(attendees)
        .runningOrder(runningOrder())
        .stagesRun(stagesRun.stream().map(i -> runningOrder().stages().get(i).key()).toList())
        .bestHopes(bestHopes)
        .presentation(presentation)
        .contributions(contributions)
        .scaling(scaling)
        .actions(actions)
        .smallSteps(smallSteps)
        .conclusions(conclusions)
        .recommendations(recommendations)
        .questions(questions)
        .artefacts(artefacts)
        .nextSession(nextSession)
        .build();
  }

  static Presentation presentationOf(PresentationStarted started, Duration duration) {
    return Presentation.builder()
        .kind(started.kind())
        .title(started.title())
        .presenter(started.presenter())
        .perspective(started.perspective())
        .duration(duration)
        .build();
  }
}
