package org.communityofpractice.core.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingMovement;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/** Applies one {@link DisclosurePolicy} to one {@link Community}; used by one thread, for one call. */
final class Publisher {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private final DisclosurePolicy policy;
  private final Community community;
  private final CommunityProfile profile;
  /**
   * Worked out once per session, since one person is attributed many times in a session: each
   * attendee's attribution, and how many attendees share each role and place.
   */
  private final Map<Session, Map<PersonId, Attribution>> attributions = new IdentityHashMap<>();
  private final Map<Session, Map<String, Integer>> rolesAndPlaces = new IdentityHashMap<>();

  Publisher(DisclosurePolicy policy, Community community) {
    this.policy = policy;
    this.community = community;
    this.profile = new CommunityProfile(
        community.name(),
        community.place(),
        community.focus(),
        community.principles(),
        community.lifeCycleStage(),
        community.resources(),
        community.legacy());
  }

  PublishableCommunity community() {
    List<PublishableSession> sessions = community.sessions().stream().map(this::session).toList();
    List<PublishableSeries> series = community.series().stream().map(this::series).toList();
    Set<PersonId> everyone = new LinkedHashSet<>();
    community.sessions().forEach(s -> everyone.addAll(s.attendees()));
    return PublishableCommunity.builder()
        .profile(profile)
        .series(series)
        .sessions(sessions)
        .representation(representation(everyone))
        .asOf(policy.asOf())
        .suppressionThreshold(policy.suppressionThreshold())
        .build();
  }

  PublishableSeries series(Series series) {
    List<Session> sessions = community.sessionsOf(series.id());
    List<PublishableSession> published = sessions.stream().map(this::session).toList();
    Set<PersonId> everyone = new LinkedHashSet<>();
    sessions.forEach(s -> everyone.addAll(s.attendees()));
    return PublishableSeries.builder()
        .id(series.id())
        .community(profile)
        .title(series.title())
        .introduction(series.introduction())
        .topicTitle(topicTitle(series.topic()))
        .concluded(series.concluded())
        .sessions(published)
        .representation(representation(everyone))
        .attendances(sessions.stream().mapToInt(Session::headcount).sum())
        .scalingMovement(movement(published))
        .progress(progress(sessions))
        .asOf(policy.asOf())
        .suppressionThreshold(policy.suppressionThreshold())
        .build();
  }

  PublishableSession session(Session s) {
    Optional<Series> series = s.series().flatMap(community::series);
    return PublishableSession.builder()
        .id(s.id())
        .community(profile)
        .series(s.series())
        .seriesTitle(series.map(Series::title))
        .topicTitle(topicTitle(s.topic()))
        .title(s.title())
        .startsAt(s.startsAt())
        .venue(s.venue())
        .facilitator(attribution(s, s.facilitator()))
        .chairsIntroduction(restricted(s.facilitator()) ? Optional.empty() : s.chairsIntroduction())
        .representation(representation(s.attendees())) // a session lists no one twice
        .bestHopes(s.bestHopes().stream()
            .filter(h -> mayUseWordsOf(h.by()))
            .map(h -> new PublishableText(h.text(), attribution(s, h.by())))
            .toList())
        .presentation(s.presentation().map(p -> {
          boolean hidden = p.presenter().filter(this::restricted).isPresent();
          boolean livedExperience = p.perspective().filter(Perspective.EXPERT_BY_EXPERIENCE::equals).isPresent();
          Attribution presenter = p.presenter().isEmpty() ? Attribution.unattributed()
              : hidden || livedExperience ? Attribution.communityMember()
              : attribution(s, p.presenter().get());
          return new PublishablePresentation(
              p.kind(), p.title(), hidden ? Optional.empty() : p.summary(), p.duration(), p.perspective(), presenter);
        }))
        .contributions(s.contributions().stream()
            .filter(c -> mayUseWordsOf(c.by()))
            .map(c -> contribution(s, c))
            .toList())
        .scaling(s.scaling().stream().map(r -> scaling(s, r)).toList())
        .actions(s.actions().stream().map(a -> action(s, a)).toList())
        .smallSteps(s.smallSteps().stream()
            .filter(k -> mayUseWordsOf(k.noticedBy()))
            .map(k -> smallStep(s, k))
            .toList())
        .conclusions(s.conclusions())
        .recommendations(s.recommendations())
        .questions(s.questions())
        .artefacts(s.artefacts())
        .nextSession(s.nextSession().map(n -> new PublishableNextSession(
            n.startsAt(), n.venue(), n.topic().map(this::topicTitle))))
        .asOf(policy.asOf())
        .suppressionThreshold(policy.suppressionThreshold())
        .build();
  }

  Attribution attribution(Session session, Optional<PersonId> person) {
    return person.map(p -> attribution(session, p)).orElse(Attribution.unattributed());
  }

  Attribution attribution(Session session, PersonId id) {
    Map<PersonId, Attribution> known = attributions.get(session);
    if (known == null) {
      known = new HashMap<>();
      attributions.put(session, known);
    }
    Attribution a = known.get(id);
    if (a == null) {
      a = attributionIn(session, id);
      known.put(id, a);
    }
    return a;
  }

  private Attribution attributionIn(Session session, PersonId id) {
    Optional<Person> found = community.register().find(id);
    if (found.isEmpty() || found.get().isRestricted()) {
      return Attribution.communityMember();
    }
    Person person = found.get();
    if (consented(id, ConsentPurpose.NAMED_IN_REPORTS)) {
      return Attribution.named(person.name());
    }
    if (consented(id, ConsentPurpose.QUOTED_BY_ROLE)
        && person.role().isPresent()
        && person.place().isPresent()
        && sharingRoleAndPlace(session, person) >= 2) {
      return Attribution.byRole(person.role().get(), person.place().get());
    }
    return Attribution.communityMember();
  }

  /** How many of the session's attendees have the person's role and place, the person included. */
  private int sharingRoleAndPlace(Session session, Person person) {
    return rolesAndPlaces.computeIfAbsent(session, this::rolesAndPlaces).getOrDefault(roleAndPlace(person), 0);
  }

  /** How many of a session's attendees share each role and place (people without both left out). */
  private Map<String, Integer> rolesAndPlaces(Session session) {
    Map<String, Integer> counts = new HashMap<>();
    for (PersonId attendee : session.attendees()) {
      community.register().find(attendee)
          .map(Publisher::roleAndPlace)
          .filter(key -> !key.isEmpty())
          .ifPresent(key -> counts.merge(key, 1, Integer::sum));
    }
    return counts;
  }

  private static String roleAndPlace(Person p) {
    if (p.role().isEmpty() || p.place().isEmpty()) {
      return "";
    }
    return normalise(p.role().get()) + "\u0000" + normalise(p.place().get());
  }

  /** For comparing names of things: trimmed, each run of whitespace one space, lower case. */
  private static String normalise(String s) {
    String trimmed = s.strip();
    return (isSingleSpaced(trimmed) ? trimmed : WHITESPACE.matcher(trimmed).replaceAll(" ")).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@link #WHITESPACE} would change nothing: no tab, line break or form feed and no two
   * spaces together. Checked by hand, as most names pass and a matcher per name cost a sixth of
   * composing a report.
   */
  private static boolean isSingleSpaced(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r'
          || ch == ' ' && i > 0 && s.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  private boolean consented(PersonId id, ConsentPurpose purpose) {
    return community.consent().inForce(id, purpose, policy.asOf(), policy.consentRules());
  }

  private boolean restricted(PersonId id) {
    return community.register().isRestricted(id);
  }

  private boolean mayUseWordsOf(Optional<PersonId> by) {
    return by.filter(this::restricted).isEmpty();
  }

  private PublishableContribution contribution(Session s, Contribution c) {
    return new PublishableContribution(c.kind(), c.text(), attribution(s, c.by()), c.stage());
  }

  private PublishableScaling scaling(Session s, ScalingRound round) {
    int[] counted = new int[round.ratings().size()];
    int n = 0;
    for (Rating r : round.ratings()) {
      if (mayUseWordsOf(r.ratedBy())) {
        counted[n++] = r.value();
      }
    }
    return new PublishableScaling(
        round.question(),
        ScalingStatistics.of(n == counted.length ? counted : Arrays.copyOf(counted, n), round.question()),
        round.onePointUpIdeas().stream()
            .filter(i -> mayUseWordsOf(i.offeredBy()))
            .map(i -> new PublishableText(i.text(), attribution(s, i.offeredBy())))
            .toList());
  }

  private PublishableAction action(Session s, Action a) {
    return new PublishableAction(
        a.id(), a.text(), a.owners().stream().map(o -> attribution(s, o)).toList(), a.due(), a.completedOn());
  }

  private PublishableSmallStep smallStep(Session s, SmallStep step) {
    return new PublishableSmallStep(
        step.text(), attribution(s, step.noticedBy()), step.followsAction(), step.followsSession());
  }

  private List<ScalingMovement> movement(List<PublishableSession> sessions) {
    Map<String, List<ScalingMovement.Point>> points = new LinkedHashMap<>();
    for (PublishableSession session : sessions) {
      for (PublishableScaling round : session.scaling()) {
        round.statistics().ifPresent(stats -> points
            .computeIfAbsent(round.question().text(), q -> new ArrayList<>())
            .add(new ScalingMovement.Point(session.id().value(), stats)));
      }
    }
    List<ScalingMovement> movement = new ArrayList<>();
    points.forEach((q, p) -> movement.add(new ScalingMovement(q, p)));
    return movement;
  }

  private List<ActionProgress> progress(List<Session> sessions) {
    List<ActionProgress> progress = new ArrayList<>();
    for (Session agreed : sessions) {
      for (Action a : agreed.actions()) {
        List<PublishableSmallStep> steps = new ArrayList<>();
        for (Session later : sessions) {
          later.smallSteps().stream()
              .filter(k -> k.followsAction().filter(a.id()::equals).isPresent())
              .filter(k -> mayUseWordsOf(k.noticedBy()))
              .forEach(k -> steps.add(smallStep(later, k)));
        }
        progress.add(new ActionProgress(action(agreed, a), agreed.id(), steps));
      }
    }
    return progress;
  }

  /** Who was represented among {@code people}, in which no one appears twice. */
  private Representation representation(Collection<PersonId> people) {
    Perspective[] perspectiveKeys = Perspective.values();
    Sector[] sectorKeys = Sector.values();
    int[] perspectiveCounts = new int[perspectiveKeys.length];
    int[] sectorCounts = new int[sectorKeys.length];
    int notRecorded = 0;
    // each distinct spelling is normalised once: the same organisation is usually spelt alike
    Set<String> spellings = new HashSet<>();
    boolean livedExperience = false;
    MemberRegister register = community.register();
    for (PersonId id : people) {
      Person person = register.find(id).orElse(null);
      if (person == null || person.isRestricted()) {
        notRecorded++;
        continue;
      }
      for (Perspective p : person.perspectives()) {
        perspectiveCounts[p.ordinal()]++;
      }
      if (person.sector().isPresent()) {
        sectorCounts[person.sector().get().ordinal()]++;
      } else {
        notRecorded++;
      }
      if (person.organisation().isPresent()) {
        spellings.add(person.organisation().get());
      }
      livedExperience |= person.isExpertByExperience();
    }
    Set<String> organisations = new HashSet<>();
    for (String spelling : spellings) {
      organisations.add(normalise(spelling));
    }
    int t = policy.suppressionThreshold();
    return new Representation(
        people.size(),
        Breakdown.overlapping(counts(perspectiveKeys, perspectiveCounts), t),
        Breakdown.partition(counts(sectorKeys, sectorCounts), notRecorded, t),
        organisations.size(),
        livedExperience);
  }

  /** Every key with its count, zeros included, in the keys' order. */
  private static <K extends Enum<K>> Map<K, Integer> counts(K[] keys, int[] counts) {
    Map<K, Integer> all = new EnumMap<>(keys[0].getDeclaringClass());
    for (K key : keys) {
      all.put(key, counts[key.ordinal()]);
    }
    return all;
  }

  private String topicTitle(TopicId id) {
    return community.topic(id).map(Topic::title).orElse(id.value());
  }
}
