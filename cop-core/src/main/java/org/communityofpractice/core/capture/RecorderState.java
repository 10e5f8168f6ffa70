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
 * What a recorder holds. Mutable, but the recorder only ever changes a {@link #copy()} and swaps it
 * in once the change has been checked, so a rejected event leaves nothing behind.
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

  private RecorderState(RecorderState o) {
    this.opened = o.opened;
    this.stage = o.stage;
    this.run = new TreeSet<>(o.run);
    this.skipped = new TreeSet<>(o.skipped);
    this.attendees = new ArrayList<>(o.attendees);
    this.bestHopes = new ArrayList<>(o.bestHopes);
    this.presentation = o.presentation;
    this.presentationRunning = o.presentationRunning;
    this.contributions = new ArrayList<>(o.contributions);
    this.scaling = new ArrayList<>(o.scaling);
    this.actions = new ArrayList<>(o.actions);
    this.smallSteps = new ArrayList<>(o.smallSteps);
    this.conclusions = new ArrayList<>(o.conclusions);
    this.recommendations = new ArrayList<>(o.recommendations);
    this.questions = new ArrayList<>(o.questions);
    this.artefacts = new ArrayList<>(o.artefacts);
    this.nextSession = o.nextSession;
    this.events = new ArrayList<>(o.events);
    this.warnings = new ArrayList<>(o.warnings);
  }

  RecorderState copy() {
    return new RecorderState(this);
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
    SessionPlan plan = opened.plan();
    return Session.builder()
        .id(plan.id())
        .topic(plan.topic())
        .series(plan.series())
        .title(plan.title())
        .startsAt(plan.startsAt())
        .venue(plan.venue())
        .facilitator(plan.facilitator())
        .coFacilitators(plan.coFacilitators())
        .recorders(plan.recorders())
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
