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
    public NextSessionAgreed {
      Objects.requireNonNull(nextSession, "nextSession");
    }
  }
}
