package org.communityofpractice.core.rights;

import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.internal.Redactions;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;

/**
 * Takes one person out of a session: their place in the room goes to an opaque id (so the headcount
 * stays) at the end of the list (so the place they had does not point back at them), their ratings
 * become anonymous (so the statistics stay), their words are removed or kept unattributed. A
 * presentation they gave keeps its kind and length but its title becomes {@link
 * Erasure#ERASED_TEXT} and its summary and perspective go; an action they alone own keeps its id
 * and dates (later small steps follow it) but its text becomes {@link Erasure#ERASED_TEXT}; an
 * action they own with others keeps its text, which the others agreed to too, and loses only them.
 * When their words are kept unattributed, titles and action texts stay too, but never the
 * perspective.
 */
final class SessionRedaction {
  private final PersonId person;
  private final PersonId replacement;
  private final boolean removeWords;

  SessionRedaction(PersonId person, PersonId replacement, ContributionHandling words) {
    this.person = person;
    this.replacement = replacement;
    this.removeWords = words == ContributionHandling.REMOVE_TEXT;
  }

  Session apply(Session s) {
    if (!s.peopleNamed().contains(person)) {
      return s;
    }
    boolean chairs = s.facilitator().equals(person);
    return Session.builder()
        .from(s)
        .facilitator(swap(s.facilitator()))
        .coFacilitators(swapAll(s.coFacilitators()))
        .recorders(swapAll(s.recorders()))
        .attendees(swapAll(s.attendees()))
        .chairsIntroduction(chairs && removeWords ? Optional.empty() : s.chairsIntroduction())
        .bestHopes(
            s.bestHopes().stream()
                .filter(h -> keep(h.by()))
                .map(h -> isTheirs(h.by()) ? BestHope.of(h.text()) : h)
                .toList())
        .presentation(s.presentation().map(this::presentation))
        .contributions(
            s.contributions().stream()
                .filter(c -> keep(c.by()))
                .map(
                    c ->
                        isTheirs(c.by())
                            ? new Contribution(c.kind(), c.text(), Optional.empty(), c.stage())
                            : c)
                .toList())
        .scaling(s.scaling().stream().map(this::round).toList())
        .actions(s.actions().stream().map(this::action).toList())
        .smallSteps(
            s.smallSteps().stream()
                .filter(k -> keep(k.noticedBy()))
                .map(
                    k ->
                        isTheirs(k.noticedBy())
                            ? SmallStep.builder().from(k).noticedBy(Optional.empty()).build()
                            : k)
                .toList())
        // a photograph that shows them is their image: it goes, whatever happens to their words
        .artefacts(s.artefacts().stream().filter(a -> !a.pictures(person)).toList())
        .build();
  }

  private Presentation presentation(Presentation p) {
    if (!isTheirs(p.presenter())) {
      return p;
    }
    return Redactions.presentation(p, removeWords);
  }

  private ScalingRound round(ScalingRound r) {
    return ScalingRound.builder()
        .from(r)
        .ratings(
            r.ratings().stream()
                .map(x -> isTheirs(x.ratedBy()) ? Rating.anonymous(x.value()) : x)
                .toList())
        .onePointUpIdeas(
            r.onePointUpIdeas().stream()
                .filter(i -> keep(i.offeredBy()))
                .map(i -> isTheirs(i.offeredBy()) ? OnePointUpIdea.of(i.text()) : i)
                .toList())
        .build();
  }

  private Action action(Action a) {
    return Redactions.action(a, person, removeWords);
  }

  private boolean isTheirs(Optional<PersonId> by) {
    return by.filter(person::equals).isPresent();
  }

  private boolean keep(Optional<PersonId> by) {
    return !(removeWords && isTheirs(by));
  }

  private PersonId swap(PersonId id) {
    return id.equals(person) ? replacement : id;
  }

  /**
   * The ids with the person's moved to the end as the opaque id: their place would point back at
   * them.
   */
  private List<PersonId> swapAll(List<PersonId> ids) {
    return Redactions.moveToEnd(ids, person, replacement);
  }
}
