package org.communityofpractice.core.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
import java.util.stream.Collectors;
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
import org.communityofpractice.core.scaling.internal.Movements;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/**
 * Applies one {@link DisclosurePolicy} to one {@link Community}; used by one thread, for one call.
 */
final class Publisher {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private final DisclosurePolicy policy;
  private final Community community;
  private final CommunityProfile profile;

  /**
   * Worked out once per session, since one person is attributed many times in a session: each
   * attendee's attribution, and how many attendees share each role and place.
   */
  private final IdentityHashMap<Session, Map<PersonId, Attribution>> attributions =
      new IdentityHashMap<>();

  private final IdentityHashMap<Session, Map<String, RoleGroup>> roleGroups =
      new IdentityHashMap<>();

  Publisher(DisclosurePolicy policy, Community community) {
    this.policy = policy;
    this.community = community;
    this.profile =
        new CommunityProfile(
            community.name(),
            community.place(),
            community.focus(),
            community.principles(),
            community.lifeCycleStage(),
            community.lifeCycleHistory(),
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
        .representation(representation(everyone, community.sessions()))
        .progress(progress(community.sessions()))
        .coreGroup(coreGroup())
        .topicTitles(
            community.topics().stream()
                .collect(
                    Collectors.toMap(Topic::id, Topic::title, (a, b) -> a, LinkedHashMap::new)))
        .asOf(policy.asOf())
        .suppressionThreshold(policy.suppressionThreshold())
        .build();
  }

  /** The core group members who may be named: consent to be named, and not restricted. */
  private List<Attribution> coreGroup() {
    List<Attribution> named = new ArrayList<>();
    for (PersonId id : community.coreGroup()) {
      community
          .register()
          .find(id)
          .filter(p -> !p.isRestricted() && consented(id, ConsentPurpose.NAMED_IN_REPORTS))
          .ifPresent(p -> named.add(Attribution.named(p.name())));
    }
    return named;
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
        .representation(representation(everyone, sessions))
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
        .representation(representation(s.attendees(), List.of(s))) // a session lists no one twice
        .bestHopes(
            s.bestHopes().stream()
                .filter(h -> mayUseWordsOf(h.by()))
                .map(h -> new PublishableText(h.text(), attribution(s, h.by())))
                .toList())
        // a restricted presenter's presentation is theirs: left out whole, title and perspective
        // too
        .presentation(
            s.presentation()
                .filter(p -> p.presenter().filter(this::restricted).isEmpty())
                .map(
                    p ->
                        new PublishablePresentation(
                            p.kind(),
                            p.title(),
                            p.summary(),
                            p.duration(),
                            p.perspective(),
                            presenter(s, p))))
        .contributions(
            s.contributions().stream()
                .filter(c -> mayUseWordsOf(c.by()))
                .map(c -> contribution(s, c))
                .toList())
        .scaling(s.scaling().stream().map(r -> scaling(s, r)).toList())
        .actions(s.actions().stream().filter(this::mayUseTextOf).map(a -> action(s, a)).toList())
        .smallSteps(
            s.smallSteps().stream()
                .filter(k -> mayUseWordsOf(k.noticedBy()))
                .map(k -> smallStep(s, k))
                .toList())
        .conclusions(s.conclusions())
        .recommendations(s.recommendations())
        .questions(s.questions())
        .artefacts(
            s.artefacts().stream() // who is pictured is for this check only, not for the view
                .filter(this::mayShow)
                .map(a -> Artefact.of(a.image(), a.caption(), a.altText()))
                .toList())
        .nextSession(
            s.nextSession()
                .map(
                    n ->
                        new PublishableNextSession(
                            n.startsAt(), n.endsAt(), n.venue(), n.topic().map(this::topicTitle))))
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
    if (quotableByRole(person)) {
      RoleGroup group = roleGroups(session).get(roleAndPlace(person));
      if (group != null && group.size >= policy.roleGroupMinimum()) {
        return Attribution.byRole(group.role, group.place);
      }
    }
    return Attribution.communityMember();
  }

  /**
   * How a presentation's presenter is shown. One told from the perspective of lived experience
   * names no one, unless the presenter explicitly agreed to be credited for their lived experience:
   * then by name (with consent to be named) or by the role they are known by ("Expert Citizen").
   */
  private Attribution presenter(Session s, Presentation p) {
    if (p.presenter().isEmpty()) {
      return Attribution.unattributed();
    }
    PersonId id = p.presenter().get();
    if (p.perspective().filter(Perspective.EXPERT_BY_EXPERIENCE::equals).isEmpty()) {
      return attribution(s, id);
    }
    if (!credited(id)) {
      return Attribution.communityMember();
    }
    Person person = community.register().find(id).orElseThrow();
    return consented(id, ConsentPurpose.NAMED_IN_REPORTS)
        ? Attribution.named(person.name())
        : Attribution.credited(
            person.role().map(Publisher::singleSpaced).orElse(Attribution.LIVED_EXPERIENCE_CREDIT));
  }

  /**
   * Whether the person brings lived experience and explicitly agreed, in force now, both to its
   * being recorded and to being credited for it: the only way one person's lived experience reaches
   * anything published.
   */
  private boolean credited(PersonId id) {
    return community
            .register()
            .find(id)
            .filter(p -> !p.isRestricted() && p.isExpertByExperience())
            .isPresent()
        && consented(id, ConsentPurpose.LIVED_EXPERIENCE_RECORDED)
        && consented(id, ConsentPurpose.CREDITED_FOR_LIVED_EXPERIENCE);
  }

  /**
   * Whether the person would be shown by role and place were their role and place shared enough.
   */
  private boolean quotableByRole(Person person) {
    return !person.isRestricted()
        && person.role().isPresent()
        && person.place().isPresent()
        && consented(person.id(), ConsentPurpose.QUOTED_BY_ROLE)
        && !consented(person.id(), ConsentPurpose.NAMED_IN_REPORTS);
  }

  /**
   * The attendees who would be shown by role and place, grouped by role and place as compared
   * (spacing and case aside). Only they count towards a group, so "Role, Place" never points at one
   * person even when others with that role are named, unconsented or restricted; the group is shown
   * in one spelling (the first of its members' spellings, spaces tidied), so no one's own spelling
   * gives them away.
   */
  private Map<String, RoleGroup> roleGroups(Session session) {
    return roleGroups.computeIfAbsent(
        session,
        s -> {
          Map<String, RoleGroup> groups = new HashMap<>();
          for (PersonId attendee : new LinkedHashSet<>(s.attendees())) {
            community
                .register()
                .find(attendee)
                .filter(this::quotableByRole)
                .ifPresent(
                    p -> {
                      RoleGroup group =
                          groups.computeIfAbsent(roleAndPlace(p), k -> new RoleGroup());
                      group.add(singleSpaced(p.role().get()), singleSpaced(p.place().get()));
                    });
          }
          return groups;
        });
  }

  /** The people of one role and place who may be quoted by it, and the spelling shown for them. */
  private static final class RoleGroup {
    private int size;
    private String role;
    private String place;

    void add(String role, String place) {
      size++;
      if (this.role == null
          || (role + "\u0000" + place).compareTo(this.role + "\u0000" + this.place) < 0) {
        this.role = role;
        this.place = place;
      }
    }
  }

  private static String roleAndPlace(Person p) {
    return normalise(p.role().get()) + "\u0000" + normalise(p.place().get());
  }

  private static String singleSpaced(String s) {
    String trimmed = s.strip();
    return isSingleSpaced(trimmed) ? trimmed : WHITESPACE.matcher(trimmed).replaceAll(" ");
  }

  /** For comparing names of things: trimmed, each run of whitespace one space, lower case. */
  private static String normalise(String s) {
    return singleSpaced(s).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@link #WHITESPACE} would change nothing: no tab, line break or form feed and no two
   * spaces together. Checked by hand, as most names pass and a matcher per name cost a sixth of
   * composing a report.
   */
  private static boolean isSingleSpaced(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\t'
          || ch == '\n'
          || ch == '\u000B'
          || ch == '\f'
          || ch == '\r'
          || (ch == ' ' && i > 0 && s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Consent in force at the policy's instant and not withdrawn since: publication is judged now.
   */
  private boolean consented(PersonId id, ConsentPurpose purpose) {
    return policy.consented(community, id, purpose);
  }

  private boolean restricted(PersonId id) {
    return community.register().isRestricted(id);
  }

  /** Whether an action's text may be published: none of its owners is restricted. */
  private boolean mayUseTextOf(Action a) {
    return a.owners().stream().noneMatch(this::restricted);
  }

  /**
   * Whether a photograph may be published: everyone it shows agreed to be photographed and is not
   * restricted.
   */
  private boolean mayShow(Artefact a) {
    return a.pictured().stream()
        .allMatch(p -> !restricted(p) && consented(p, ConsentPurpose.PHOTOGRAPHED));
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
        ScalingStatistics.of(
            n == counted.length ? counted : Arrays.copyOf(counted, n), round.question()),
        round.onePointUpIdeas().stream()
            .filter(i -> mayUseWordsOf(i.offeredBy()))
            .map(i -> new PublishableText(i.text(), attribution(s, i.offeredBy())))
            .toList());
  }

  private PublishableAction action(Session s, Action a) {
    return new PublishableAction(
        a.id(),
        a.text(),
        a.owners().stream().map(o -> attribution(s, o)).toList(),
        a.due(),
        a.completedOn());
  }

  private PublishableSmallStep smallStep(Session s, SmallStep step) {
    return new PublishableSmallStep(
        step.text(), attribution(s, step.noticedBy()), step.followsAction(), step.followsSession());
  }

  private List<ScalingMovement> movement(List<PublishableSession> sessions) {
    Movements movements = new Movements();
    for (PublishableSession session : sessions) {
      LocalDate held = session.startsAt().toLocalDate();
      for (PublishableScaling round : session.scaling()) {
        movements.add(session.id().value(), held, round.question().text(), round.statistics());
      }
    }
    return List.copyOf(movements.byQuestion().values());
  }

  /**
   * Each action with the small steps noticed after it, in the sessions' order. The steps are
   * grouped by the action they follow in one pass, so the work grows with actions plus steps, not
   * with their product (40,000 of each took 22 s when every action scanned every step).
   */
  private List<ActionProgress> progress(List<Session> sessions) {
    Map<ActionId, List<PublishableSmallStep>> stepsByAction = new HashMap<>();
    for (Session later : sessions) {
      for (SmallStep k : later.smallSteps()) {
        if (k.followsAction().isPresent() && mayUseWordsOf(k.noticedBy())) {
          stepsByAction
              .computeIfAbsent(k.followsAction().get(), id -> new ArrayList<>())
              .add(smallStep(later, k));
        }
      }
    }
    List<ActionProgress> progress = new ArrayList<>();
    for (Session agreed : sessions) {
      for (Action a : agreed.actions()) {
        if (!mayUseTextOf(a)) {
          continue;
        }
        List<PublishableSmallStep> steps = stepsByAction.getOrDefault(a.id(), List.of());
        progress.add(new ActionProgress(action(agreed, a), agreed.id(), steps));
      }
    }
    return progress;
  }

  /**
   * Who was represented among {@code people}, in which no one appears twice, at sessions which
   * heard {@code presentations}. Lived experience is published only in ways no one person's status
   * can change: the expert-by-experience perspective is left out of the counts, and lived
   * experience reads as represented only when a presentation was told from that perspective or
   * someone in the room chose to be credited for it ({@link #credited(PersonId)}).
   */
  private Representation representation(Collection<PersonId> people, Collection<Session> sessions) {
    Perspective[] perspectiveKeys = Perspective.values();
    Sector[] sectorKeys = Sector.values();
    int[] perspectiveCounts = new int[perspectiveKeys.length];
    int[] sectorCounts = new int[sectorKeys.length];
    int notRecorded = 0;
    // each distinct spelling is normalised once: the same organisation is usually spelt alike
    Set<String> spellings = new HashSet<>();
    boolean livedExperience =
        sessions.stream()
            .anyMatch(
                s ->
                    s.presentation()
                        .filter(p -> p.presenter().filter(this::restricted).isEmpty())
                        .flatMap(Presentation::perspective)
                        .filter(Perspective.EXPERT_BY_EXPERIENCE::equals)
                        .isPresent());
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
      livedExperience = livedExperience || (person.isExpertByExperience() && credited(id));
    }
    Set<String> organisations = new HashSet<>();
    for (String spelling : spellings) {
      organisations.add(normalise(spelling));
    }
    int t = policy.suppressionThreshold();
    Map<Perspective, Integer> perspectives = counts(perspectiveKeys, perspectiveCounts);
    perspectives.remove(Perspective.EXPERT_BY_EXPERIENCE);
    return new Representation(
        people.size(),
        Breakdown.overlapping(perspectives, t),
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
