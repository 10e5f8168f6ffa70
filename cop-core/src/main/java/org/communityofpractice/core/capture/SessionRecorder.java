package org.communityofpractice.core.capture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Records a session live, walking its running order: who arrives, best hopes, what is said, the
 * scaling rounds, the presentation, actions, small steps, conclusions and the next session.
 *
 * <pre>{@code
 * SessionRecorder recorder = SessionRecorder.start(community, plan); // picks the template
 * recorder.currentStage();          // meet and greet, with its prompts
 * recorder.arrived(sam);
 * recorder.advance();               // introductions and best hopes
 * recorder.giveBestHope(BestHope.by(sam, "Leave with one thing to try on Monday"));
 * recorder.advance();
 * List<CaptureWarning> w = recorder.skip(); // skipping a core stage returns a warning
 * recorder.askScalingQuestion(ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7));
 * recorder.rate(Rating.anonymous(6));
 * Session session = recorder.finish();
 * }</pre>
 *
 * <p><b>Running order.</b> A plan's own running order is used when it has one; otherwise the
 * guide's first-session template when the community has held no session before this one, and the
 * subsequent-session template after that. The recorder starts at the first stage. {@link
 * #advance()} moves to the next stage and counts the one left as run; {@link #skip()} moves on and
 * leaves it out; {@link #returnTo(StageKey)} goes back (or forward) to any stage, which counts as
 * run once the recorder advances past it or finishes in it. A contribution recorded through {@link
 * #contribute(ContributionKind, String, Optional)} is tagged with the current stage.
 *
 * <p><b>Core stages.</b> Which stages are core is the running order's decision ({@link
 * Stage#core()}): in the guide's templates, introductions and best hopes, small steps noticed, the
 * presentation (the guide: "core to each session"), the facilitated discussion with its scaling
 * questions, recording conclusions and next steps, and the usefulness round. Thanks and the next
 * date is not core: the guide agrees a next session only "where applicable". Skipping a core stage
 * returns {@link CoreStageSkipped}; {@link #coreStagesNotRun()} lists those not run yet.
 *
 * <p><b>Checks.</b> Every event is checked before it is kept: a rating off the question's scale, a
 * person the register does not hold or who is not in the room, an action id the community has used,
 * a stage the running order lacks — each is rejected with an {@link InvalidValueException} naming
 * the field, and the recorder is left exactly as it was. Arrival times are never recorded: there is
 * no such thing as late.
 *
 * <p>Every accepted event goes to the {@link EventSink} before the recorder keeps it, so a journal
 * can keep it, and an event the sink refuses leaves the recorder as it was; {@link
 * #replay(Community, List)} rebuilds the same state from the events. Methods are synchronized; one
 * recorder may be shared by a facilitator's and a volunteer's screens.
 */
public final class SessionRecorder {
  private final Clock clock;
  private final EventSink sink;

  /** The rules each event is applied by, against this recorder's community. */
  private final EventRules rules;

  private final RecorderState state;

  private SessionRecorder(
      Community community, Clock clock, EventSink sink, RecorderState state, boolean replaying) {
    this.clock = clock;
    this.sink = sink;
    this.state = state;
    this.rules = new EventRules(community, replaying);
  }

  /**
   * Opens a recorder on the system clock that keeps its events only in memory.
   *
   * @param community the community holding the session, must not be {@literal null}
   * @param plan what is known before the session, must not be {@literal null}
   * @return the recorder, at the first stage of the running order
   * @throws InvalidValueException when the plan does not fit the community
   */
  public static SessionRecorder start(Community community, SessionPlan plan) {
    return start(community, plan, Clock.systemUTC(), EventSink.NONE);
  }

  /**
   * Opens a recorder; its first event, {@link Opened}, goes to {@code sink} at once.
   *
   * @param community the community holding the session
   * @param plan what is known before the session
   * @param clock stamps the presentation's start and stop
   * @param sink keeps each accepted event, such as a journal
   * @return the recorder, at the first stage of the running order
   * @throws InvalidValueException when the plan does not fit the community
   */
  public static SessionRecorder start(
      Community community, SessionPlan plan, Clock clock, EventSink sink) {
    Opened opened = new Opened(plan, runningOrderFor(community, plan));
    RecorderState first = EventRules.open(community, opened, false);
    sink.accept(opened);
    return new SessionRecorder(community, clock, sink, first, false);
  }

  /**
   * Rebuilds a recorder from its events, as a journal holds them: the first must be {@link Opened}.
   *
   * @param community the community holding the session
   * @param events the events in the order they were recorded
   * @return a recorder in the same state as the one that recorded them
   * @throws InvalidValueException naming the event's index when one does not apply
   */
  public static SessionRecorder replay(Community community, List<CaptureEvent> events) {
    return replay(community, events, Clock.systemUTC(), EventSink.NONE);
  }

  /**
   * Rebuilds a recorder from its events; new events then go to {@code sink}. The replayed events do
   * not.
   *
   * @param community the community holding the session
   * @param events the events in the order they were recorded
   * @param clock stamps the presentation's start and stop
   * @param sink keeps each event accepted from now on
   * @return a recorder in the same state as the one that recorded them
   * @throws InvalidValueException naming the event's index ({@code events[3].…}) when one does not
   *     apply
   */
  public static SessionRecorder replay(
      Community community, List<CaptureEvent> events, Clock clock, EventSink sink) {
    if (events.isEmpty() || !(events.get(0) instanceof Opened opened)) {
      throw InvalidValueException.of(
          "events[0]", "must be the session's opening", events.isEmpty() ? "none" : events.get(0));
    }
    SessionRecorder recorder;
    try {
      recorder =
          new SessionRecorder(
              community, clock, EventSink.NONE, EventRules.open(community, opened, true), true);
    } catch (InvalidValueException e) {
      throw e.within("events[0]");
    }
    for (int i = 1; i < events.size(); i++) {
      try {
        recorder.record(events.get(i));
      } catch (InvalidValueException e) {
        throw e.within("events[" + i + "]");
      }
    }
    return new SessionRecorder(community, clock, sink, recorder.state, false);
  }

  /**
   * The running order a plan leads to: its own, or the guide's template for a first or a later
   * session of the community.
   *
   * @param community the community holding the session; must not be {@literal null}
   * @param plan the plan; must not be {@literal null}
   * @return the running order, never {@literal null}
   */
  public static RunningOrder runningOrderFor(Community community, SessionPlan plan) {
    return plan.runningOrder()
        .orElseGet(
            () ->
                community.sessions().stream()
                        .anyMatch(
                            s -> s.startsAt().toInstant().isBefore(plan.startsAt().toInstant()))
                    ? RunningOrder.subsequentSession()
                    : RunningOrder.firstSession());
  }

  /**
   * Records one event: checks it, hands it to the sink, then keeps it.
   *
   * @param event the event, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public synchronized List<CaptureWarning> record(CaptureEvent event) {
    Objects.requireNonNull(event, "event");
    RecorderState.Mark before = state.mark();
    List<CaptureWarning> warnings;
    try {
      warnings = rules.apply(state, event);
      state.checkSince(before);
      sink.accept(event);
    } catch (RuntimeException | Error e) {
      state.rollBack(before);
      throw e;
    }
    state.events.add(event);
    state.warnings.addAll(warnings);
    return warnings;
  }

  // ---- the commands a screen calls; each records one event and is named after it ----

  /**
   * Ends the current stage and starts the next; records {@link Advanced}.
   *
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> advance() {
    return record(new Advanced());
  }

  /**
   * Leaves the current stage out and starts the next; records {@link Skipped}, and warns when the
   * stage is core.
   *
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> skip() {
    return record(new Skipped());
  }

  /**
   * Goes to a stage of the running order, usually one already run, to add to it; records {@link
   * ReturnedTo}.
   *
   * @param stage a stage of the running order, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> returnTo(StageKey stage) {
    return record(new ReturnedTo(stage));
  }

  /**
   * Someone arrived; records {@link Arrived}. The register must hold them. No time is kept: there
   * is no such thing as late.
   *
   * @param person who arrived, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> arrived(PersonId person) {
    return record(new Arrived(person));
  }

  /**
   * Someone gave their best hopes for the session; records {@link BestHopeGiven}.
   *
   * @param bestHope the best hope and who gave it, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> giveBestHope(BestHope bestHope) {
    return record(new BestHopeGiven(bestHope));
  }

  /**
   * Someone contributed at the current stage (none once past the last); records {@link
   * Contributed}.
   *
   * @param kind what kind of contribution it is, must not be {@literal null}
   * @param text what was said, must not be {@literal null} or blank
   * @param by who said it, empty when it is kept unattributed; must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> contribute(
      ContributionKind kind, String text, Optional<PersonId> by) {
    Contribution c = new Contribution(kind, text, by, currentStage().map(Stage::key));
    return record(new Contributed(c));
  }

  /**
   * Puts a scaling question to the room; records {@link ScalingQuestionAsked}. The ratings and
   * ideas that follow belong to it.
   *
   * @param question the question and its scale, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> askScalingQuestion(ScalingQuestion question) {
    return record(new ScalingQuestionAsked(question));
  }

  /**
   * Someone rated the question asked last; records {@link Rated}.
   *
   * @param rating the rating, on the question's scale, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> rate(Rating rating) {
    return record(new Rated(lastRound(), rating));
  }

  /**
   * Someone offered a "one point up" idea for the question asked last; records {@link
   * OnePointUpOffered}.
   *
   * @param idea the idea, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> offerOnePointUp(OnePointUpIdea idea) {
    return record(new OnePointUpOffered(lastRound(), idea));
  }

  /**
   * The presentation starts now, by the recorder's clock; records {@link PresentationStarted}. The
   * presenter, if named, must have arrived.
   *
   * @param kind what kind of presentation, must not be {@literal null}
   * @param title its title, must not be {@literal null} or blank
   * @param presenter who presents, empty when not named; must not be {@literal null}
   * @param perspective the perspective it is given from, empty when not said; must not be {@literal
   *     null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> startPresentation(
      PresentationKind kind,
      String title,
      Optional<PersonId> presenter,
      Optional<Perspective> perspective) {
    return record(new PresentationStarted(kind, title, presenter, perspective, clock.instant()));
  }

  /**
   * The presentation stops now; records {@link PresentationStopped}, and warns when it ran past
   * five minutes.
   *
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> stopPresentation() {
    return record(new PresentationStopped(clock.instant()));
  }

  /**
   * The presentation, recorded whole with its duration; records {@link PresentationGiven}, and
   * warns when it ran past five minutes.
   *
   * @param presentation the presentation, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> givePresentation(Presentation presentation) {
    return record(new PresentationGiven(presentation));
  }

  /**
   * The room agreed an action; records {@link ActionAgreed}. Its id must be new to the community.
   *
   * @param action the action, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> agreeAction(Action action) {
    return record(new ActionAgreed(action));
  }

  /**
   * Someone noticed a small step; records {@link SmallStepNoticed}.
   *
   * @param smallStep the small step, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> noticeSmallStep(SmallStep smallStep) {
    return record(new SmallStepNoticed(smallStep));
  }

  /**
   * The room reached a conclusion; records {@link Concluded}.
   *
   * @param text the conclusion, must not be {@literal null} or blank
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> conclude(String text) {
    return record(new Concluded(text));
  }

  /**
   * The room made a recommendation; records {@link Recommended}.
   *
   * @param text the recommendation, must not be {@literal null} or blank
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> recommend(String text) {
    return record(new Recommended(text));
  }

  /**
   * A question was drawn from the conversation for others to answer; records {@link
   * QuestionRaised}.
   *
   * @param text the question, must not be {@literal null} or blank
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> raiseQuestion(String text) {
    return record(new QuestionRaised(text));
  }

  /**
   * An artefact was added to the session; records {@link ArtefactAdded}.
   *
   * @param artefact the artefact, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> addArtefact(Artefact artefact) {
    return record(new ArtefactAdded(artefact));
  }

  /**
   * The room agreed the next session; records {@link NextSessionAgreed}.
   *
   * @param nextSession when and on what the next session is, must not be {@literal null}
   * @return the warnings the event gives rise to, often none; never {@literal null}
   * @throws InvalidValueException naming the field when the event does not apply; nothing changes
   */
  public List<CaptureWarning> agreeNextSession(NextSession nextSession) {
    return record(new NextSessionAgreed(nextSession));
  }

  private synchronized int lastRound() {
    return state.scaling.size() - 1;
  }

  // ---- what a screen shows ----

  /** {@return the plan the session opened with, never {@literal null}} */
  public SessionPlan plan() {
    return state.opened.plan();
  }

  /**
   * Who is in the room so far: the hosts, then everyone who arrived, in that order. Someone named
   * by an entry (a best hope, a rating, the presenter) must be among them.
   *
   * @return the attendees so far, a copy; never {@literal null}
   */
  public synchronized List<PersonId> attendees() {
    return List.copyOf(state.attendees);
  }

  /** {@return the running order being walked, never {@literal null}} */
  public RunningOrder runningOrder() {
    return state.runningOrder();
  }

  /** {@return the current stage, or empty once past the last} */
  public synchronized Optional<Stage> currentStage() {
    return state.ended()
        ? Optional.empty()
        : Optional.of(state.runningOrder().stages().get(state.stage));
  }

  /** {@return the current stage's prompts, or none once past the last; never {@literal null}} */
  public List<String> prompts() {
    return currentStage().map(Stage::prompts).orElse(List.of());
  }

  /** {@return every event recorded, the opening first; a copy, never {@literal null}} */
  public synchronized List<CaptureEvent> events() {
    return List.copyOf(state.events);
  }

  /** {@return every warning returned so far, in order; a copy, never {@literal null}} */
  public synchronized List<CaptureWarning> warnings() {
    return List.copyOf(state.warnings);
  }

  /**
   * {@return the core stages not run so far, in running order, the stage in progress counting as
   * run; never {@literal null}}
   */
  public synchronized List<StageKey> coreStagesNotRun() {
    Set<StageKey> run = new HashSet<>(state.toSession().stagesRun());
    return state.runningOrder().stages().stream()
        .filter(Stage::core)
        .map(Stage::key)
        .filter(k -> !run.contains(k))
        .toList();
  }

  /**
   * A warning when the presentation in progress has run past five minutes at {@code now}.
   *
   * @param now the instant to judge at, usually the recorder's clock; must not be {@literal null}
   * @return the warning, or empty when no presentation is running or it is within five minutes
   */
  public synchronized Optional<CaptureWarning> presentationOverrun(Instant now) {
    return state
        .presentationRunning
        .map(p -> Duration.between(p.at(), now))
        .filter(d -> d.compareTo(Presentation.RECOMMENDED_MAXIMUM) > 0)
        .map(PresentationOverran::new);
  }

  /**
   * The session as recorded: the stage in progress counts as run. The recorder stays open, so
   * calling this twice gives equal sessions unless something was recorded in between.
   *
   * @return the immutable session, equal to one built by hand from the same facts
   * @throws InvalidValueException when the presentation has started but not stopped
   */
  public synchronized Session finish() {
    if (state.presentationRunning.isPresent()) {
      throw InvalidValueException.of(
          "presentation", "must stop before the session finishes", "still running");
    }
    return state.toSession();
  }

  @Override
  public synchronized String toString() {
    return "SessionRecorder[session="
        + state.opened.plan().id()
        + ", stage="
        + currentStage().map(s -> s.key().value()).orElse("ended")
        + ", events="
        + state.events.size()
        + "]";
  }
}
