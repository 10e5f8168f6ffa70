package org.communityofpractice.core.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Tombstone;
import org.communityofpractice.core.rights.ContributionHandling;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.session.Session;

/**
 * Works out, from two copies of a community, the erasures that took it from one to the other: who
 * went from the register and which tombstone took their place. A value erased with {@code
 * DataSubjectRights.erase} and then saved says no more than that, and the store must carry those
 * erasures to its other copies.
 */
final class ErasuresBetween {
  private ErasuresBetween() {}

  /**
   * The erasures that {@code after} carried out on people {@code before} holds: each person {@code
   * before} holds and {@code after} does not, paired with a tombstone {@code after} has and {@code
   * before} does not. The log does not know which of their words {@code after} kept, so its entries
   * remove them.
   *
   * @param before the earlier copy, or {@literal null} when it cannot be read (no entries then)
   */
  static List<ErasureLog.Entry> of(Community before, Community after) {
    if (before == null) {
      return List.of();
    }
    List<ErasureLog.Entry> entries = new ArrayList<>();
    Set<PersonId> taken = new HashSet<>();
    for (Person p : before.register().people()) {
      if (after.register().holds(p.id())) {
        continue;
      }
      Optional<Tombstone> tombstone = tombstoneOf(p.id(), before, after, taken);
      tombstone.ifPresent(
          t -> {
            taken.add(t.id());
            entries.add(
                new ErasureLog.Entry(
                    new ErasureRequest(
                        p.id(),
                        t.erasedAt(),
                        t.actor(),
                        t.ground(),
                        ContributionHandling.REMOVE_TEXT),
                    t.id()));
          });
    }
    return entries;
  }

  /**
   * The tombstone that took {@code person}'s place going from {@code with} to {@code without}: one
   * {@code without} has that {@code with} does not know and that is not {@code taken}, preferring
   * one that stands where the person stood in the sessions both hold.
   */
  static Optional<Tombstone> tombstoneOf(
      PersonId person, Community with, Community without, Set<PersonId> taken) {
    Set<PersonId> known = with.register().knownIds();
    List<Tombstone> candidates =
        new ArrayList<>(
            without.register().tombstones().stream()
                .filter(t -> !known.contains(t.id()) && !taken.contains(t.id()))
                .toList());
    for (Session s : with.sessions()) {
      if (!s.peopleNamed().contains(person)) {
        continue;
      }
      Optional<Session> there = without.session(s.id());
      if (there.isPresent()) {
        List<Tombstone> narrowed =
            candidates.stream().filter(t -> there.get().peopleNamed().contains(t.id())).toList();
        if (!narrowed.isEmpty()) {
          candidates = new ArrayList<>(narrowed);
        }
      }
    }
    return candidates.stream().findFirst();
  }
}
