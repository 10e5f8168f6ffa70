package org.communityofpractice.core.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.CaptureEvent.ActionAgreed;
import org.communityofpractice.core.capture.CaptureEvent.Arrived;
import org.communityofpractice.core.capture.CaptureEvent.ArtefactAdded;
import org.communityofpractice.core.capture.CaptureEvent.BestHopeGiven;
import org.communityofpractice.core.capture.CaptureEvent.Contributed;
import org.communityofpractice.core.capture.CaptureEvent.OnePointUpOffered;
import org.communityofpractice.core.capture.CaptureEvent.Opened;
import org.communityofpractice.core.capture.CaptureEvent.PresentationGiven;
import org.communityofpractice.core.capture.CaptureEvent.PresentationStarted;
import org.communityofpractice.core.capture.CaptureEvent.Rated;
import org.communityofpractice.core.capture.CaptureEvent.SmallStepNoticed;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.Erasure;
import org.communityofpractice.core.rights.internal.Redactions;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.SmallStep;

/**
 * Takes one erased person out of a journal's events, by the rules the erasure applies to a finished
 * session ({@link Redactions}): their place in the room (and as a host) goes to the opaque id their
 * tombstone has, at the end (their arrival moves to the end of the journal), their ratings become
 * anonymous, their words are removed or kept unattributed, a presentation they give loses its
 * title, perspective and presenter, an action they alone own its text, and a photograph that shows
 * them goes. A test replays the redacted events and compares the session with the one the erasure
 * gives, so the two stay in step.
 */
public final class JournalRedaction {
  private final PersonId person;
  private final PersonId replacement;
  private final boolean removeWords;

  /**
   * @param person the erased person
   * @param replacement the opaque id of their tombstone
   * @param removeWords whether their words go (else they stay, unattributed)
   */
  public JournalRedaction(PersonId person, PersonId replacement, boolean removeWords) {
    this.person = Objects.requireNonNull(person, "person");
    this.replacement = Objects.requireNonNull(replacement, "replacement");
    this.removeWords = removeWords;
  }

  /** The events without the person. */
  public List<CaptureEvent> apply(List<CaptureEvent> events) {
    List<CaptureEvent> out = new ArrayList<>(events.size());
    boolean arrived = false;
    for (CaptureEvent e : events) {
      if (e instanceof Arrived a && a.person().equals(person)) {
        arrived = true; // at the end: where they came in would point back at them
        continue;
      }
      redact(e).ifPresent(out::add);
    }
    if (arrived) {
      out.add(new Arrived(replacement));
    }
    return out;
  }

  private Optional<CaptureEvent> redact(CaptureEvent e) {
    if (e instanceof Opened o) {
      SessionPlan p = o.plan();
      return Optional.of(
          new Opened(
              SessionPlan.builder()
                  .from(p)
                  .facilitator(swap(p.facilitator()))
                  .coFacilitators(Redactions.moveToEnd(p.coFacilitators(), person, replacement))
                  .recorders(Redactions.moveToEnd(p.recorders(), person, replacement))
                  .build(),
              o.runningOrder()));
    }
    if (e instanceof BestHopeGiven b && isTheirs(b.bestHope().by())) {
      return words(new BestHopeGiven(BestHope.of(b.bestHope().text())));
    }
    if (e instanceof Contributed c && isTheirs(c.contribution().by())) {
      Contribution x = c.contribution();
      return words(
          new Contributed(new Contribution(x.kind(), x.text(), Optional.empty(), x.stage())));
    }
    if (e instanceof Rated r && isTheirs(r.rating().ratedBy())) {
      return Optional.of(new Rated(r.round(), Rating.anonymous(r.rating().value())));
    }
    if (e instanceof OnePointUpOffered o && isTheirs(o.idea().offeredBy())) {
      return words(new OnePointUpOffered(o.round(), OnePointUpIdea.of(o.idea().text())));
    }
    if (e instanceof PresentationStarted p && isTheirs(p.presenter())) {
      return Optional.of(
          new PresentationStarted(
              p.kind(),
              removeWords ? Erasure.ERASED_TEXT : p.title(),
              Optional.empty(),
              Optional.empty(),
              p.at()));
    }
    if (e instanceof PresentationGiven p && isTheirs(p.presentation().presenter())) {
      return Optional.of(
          new PresentationGiven(Redactions.presentation(p.presentation(), removeWords)));
    }
    if (e instanceof ActionAgreed a && a.action().owners().contains(person)) {
      return Optional.of(new ActionAgreed(Redactions.action(a.action(), person, removeWords)));
    }
    if (e instanceof ArtefactAdded a && a.artefact().pictures(person)) {
      return Optional.empty(); // a photograph that shows them is their image
    }
    if (e instanceof SmallStepNoticed s && isTheirs(s.smallStep().noticedBy())) {
      return words(
          new SmallStepNoticed(
              SmallStep.builder().from(s.smallStep()).noticedBy(Optional.empty()).build()));
    }
    return Optional.of(e);
  }

  /** Their words, unattributed — or nothing, when their words go. */
  private Optional<CaptureEvent> words(CaptureEvent unattributed) {
    return removeWords ? Optional.empty() : Optional.of(unattributed);
  }

  private boolean isTheirs(Optional<PersonId> by) {
    return by.filter(person::equals).isPresent();
  }

  private PersonId swap(PersonId id) {
    return id.equals(person) ? replacement : id;
  }
}
