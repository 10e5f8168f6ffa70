package org.communityofpractice.core.capture;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.SmallStep;

/**
 * One thing that happened while a session was recorded. Events are plain values, so a journal can
 * write each one down the moment it is entered and replay them later to the same recorder state.
 *
 * <pre>{@code
 * recorder.record(new CaptureEvent.Arrived(sam));
 * recorder.record(new CaptureEvent.ScalingQuestionAsked(ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7)));
 * recorder.record(new CaptureEvent.Rated(0, Rating.anonymous(6)));   // round 0: the first question asked
 * }</pre>
 *
 * <p>{@code toString()} names the kind of event and ids only: what people said is personal and is
 * never part of it.
 */
public sealed interface CaptureEvent {

  /**
   * The session opened: always the first event.
   *
   * @param plan what was known before the session
   * @param runningOrder the running order chosen for it
   */
  record Opened(SessionPlan plan, RunningOrder runningOrder) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param plan what was known before the session; must not be {@literal null}
     * @param runningOrder the running order chosen for it; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Opened {
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(runningOrder, "runningOrder");
    }

    @Override
    public String toString() {
      return "Opened[session=" + plan.id() + ", runningOrder=" + runningOrder.id() + "]";
    }
  }

  /** The current stage ended and the next one began. */
  record Advanced() implements CaptureEvent {}

  /** The current stage was left out; the next one began. */
  record Skipped() implements CaptureEvent {}

  /**
   * The conversation went back to a stage.
   *
   * @param stage a stage of the running order
   */
  record ReturnedTo(StageKey stage) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param stage a stage of the running order; must not be {@literal null}
     * @throws NullPointerException if {@code stage} is {@literal null}
     */
    public ReturnedTo {
      Objects.requireNonNull(stage, "stage");
    }
  }

  /**
   * Someone arrived. When is not recorded: there is no such thing as late.
   *
   * @param person held by the community's register
   */
  record Arrived(PersonId person) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param person held by the community's register; must not be {@literal null}
     * @throws NullPointerException if {@code person} is {@literal null}
     */
    public Arrived {
      Objects.requireNonNull(person, "person");
    }
  }

  /**
   * Someone said what would make the session a good use of their time.
   *
   * @param bestHope the best hope
   */
  record BestHopeGiven(BestHope bestHope) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param bestHope the best hope; must not be {@literal null}
     * @throws NullPointerException if {@code bestHope} is {@literal null}
     */
    public BestHopeGiven {
      Objects.requireNonNull(bestHope, "bestHope");
    }

    @Override
    public String toString() {
      return "BestHopeGiven[by=" + bestHope.by().map(PersonId::value).orElse("-") + "]";
    }
  }

  /**
   * Something was said or shown.
   *
   * @param contribution the contribution, with the stage it came in
   */
  record Contributed(Contribution contribution) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param contribution the contribution, with the stage it came in; must not be {@literal null}
     * @throws NullPointerException if {@code contribution} is {@literal null}
     */
    public Contributed {
      Objects.requireNonNull(contribution, "contribution");
    }

    @Override
    public String toString() {
      return "Contributed[kind="
          + contribution.kind()
          + ", by="
          + contribution.by().map(PersonId::value).orElse("-")
          + "]";
    }
  }

  /**
   * A scaling question was put to the room; it opens the next round.
   *
   * @param question the question
   */
  record ScalingQuestionAsked(ScalingQuestion question) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param question the question; must not be {@literal null}
     * @throws NullPointerException if {@code question} is {@literal null}
     */
    public ScalingQuestionAsked {
      Objects.requireNonNull(question, "question");
    }
  }

  /**
   * A rating was given in a scaling round.
   *
   * @param round the round's index, from 0 in the order the questions were asked
   * @param rating the rating
   */
  record Rated(int round, Rating rating) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param round the round's index, from 0 in the order the questions were asked
     * @param rating the rating; must not be {@literal null}
     * @throws NullPointerException if {@code rating} is {@literal null}
     */
    public Rated {
      Objects.requireNonNull(rating, "rating");
    }
  }

  /**
   * A "one point up" idea was offered in a scaling round.
   *
   * @param round the round's index, from 0
   * @param idea the idea
   */
  record OnePointUpOffered(int round, OnePointUpIdea idea) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param round the round's index, from 0
     * @param idea the idea; must not be {@literal null}
     * @throws NullPointerException if {@code idea} is {@literal null}
     */
    public OnePointUpOffered {
      Objects.requireNonNull(idea, "idea");
    }

    @Override
    public String toString() {
      return "OnePointUpOffered[round=" + round + "]";
    }
  }

  /**
   * The presentation started; it ends with {@link PresentationStopped}.
   *
   * @param kind what it shares
   * @param title its title
   * @param presenter who presents, if recorded
   * @param perspective the perspective it comes from, if recorded
   * @param at when it started
   */
  record PresentationStarted(
      PresentationKind kind,
      String title,
      Optional<PersonId> presenter,
      Optional<Perspective> perspective,
      Instant at)
      implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param kind what it shares; must not be {@literal null}
     * @param title its title; must not be {@literal null} or blank
     * @param presenter who presents, if recorded; must not be {@literal null}
     * @param perspective the perspective it comes from, if recorded; must not be {@literal null}
     * @param at when it started; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     * @throws org.communityofpractice.core.validation.InvalidValueException if {@code title} is
     *     blank or holds forbidden characters
     */
    public PresentationStarted {
      Objects.requireNonNull(kind, "kind");
      Checks.text(title, "title");
      Objects.requireNonNull(presenter, "presenter");
      Objects.requireNonNull(perspective, "perspective");
      Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
      return "PresentationStarted[kind=" + kind + ", at=" + at + "]";
    }
  }

  /**
   * The presentation stopped.
   *
   * @param at when
   */
  record PresentationStopped(Instant at) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param at when; must not be {@literal null}
     * @throws NullPointerException if {@code at} is {@literal null}
     */
    public PresentationStopped {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The presentation was recorded whole, with how long it ran.
   *
   * @param presentation the presentation
   */
  record PresentationGiven(Presentation presentation) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param presentation the presentation; must not be {@literal null}
     * @throws NullPointerException if {@code presentation} is {@literal null}
     */
    public PresentationGiven {
      Objects.requireNonNull(presentation, "presentation");
    }

    @Override
    public String toString() {
      return "PresentationGiven[kind="
          + presentation.kind()
          + ", duration="
          + presentation.duration()
          + "]";
    }
  }

  /**
   * A next step was agreed.
   *
   * @param action the action; its id must be new to the community
   */
  record ActionAgreed(Action action) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param action the action; its id must be new to the community; must not be {@literal null}
     * @throws NullPointerException if {@code action} is {@literal null}
     */
    public ActionAgreed {
      Objects.requireNonNull(action, "action");
    }

    @Override
    public String toString() {
      return "ActionAgreed[id=" + action.id() + "]";
    }
  }

  /**
   * Someone noticed a small step since the community last met.
   *
   * @param smallStep the step
   */
  record SmallStepNoticed(SmallStep smallStep) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param smallStep the step; must not be {@literal null}
     * @throws NullPointerException if {@code smallStep} is {@literal null}
     */
    public SmallStepNoticed {
      Objects.requireNonNull(smallStep, "smallStep");
    }

    @Override
    public String toString() {
      return "SmallStepNoticed[followsAction="
          + smallStep.followsAction().map(Object::toString).orElse("-")
          + "]";
    }
  }

  /**
   * A conclusion was recorded.
   *
   * @param text the conclusion
   */
  record Concluded(String text) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param text the conclusion; must not be {@literal null} or blank
     * @throws NullPointerException if {@code text} is {@literal null}
     * @throws org.communityofpractice.core.validation.InvalidValueException if {@code text} is
     *     blank or holds forbidden characters
     */
    public Concluded {
      Checks.text(text, "conclusion");
    }

    @Override
    public String toString() {
      return "Concluded[]";
    }
  }

  /**
   * A recommendation was recorded.
   *
   * @param text the recommendation
   */
  record Recommended(String text) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param text the recommendation; must not be {@literal null} or blank
     * @throws NullPointerException if {@code text} is {@literal null}
     * @throws org.communityofpractice.core.validation.InvalidValueException if {@code text} is
     *     blank or holds forbidden characters
     */
    public Recommended {
      Checks.text(text, "recommendation");
    }

    @Override
    public String toString() {
      return "Recommended[]";
    }
  }

  /**
   * A question was extracted from the conversation, for others to answer.
   *
   * @param text the question
   */
  record QuestionRaised(String text) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param text the question; must not be {@literal null} or blank
     * @throws NullPointerException if {@code text} is {@literal null}
     * @throws org.communityofpractice.core.validation.InvalidValueException if {@code text} is
     *     blank or holds forbidden characters
     */
    public QuestionRaised {
      Checks.text(text, "question");
    }

    @Override
    public String toString() {
      return "QuestionRaised[]";
    }
  }

  /**
   * A photograph of a flip chart, whiteboard or post-its was added.
   *
   * @param artefact the artefact
   */
  record ArtefactAdded(Artefact artefact) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param artefact the artefact; must not be {@literal null}
     * @throws NullPointerException if {@code artefact} is {@literal null}
     */
    public ArtefactAdded {
      Objects.requireNonNull(artefact, "artefact");
    }

    @Override
    public String toString() {
      return "ArtefactAdded[]";
    }
  }

  /**
   * The date, time and venue of the next session were agreed.
   *
   * @param nextSession the next session
   */
  record NextSessionAgreed(NextSession nextSession) implements CaptureEvent {
    /**
     * Checks the record.
     *
     * @param nextSession the next session; must not be {@literal null}
     * @throws NullPointerException if {@code nextSession} is {@literal null}
     */
    public NextSessionAgreed {
      Objects.requireNonNull(nextSession, "nextSession");
    }
  }
}
