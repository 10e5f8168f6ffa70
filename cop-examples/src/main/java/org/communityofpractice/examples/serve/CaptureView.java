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
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.scaling.ScalingQuestion;
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
  private final Text text;
  private final RunningOrder order;

  CaptureView(Community community, SessionRecorder recorder, Instant now, Text text) {
    this.community = community;
    this.recorder = recorder;
    this.now = now;
    this.text = text;
    this.order = recorder.runningOrder().inLanguage(text.tag());
  }

  /** Returns the community as stored. */
  public Community community() {
    return community;
  }

  /** Returns the recorder, for its plan, running order and events. */
  public SessionRecorder recorder() {
    return recorder;
  }

  /** Returns the stage the session is at, in the page's language; empty after the last. */
  public Optional<Stage> stage() {
    return recorder.currentStage().map(s -> order.stage(s.key()).orElse(s));
  }

  /** Returns the running order's stages, in the page's language. */
  public List<Stage> stages() {
    return order.stages();
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
    return community
        .register()
        .find(id)
        .map(Person::name)
        .orElseGet(() -> text.get("entry.noLongerHeld"));
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
      line = text.get("entry.arrived", name(a.person()));
    } else if (e instanceof CaptureEvent.BestHopeGiven h) {
      line =
          h.bestHope()
              .by()
              .map(p -> text.get("entry.bestHope.by", h.bestHope().text(), name(p)))
              .orElseGet(() -> text.get("entry.bestHope", h.bestHope().text()));
    } else if (e instanceof CaptureEvent.Contributed c) {
      line =
          text.get(
              "entry.contribution", text.label(c.contribution().kind()), c.contribution().text());
    } else if (e instanceof CaptureEvent.ScalingQuestionAsked q) {
      line = text.get("entry.scalingQuestion", q.question().inLanguage(text.tag()).text());
    } else if (e instanceof CaptureEvent.Rated r) {
      String value = String.valueOf(r.rating().value());
      line =
          r.rating()
              .ratedBy()
              .map(p -> text.get("entry.rating.by", value, name(p)))
              .orElseGet(() -> text.get("entry.rating.anonymous", value));
    } else if (e instanceof CaptureEvent.OnePointUpOffered u) {
      line = text.get("entry.onePointUp", u.idea().text());
    } else if (e instanceof CaptureEvent.PresentationStarted p) {
      line = text.get("entry.presentationStarted", p.title());
    } else if (e instanceof CaptureEvent.PresentationStopped) {
      line = text.get("entry.presentationStopped");
    } else if (e instanceof CaptureEvent.ActionAgreed a) {
      line = text.get("entry.action", a.action().text());
    } else if (e instanceof CaptureEvent.SmallStepNoticed s) {
      line = text.get("entry.smallStep", s.smallStep().text());
    } else if (e instanceof CaptureEvent.Concluded c) {
      line = text.get("entry.conclusion", c.text());
    } else if (e instanceof CaptureEvent.Recommended r) {
      line = text.get("entry.recommendation", r.text());
    } else if (e instanceof CaptureEvent.QuestionRaised q) {
      line = text.get("entry.question", q.text());
    } else if (e instanceof CaptureEvent.ArtefactAdded a) {
      line = text.get("entry.photo", a.artefact().caption());
    } else if (e instanceof CaptureEvent.NextSessionAgreed n) {
      line =
          text.get(
              "entry.nextSession",
              text.when(n.nextSession().startsAt()),
              n.nextSession().venue().name());
    } else {
      return Optional.empty();
    }
    return Optional.of(line);
  }

  /** Returns the guide's scaling question, in the page's language. */
  public String scalingQuestion() {
    return ScalingQuestion.guideWording(text.tag());
  }
}
