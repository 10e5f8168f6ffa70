package org.communityofpractice.core.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.capture.CaptureEvent.ActionAgreed;
import org.communityofpractice.core.capture.CaptureEvent.Advanced;
import org.communityofpractice.core.capture.CaptureEvent.Arrived;
import org.communityofpractice.core.capture.CaptureEvent.ArtefactAdded;
import org.communityofpractice.core.capture.CaptureEvent.BestHopeGiven;
import org.communityofpractice.core.capture.CaptureEvent.Concluded;
import org.communityofpractice.core.capture.CaptureEvent.Contributed;
import org.communityofpractice.core.capture.CaptureEvent.NextSessionAgreed;
import org.communityofpractice.core.capture.CaptureEvent.OnePointUpOffered;
import org.communityofpractice.core.capture.CaptureEvent.Opened;
import org.communityofpractice.core.capture.CaptureEvent.PresentationGiven;
import org.communityofpractice.core.capture.CaptureEvent.PresentationStarted;
import org.communityofpractice.core.capture.CaptureEvent.PresentationStopped;
import org.communityofpractice.core.capture.CaptureEvent.QuestionRaised;
import org.communityofpractice.core.capture.CaptureEvent.Rated;
import org.communityofpractice.core.capture.CaptureEvent.Recommended;
import org.communityofpractice.core.capture.CaptureEvent.ReturnedTo;
import org.communityofpractice.core.capture.CaptureEvent.ScalingQuestionAsked;
import org.communityofpractice.core.capture.CaptureEvent.Skipped;
import org.communityofpractice.core.capture.CaptureEvent.SmallStepNoticed;
import org.communityofpractice.core.capture.CaptureWarning.CoreStageSkipped;
import org.communityofpractice.core.capture.CaptureWarning.PresentationOverran;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The rules of a live session: what each {@link CaptureEvent} does to the recorder's state, and the
 * checks it must pass against the community and the session so far. {@link SessionRecorder} runs
 * them inside its own transaction (mark, apply, check, roll back on refusal); replaying a journal
 * is looser only where a journal written before a rule, or rewritten by an erasure, must still
 * replay.
 */
final class EventRules {
  private final Community community;

  /**
   * Whether the events come from a journal: then an erased person's opaque id stands where they
   * were, and is accepted; a live recording takes only people the register holds.
   */
  private final boolean replaying;

  EventRules(Community community, boolean replaying) {
    this.community = community;
    this.replaying = replaying;
  }

  /**
   * The state a session opens in, once the plan is checked against the community: a new id, its
   * topic and series, a running order the community has, hosts in the register.
   */
  static RecorderState open(Community community, Opened opened, boolean replaying) {
    SessionPlan plan = opened.plan();
    if (community.session(plan.id()).isPresent()) {
      throw InvalidValueException.of("plan.id", "must be new to the community", plan.id());
    }
    if (community.topic(plan.topic()).isEmpty()) {
      throw InvalidValueException.of(
          "plan.topic", "must name a topic of the community", plan.topic());
    }
    plan.series()
        .filter(s -> community.series(s).filter(x -> x.topic().equals(plan.topic())).isEmpty())
        .ifPresent(
            s -> {
              throw InvalidValueException.of(
                  "plan.series", "must name a series of the community on the plan's topic", s);
            });
    String orderId = opened.runningOrder().id();
    if (!community.runningOrder(orderId).filter(opened.runningOrder()::equals).isPresent()) {
      throw InvalidValueException.of(
          "runningOrder",
          "must be one of the guide's templates or of the community's running orders",
          orderId);
    }
    List<PersonId> hosts = plan.hosts();
    for (int i = 0; i < hosts.size(); i++) {
      requirePerson(community, hosts.get(i), "plan.hosts[" + i + "]", replaying);
    }
    RecorderState state = new RecorderState(opened);
    state.toSession();
    return state;
  }

  /**
   * Applies {@code event} to {@code s}, checking it against the community and what the session
   * holds so far.
   *
   * @return the warnings it gives rise to, often none
   * @throws InvalidValueException naming the field when the event does not apply; {@code s} may
   *     have changed, and the recorder rolls it back
   */
  List<CaptureWarning> apply(RecorderState s, CaptureEvent event) {
    List<CaptureWarning> warnings = new ArrayList<>();
    if (event instanceof Opened) {
      throw InvalidValueException.of("event", "must not open the session a second time", event);
    } else if (event instanceof Advanced) {
      requireNotEnded(s);
      s.run.add(s.stage);
      s.skipped.remove(s.stage);
      s.stage++;
    } else if (event instanceof Skipped) {
      requireNotEnded(s);
      Stage skipped = s.runningOrder().stages().get(s.stage);
      if (!s.run.contains(s.stage)) {
        s.skipped.add(s.stage);
        if (skipped.core()) {
          warnings.add(new CoreStageSkipped(skipped.key()));
        }
      }
      s.stage++;
    } else if (event instanceof ReturnedTo r) {
      s.stage =
          s.runningOrder()
              .indexOf(r.stage())
              .orElseThrow(
                  () ->
                      InvalidValueException.of(
                          "stage",
                          "must be a stage of running order '" + s.runningOrder().id() + "'",
                          r.stage()));
    } else if (event instanceof Arrived a) {
      requirePerson(community, a.person(), "person", replaying);
      if (s.attendees.contains(a.person())) {
        throw InvalidValueException.of("person", "must not have arrived already", a.person());
      }
      s.attendees.add(a.person());
    } else if (event instanceof BestHopeGiven b) {
      s.bestHopes.add(b.bestHope());
    } else if (event instanceof Contributed c) {
      s.contributions.add(c.contribution());
    } else if (event instanceof ScalingQuestionAsked q) {
      s.scaling.add(ScalingRound.builder().question(q.question()).build());
    } else if (event instanceof Rated r) {
      ScalingRound round = round(s, r.round());
      s.scaling.set(
          r.round(),
          rebuild(
              r.round(), () -> ScalingRound.builder().from(round).addRating(r.rating()).build()));
    } else if (event instanceof OnePointUpOffered o) {
      ScalingRound round = round(s, o.round());
      s.scaling.set(
          o.round(),
          rebuild(
              o.round(),
              () -> ScalingRound.builder().from(round).addOnePointUpIdea(o.idea()).build()));
    } else if (event instanceof PresentationStarted p) {
      requireNoPresentation(s);
      // checked now, not when it stops: a presentation that could never stop would leave the
      // session impossible to finish. Journals written before this check still replay.
      if (!replaying) {
        p.presenter().ifPresent(who -> requireArrived(community, s, who, "presenter"));
      }
      s.presentationRunning = Optional.of(p);
    } else if (event instanceof PresentationStopped p) {
      PresentationStarted started =
          s.presentationRunning.orElseThrow(
              () ->
                  InvalidValueException.of(
                      "presentation", "must have started before it stops", "none"));
      Presentation given;
      try {
        given = RecorderState.presentationOf(started, Duration.between(started.at(), p.at()));
      } catch (InvalidValueException e) {
        throw e.within("presentation");
      }
      s.presentationRunning = Optional.empty();
      s.presentation = Optional.of(given);
      overran(given).ifPresent(warnings::add);
    } else if (event instanceof PresentationGiven p) {
      requireNoPresentation(s);
      s.presentation = Optional.of(p.presentation());
      overran(p.presentation()).ifPresent(warnings::add);
    } else if (event instanceof ActionAgreed a) {
      checkAction(s, a.action());
      s.actions.add(a.action());
    } else if (event instanceof SmallStepNoticed n) {
      checkSmallStep(s, n.smallStep());
      s.smallSteps.add(n.smallStep());
    } else if (event instanceof Concluded c) {
      s.conclusions.add(c.text());
    } else if (event instanceof Recommended r) {
      s.recommendations.add(r.text());
    } else if (event instanceof QuestionRaised q) {
      s.questions.add(q.text());
    } else if (event instanceof ArtefactAdded a) {
      List<PersonId> pictured = a.artefact().pictured();
      for (int i = 0; i < pictured.size(); i++) {
        requireArrived(community, s, pictured.get(i), "artefact.pictured[" + i + "]");
      }
      s.artefacts.add(a.artefact());
    } else if (event instanceof NextSessionAgreed n) {
      s.nextSession = Optional.of(n.nextSession());
    } else {
      throw new AssertionError("an event type without a rule: " + event.getClass());
    }
    return warnings;
  }

  private static void requireNotEnded(RecorderState s) {
    if (s.ended()) {
      throw InvalidValueException.of(
          "stage",
          "must not move past the last stage of running order '" + s.runningOrder().id() + "'",
          "none");
    }
  }

  /**
   * Someone held; or, when replaying, the opaque id an erased person left behind, since a journal
   * rewritten after an erasure names it where the person was and must still replay. A live
   * recording cannot give an erased person's id new words or attendance.
   */
  private static void requirePerson(
      Community community, PersonId person, String field, boolean replaying) {
    if (replaying ? !community.register().knows(person) : !community.register().holds(person)) {
      throw InvalidValueException.of(field, "must be held by the community's register", person);
    }
  }

  private static void requireArrived(
      Community community, RecorderState s, PersonId person, String field) {
    requireHeld(community, person, field);
    if (!s.attendees.contains(person)) {
      throw InvalidValueException.of(field, "must have arrived", person);
    }
  }

  private static void requireHeld(Community community, PersonId person, String field) {
    if (!community.register().holds(person)) {
      throw InvalidValueException.of(field, "must be held by the community's register", person);
    }
  }

  private static void requireNoPresentation(RecorderState s) {
    if (s.presentation.isPresent() || s.presentationRunning.isPresent()) {
      throw InvalidValueException.of(
          "presentation", "must be given at most once in a session", "a second");
    }
  }

  private static ScalingRound round(RecorderState s, int round) {
    if (round < 0 || round >= s.scaling.size()) {
      throw InvalidValueException.of(
          "round",
          s.scaling.isEmpty()
              ? "must follow a scaling question, and none has been asked"
              : "must be within 0.." + (s.scaling.size() - 1),
          round);
    }
    return s.scaling.get(round);
  }

  private static ScalingRound rebuild(int round, java.util.function.Supplier<ScalingRound> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      throw e.within("scaling[" + round + "]");
    }
  }

  private void checkAction(RecorderState s, Action action) {
    if (community.actions().containsKey(action.id())
        || s.actions.stream().anyMatch(a -> a.id().equals(action.id()))) {
      throw InvalidValueException.of("action.id", "must be new to the community", action.id());
    }
    for (int i = 0; i < action.owners().size(); i++) {
      requireHeld(community, action.owners().get(i), "action.owners[" + i + "]");
    }
  }

  private void checkSmallStep(RecorderState s, SmallStep step) {
    Set<ActionId> known = s.actions.stream().map(Action::id).collect(Collectors.toSet());
    known.addAll(community.actions().keySet());
    step.followsAction()
        .filter(a -> !known.contains(a))
        .ifPresent(
            a -> {
              throw InvalidValueException.of(
                  "smallStep.followsAction",
                  "must name an action agreed at this or an earlier session",
                  a);
            });
    Optional<SessionId> follows = step.followsSession();
    follows
        .filter(
            id ->
                community
                    .session(id)
                    .filter(
                        earlier ->
                            earlier
                                .startsAt()
                                .toInstant()
                                .isBefore(s.opened.plan().startsAt().toInstant()))
                    .isEmpty())
        .ifPresent(
            id -> {
              throw InvalidValueException.of(
                  "smallStep.followsSession", "must name an earlier session", id);
            });
  }

  private static Optional<CaptureWarning> overran(Presentation p) {
    return p.overran() ? Optional.of(new PresentationOverran(p.duration())) : Optional.empty();
  }
}
