package org.communityofpractice.core.rights.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.AccessReport.Attendance;
import org.communityofpractice.core.rights.AccessReport.AttributedRating;
import org.communityofpractice.core.rights.AccessReport.OwnedAction;
import org.communityofpractice.core.rights.AccessReport.Said;
import org.communityofpractice.core.rights.AccessReport.SessionRole;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Session;

/**
 * What a subject access report finds of one person in sessions: the parts they played, what they
 * said, the ratings in their name, the actions they own and the small steps they noticed. Only
 * {@code AccessReport} gathers with it.
 *
 * @param attendance the sessions they were part of, and how
 * @param said what was recorded in their name
 * @param ratings the ratings given in their name
 * @param actions the actions they own
 * @param smallSteps the small steps they noticed
 */
public record AccessGathering(
    List<Attendance> attendance,
    List<Said> said,
    List<AttributedRating> ratings,
    List<OwnedAction> actions,
    List<Said> smallSteps) {

  /**
   * Looks through {@code sessions} for {@code id}.
   *
   * @param sessions the sessions, in order
   * @param id the person
   * @return what was found, in the sessions' order
   */
  public static AccessGathering of(List<Session> sessions, PersonId id) {
    List<Attendance> attendance = new ArrayList<>();
    List<Said> said = new ArrayList<>();
    List<AttributedRating> ratings = new ArrayList<>();
    List<OwnedAction> actions = new ArrayList<>();
    List<Said> steps = new ArrayList<>();
    for (Session s : sessions) {
      Set<SessionRole> roles = EnumSet.noneOf(SessionRole.class);
      if (s.attendees().contains(id)) {
        roles.add(SessionRole.ATTENDEE);
      }
      if (s.facilitator().equals(id)) {
        roles.add(SessionRole.FACILITATOR);
        s.chairsIntroduction().ifPresent(t -> said.add(new Said(s.id(), "CHAIRS_INTRODUCTION", t)));
      }
      if (s.coFacilitators().contains(id)) {
        roles.add(SessionRole.CO_FACILITATOR);
      }
      if (s.recorders().contains(id)) {
        roles.add(SessionRole.RECORDER);
      }
      s.presentation()
          .filter(p -> p.presenter().filter(id::equals).isPresent())
          .ifPresent(
              p -> {
                roles.add(SessionRole.PRESENTER);
                said.add(new Said(s.id(), "PRESENTATION", p.title()));
                p.summary().ifPresent(x -> said.add(new Said(s.id(), "PRESENTATION_SUMMARY", x)));
              });
      if (s.artefacts().stream().anyMatch(a -> a.pictures(id))) {
        roles.add(SessionRole.PICTURED);
      }
      if (!roles.isEmpty()) {
        attendance.add(new Attendance(s.id(), s.startsAt(), roles));
      }
      s.bestHopes().stream()
          .filter(h -> h.by().filter(id::equals).isPresent())
          .forEach(h -> said.add(new Said(s.id(), "BEST_HOPE", h.text())));
      s.contributions().stream()
          .filter(c -> c.by().filter(id::equals).isPresent())
          .forEach(c -> said.add(new Said(s.id(), c.kind().name(), c.text())));
      for (ScalingRound round : s.scaling()) {
        for (Rating r : round.ratings()) {
          if (r.ratedBy().filter(id::equals).isPresent()) {
            ratings.add(new AttributedRating(s.id(), round.question().text(), r.value()));
          }
        }
        round.onePointUpIdeas().stream()
            .filter(i -> i.offeredBy().filter(id::equals).isPresent())
            .forEach(i -> said.add(new Said(s.id(), "ONE_POINT_UP_IDEA", i.text())));
      }
      for (Action a : s.actions()) {
        if (a.owners().contains(id)) {
          actions.add(new OwnedAction(s.id(), a.id(), a.text(), a.due(), a.completedOn()));
        }
      }
      s.smallSteps().stream()
          .filter(k -> k.noticedBy().filter(id::equals).isPresent())
          .forEach(k -> steps.add(new Said(s.id(), "SMALL_STEP", k.text())));
    }
    return new AccessGathering(
        List.copyOf(attendance),
        List.copyOf(said),
        List.copyOf(ratings),
        List.copyOf(actions),
        List.copyOf(steps));
  }

  /** Counts only: what a person said and did is theirs, never a log's. */
  @Override
  public String toString() {
    return "AccessGathering{sessions="
        + attendance.size()
        + ", said="
        + said.size()
        + ", ratings="
        + ratings.size()
        + ", actions="
        + actions.size()
        + ", smallSteps="
        + smallSteps.size()
        + "}";
  }
}
