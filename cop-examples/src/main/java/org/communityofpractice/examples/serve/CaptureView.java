package org.communityofpractice.examples.serve;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.Session;

/**
 * What the capture and door pages show of a session being recorded, worked out from the recorder's
 * events: the stage, who is in the room and who is new, the open actions from earlier sessions, the
 * presentation's clock, and what has been recorded so far.
 */
public final class CaptureView {
  private final Community community;
  private final SessionRecorder recorder;
  private final Instant now;

  CaptureView(Community community, SessionRecorder recorder, Instant now) {
    this.community = community;
    this.recorder = recorder;
    this.now = now;
  }

  /** Returns the community as stored. */
  public Community community() {
    return community;
  }

  /** Returns the recorder, for its plan, running order and events. */
  public SessionRecorder recorder() {
    return recorder;
  }

  /** Returns the stage the session is at; empty after the last. */
  public Optional<Stage> stage() {
    return recorder.currentStage();
  }

  /** Returns the stage's place in the running order, from 1. */
  public int stageNumber() {
    return stage()
        .map(s -> recorder.runningOrder().indexOf(s.key()).orElse(0) + 1)
        .orElse(recorder.runningOrder().stages().size());
  }

  /** Returns everyone in the room: the hosts, then arrivals in the order they came. */
  public List<Person> inRoom() {
    Set<PersonId> ids = new LinkedHashSet<>(recorder.plan().hosts());
    for (CaptureEvent e : recorder.events()) {
      if (e instanceof CaptureEvent.Arrived a) {
        ids.add(a.person());
      }
    }
    List<Person> people = new ArrayList<>();
    ids.forEach(id -> community.register().find(id).ifPresent(people::add));
    return people;
  }

  /** Returns who in the room has been at no earlier session: the chair welcomes them. */
  public List<Person> newcomers() {
    Set<PersonId> before = new HashSet<>();
    for (Session s : community.sessions()) {
      before.addAll(s.attendees());
      before.add(s.facilitator());
      before.addAll(s.coFacilitators());
      before.addAll(s.recorders());
    }
    return inRoom().stream().filter(p -> !before.contains(p.id())).toList();
  }

  /** Returns who the register holds and is not in the room yet. */
  public List<Person> notYetHere() {
    Set<PersonId> here = new HashSet<>();
    inRoom().forEach(p -> here.add(p.id()));
    return community.register().people().stream().filter(p -> !here.contains(p.id())).toList();
  }

  /**
   * Returns the actions agreed at earlier sessions and not completed: "what small steps have you
   * noticed?".
   */
  public List<Action> openActions() {
    return community.actions().values().stream().filter(a -> !a.isCompleted()).toList();
  }

  /** Returns the actions agreed at this session so far. */
  public List<Action> actionsToday() {
    return recorder.events().stream()
        .filter(e -> e instanceof CaptureEvent.ActionAgreed)
        .map(e -> ((CaptureEvent.ActionAgreed) e).action())
        .toList();
  }

  /** Returns the presentation under way, if one is. */
  public Optional<CaptureEvent.PresentationStarted> presentationUnderWay() {
    CaptureEvent.PresentationStarted started = null;
    for (CaptureEvent e : recorder.events()) {
      if (e instanceof CaptureEvent.PresentationStarted s) {
        started = s;
      } else if (e instanceof CaptureEvent.PresentationStopped
          || e instanceof CaptureEvent.PresentationGiven) {
        started = null;
      }
    }
    return Optional.ofNullable(started);
  }

  /**
   * Returns the time left of the guide's five minutes, as this page was made; negative when over.
   */
  public Duration remaining() {
    return presentationUnderWay()
        .map(p -> Presentation.RECOMMENDED_MAXIMUM.minus(Duration.between(p.at(), now)))
        .orElse(Presentation.RECOMMENDED_MAXIMUM);
  }

  /** Returns whether a scaling question has been put, so ratings can be given. */
  public boolean scalingAsked() {
    return recorder.events().stream().anyMatch(e -> e instanceof CaptureEvent.ScalingQuestionAsked);
  }

  /** Returns a person's name, or "someone no longer held". */
  public String name(PersonId id) {
    return community.register().find(id).map(Person::name).orElse("someone no longer held");
  }

  /** Returns the entries recorded so far, newest first, each as one line of plain words. */
  public List<String> entries() {
    List<String> lines = new ArrayList<>();
    for (CaptureEvent e : recorder.events()) {
      describe(e).ifPresent(lines::add);
    }
    java.util.Collections.reverse(lines);
    return lines;
  }

  private Optional<String> describe(CaptureEvent e) {
    String line;
    if (e instanceof CaptureEvent.Arrived a) {
      line = "Arrived: " + name(a.person());
    } else if (e instanceof CaptureEvent.BestHopeGiven h) {
      line =
          "Best hope: "
              + h.bestHope().text()
              + h.bestHope().by().map(p -> " (" + name(p) + ")").orElse("");
    } else if (e instanceof CaptureEvent.Contributed c) {
      line = Words.label(c.contribution().kind()) + ": " + c.contribution().text();
    } else if (e instanceof CaptureEvent.ScalingQuestionAsked q) {
      line = "Scaling question: " + q.question().text();
    } else if (e instanceof CaptureEvent.Rated r) {
      line =
          "Rating: "
              + r.rating().value()
              + r.rating().ratedBy().map(p -> " (" + name(p) + ")").orElse(" (anonymous)");
    } else if (e instanceof CaptureEvent.OnePointUpOffered u) {
      line = "One point up: " + u.idea().text();
    } else if (e instanceof CaptureEvent.PresentationStarted p) {
      line = "Presentation started: " + p.title();
    } else if (e instanceof CaptureEvent.PresentationStopped) {
      line = "Presentation stopped";
    } else if (e instanceof CaptureEvent.ActionAgreed a) {
      line = "Action: " + a.action().text();
    } else if (e instanceof CaptureEvent.SmallStepNoticed s) {
      line = "Small step: " + s.smallStep().text();
    } else if (e instanceof CaptureEvent.Concluded c) {
      line = "Conclusion: " + c.text();
    } else if (e instanceof CaptureEvent.Recommended r) {
      line = "Recommendation: " + r.text();
    } else if (e instanceof CaptureEvent.QuestionRaised q) {
      line = "Question: " + q.text();
    } else if (e instanceof CaptureEvent.ArtefactAdded a) {
      line = "Photo: " + a.artefact().caption();
    } else if (e instanceof CaptureEvent.NextSessionAgreed n) {
      line =
          "Next session: "
              + Words.when(n.nextSession().startsAt())
              + ", "
              + n.nextSession().venue().name();
    } else {
      return Optional.empty();
    }
    return Optional.of(line);
  }
}
