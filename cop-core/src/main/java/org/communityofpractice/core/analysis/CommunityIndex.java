package org.communityofpractice.core.analysis;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/**
 * What the folds need to know about a community's people, read once from its register and consent
 * ledger: each person gets a small index, and for each index the perspectives, sector and
 * organisation that may be analysed, and whether they may appear in person-level rows. A restricted
 * person is analysed as if unknown, and their ratings are not counted; the expert-by-experience
 * perspective is analysed only when the analysis was built for a trusted research environment; ids
 * the register does not hold (an erased person's tombstone) get an index of their own and are
 * unknown too.
 */
final class CommunityIndex {
  final int ordinal;
  final Community community;
  final String id;
  final Map<TopicId, Topic> topics = new HashMap<>();
  private final Map<PersonId, Integer> people = new HashMap<>();
  private final Map<String, Integer> organisations = new HashMap<>();
  private int size;
  private int[] perspectives;
  private byte[] sectors;
  private int[] organisation;
  private boolean[] personLevel;
  private boolean[] restricted;
  private String[] ids;

  /**
   * Whether the expert-by-experience perspective may be analysed: a trusted research environment
   * only.
   */
  final boolean livedExperience;

  /** The start of the community's latest session seen, to check date order. */
  Instant latestStart = Instant.MIN;

  CommunityIndex(
      int ordinal, Community community, Instant asOf, ConsentRules rules, boolean livedExperience) {
    this.ordinal = ordinal;
    this.livedExperience = livedExperience;
    this.community = community;
    this.id = community.id().value();
    community.topics().forEach(t -> topics.put(t.id(), t));
    List<Person> held = community.register().people();
    int capacity = Math.max(4, held.size());
    perspectives = new int[capacity];
    sectors = new byte[capacity];
    organisation = new int[capacity];
    personLevel = new boolean[capacity];
    restricted = new boolean[capacity];
    ids = new String[capacity];
    for (Person p : held) {
      int i = add(p.id());
      if (p.isRestricted()) {
        restricted[i] = true;
        continue;
      }
      int mask = 0;
      for (Perspective perspective : p.perspectives()) {
        if (livedExperience || perspective != Perspective.EXPERT_BY_EXPERIENCE) {
          mask |= 1 << perspective.ordinal();
        }
      }
      perspectives[i] = mask;
      sectors[i] = (byte) p.sector().map(Enum::ordinal).orElse(-1).intValue();
      organisation[i] =
          p.organisation()
              .map(o -> organisations.computeIfAbsent(o, k -> organisations.size()))
              .orElse(-1);
      personLevel[i] =
          community.consent().publishable(p.id(), ConsentPurpose.RESEARCH_USE, asOf, rules)
              && community
                  .consent()
                  .publishable(p.id(), ConsentPurpose.RESEARCH_USE, asOf, community.consentRules());
    }
  }

  private int add(PersonId person) {
    int i = size++;
    if (i == ids.length) {
      int n = ids.length * 2;
      perspectives = Arrays.copyOf(perspectives, n);
      sectors = Arrays.copyOf(sectors, n);
      organisation = Arrays.copyOf(organisation, n);
      personLevel = Arrays.copyOf(personLevel, n);
      restricted = Arrays.copyOf(restricted, n);
      ids = Arrays.copyOf(ids, n);
    }
    people.put(person, i);
    ids[i] = person.value();
    sectors[i] = -1;
    organisation[i] = -1;
    return i;
  }

  /** The person's index; an id the register does not hold gets one, with nothing known. */
  int index(PersonId person) {
    Integer i = people.get(person);
    return i != null ? i : add(person);
  }

  /** How many indexes are given out. */
  int size() {
    return size;
  }

  /** The perspectives that may be analysed, as a bit mask over {@link Perspective#ordinal()}. */
  int perspectives(int person) {
    return perspectives[person];
  }

  /** The sector's ordinal, or -1 when not known or not to be analysed. */
  int sector(int person) {
    return sectors[person];
  }

  /** The organisation's number within the community, or -1. */
  int organisation(int person) {
    return organisation[person];
  }

  /** Whether the person's processing is restricted: their ratings and words are not analysed. */
  boolean restricted(int person) {
    return restricted[person];
  }

  /**
   * Whether the person may appear in person-level rows: not restricted, research consent in force.
   */
  boolean personLevel(int person) {
    return personLevel[person];
  }

  /** The person's id as text, for person-level rows. */
  String id(int person) {
    return ids[person];
  }
}
