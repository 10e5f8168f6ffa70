package org.communityofpractice.core.rights;

import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.people.PersonId;
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
 * stays), their ratings become anonymous (so the statistics stay), their words are removed or kept
 * unattributed, and they no longer own actions.
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
        .bestHopes(s.bestHopes().stream()
            .filter(h -> keep(h.by()))
            .map(h -> isTheirs(h.by()) ? BestHope.of(h.text()) : h)
            .toList())
        .presentation(s.presentation().map(this::presentation))
        .contributions(s.contributions().stream()
            .filter(c -> keep(c.by()))
            .map(c -> isTheirs(c.by()) ? new Contribution(c.kind(), c.text(), Optional.empty(), c.stage()) : c)
            .toList())
        .scaling(s.scaling().stream().map(this::round).toList())
        .actions(s.actions().stream().map(this::action).toList())
        .smallSteps(s.smallSteps().stream()
            .filter(k -> keep(k.noticedBy()))
            .map(k -> isTheirs(k.noticedBy()) ? SmallStep.builder().from(k).noticedBy(Optional.empty()).build() : k)
            .toList())
        .build();
  }

  private Presentation presentation(Presentation p) {
    if (!isTheirs(p.presenter())) {
      return p;
    }
    return Presentation.builder()
        .from(p)
        .presenter(Optional.empty())
        .summary(removeWords ? Optional.empty() : p.summary())
        .build();
  }

  private ScalingRound round(ScalingRound r) {
    return ScalingRound.builder()
        .from(r)
        .ratings(r.ratings().stream().map(x -> isTheirs(x.ratedBy()) ? Rating.anonymous(x.value()) : x).toList())
        .onePointUpIdeas(r.onePointUpIdeas().stream()
            .filter(i -> keep(i.offeredBy()))
            .map(i -> isTheirs(i.offeredBy()) ? OnePointUpIdea.of(i.text()) : i)
            .toList())
        .build();
  }

  private Action action(Action a) {
    return a.owners().contains(person)
        ? Action.builder().from(a).owners(a.owners().stream().filter(o -> !o.equals(person)).toList()).build()
        : a;
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

  private List<PersonId> swapAll(List<PersonId> ids) {
    return ids.stream().map(this::swap).toList();
  }
}
