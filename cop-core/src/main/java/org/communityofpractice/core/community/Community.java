package org.communityofpractice.core.community;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.scaling.ScalingMovement;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.scaling.internal.Movements;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * A community of practice: its principles and core group, where it is in its life cycle, its
 * resources and legacy, the member register, and the topics, series and sessions it has held.
 *
 * <pre>{@code
 * Community community = Community.builder()
 *     .id(CommunityId.of("sotcop"))
 *     .name("@SoTCoP")
 *     .place("Stoke-on-Trent")
 *     .focus("Health and social needs of people in Stoke-on-Trent")
 *     .register(register)                   // MemberRegister
 *     .addCoreGroup(chair)                  // PersonId
 *     .addTopic(prisonRelease)              // Topic
 *     .addSeries(series)                    // Series
 *     .addSession(session)                  // Session
 *     .build();
 * community.sessionsOf(series.id()); // in date order
 * }</pre>
 *
 * <p>Construction checks that every id is unique, that everyone named anywhere is held by the
 * register, that sessions name topics and series the community has and that a series' sessions all
 * explore its topic, and that small steps follow actions and sessions that came before them.
 */
@Value.Immutable
public abstract class Community {
  Community() {}

  /** {@return a builder for a community, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Community}; see the class comment for what is checked. */
  public static final class Builder extends ImmutableCommunity.Builder {
    Builder() {}
  }

  /** {@return the community's id, never {@literal null}} */
  public abstract CommunityId id();

  /** {@return its name, such as "@SoTCoP"; never {@literal null} or blank} */
  public abstract String name();

  /** {@return where it meets, such as "Stoke-on-Trent"; never {@literal null} or blank} */
  public abstract String place();

  /** {@return what it is about, or empty when not stated} */
  public abstract Optional<String> focus();

  /**
   * {@return the principles members are reminded of, by default the guide's own; never {@literal
   * null}}
   */
  @Value.Default
  public List<Principle> principles() {
    return Principle.guide();
  }

  /**
   * {@return the core group: people who keep the community going, by id; never {@literal null}, may
   * be empty}
   */
  public abstract Set<PersonId> coreGroup();

  /**
   * Where the community is in its life cycle now: the stage of the last entry of {@link
   * #lifeCycleHistory()}, {@code FORMING} when neither is set.
   *
   * @return the current stage, never {@literal null}
   */
  @Value.Default
  public LifeCycleStage lifeCycleStage() {
    List<LifeCycleEntry> history = lifeCycleHistory();
    return history.isEmpty() ? LifeCycleStage.FORMING : history.get(history.size() - 1).stage();
  }

  /**
   * Every life-cycle stage the community has entered, oldest first, the last being {@link
   * #lifeCycleStage()}; never empty once built. Built with a stage but no history, it holds that
   * stage on a date not recorded. Each entry after the first has a date later than the one before
   * it and a stage other than the one before it. {@link #enteringStage} adds to it.
   *
   * @return the history, oldest first; never {@literal null}
   */
  public abstract List<LifeCycleEntry> lifeCycleHistory();

  /**
   * This community having entered {@code stage} on {@code on}: its history with one entry more.
   *
   * @param stage the stage entered, must not be {@literal null}
   * @param on the date it was entered, must not be {@literal null}
   * @return the community, never {@literal null}
   * @throws InvalidValueException naming {@code lifeCycleHistory[n]} when {@code on} is not after
   *     the last entry's date, or {@code stage} is the current stage
   */
  public Community enteringStage(LifeCycleStage stage, LocalDate on) {
    return builder()
        .from(this)
        .addLifeCycleHistory(LifeCycleEntry.of(stage, on))
        .lifeCycleStage(stage)
        .build();
  }

  /**
   * This community with {@code changed} in place of its series of the same id: the one way a series
   * already held is changed (its decision makers, follow-ups or circulations).
   *
   * <pre>{@code
   * Series held = community.series(SeriesId.of("prison-release-2016")).orElseThrow();
   * community = community.withSeries(Series.builder().from(held).concluded(true).build());
   * }</pre>
   *
   * @param changed the series, must not be {@literal null}
   * @return the community, never {@literal null}
   * @throws InvalidValueException naming {@code series} when the community holds no series of that
   *     id, or as building the community would
   */
  public Community withSeries(Series changed) {
    Objects.requireNonNull(changed, "changed");
    if (series(changed.id()).isEmpty()) {
      throw InvalidValueException.of("series", "must be a series of the community", changed.id());
    }
    return builder()
        .from(this)
        .series(series().stream().map(s -> s.id().equals(changed.id()) ? changed : s).toList())
        .build();
  }

  /** {@return the resource list, in the community's order; never {@literal null}, may be empty} */
  public abstract List<Resource> resources();

  /**
   * {@return changes the community helped bring about, its legacy; never {@literal null}, may be
   * empty}
   */
  public abstract List<LegacyOutcome> legacy();

  /**
   * {@return the register: the one home of personal data; never {@literal null}, empty by default}
   */
  @Value.Default
  public MemberRegister register() {
    return MemberRegister.empty();
  }

  /**
   * The consent ledger: every consent decision of the people in the register. Current consent is
   * derived from it, never stored beside it.
   *
   * @return the ledger, never {@literal null}, empty by default
   */
  @Value.Default
  public ConsentLedger consent() {
    return ConsentLedger.empty();
  }

  /**
   * The community's own consent rules — how long a grant lasts, which privacy notice is current —
   * kept in its archive and applied wherever consent is judged: reports, the email list, analysis
   * and review. A {@code DisclosurePolicy}, {@code Analysis} or {@code ReviewSettings} may add
   * rules of its own; consent then has to hold under both, so nothing loosens the community's.
   *
   * @return the rules, never {@literal null}; by default none beyond the ledger's own
   */
  @Value.Default
  public ConsentRules consentRules() {
    return ConsentRules.none();
  }

  /** {@return the topics the community explores; never {@literal null}, may be empty} */
  public abstract List<Topic> topics();

  /**
   * {@return the series of sessions the community has run or is running; never {@literal null}, may
   * be empty}
   */
  public abstract List<Series> series();

  /**
   * {@return every session the community has held, in date order; never {@literal null}, may be
   * empty}
   */
  public abstract List<Session> sessions();

  /**
   * {@return the community's own running orders, beside the guide's two templates; never {@literal
   * null}, may be empty}
   */
  public abstract List<RunningOrder> runningOrders();

  @Value.Derived
  @Value.Auxiliary
  Map<SessionId, Session> sessionsById() {
    return index(sessions(), Session::id);
  }

  /**
   * The session with this id, if held.
   *
   * @param id the session's id; must not be {@literal null}
   * @return the session, or empty when the community held none with that id
   */
  public Optional<Session> session(SessionId id) {
    return Optional.ofNullable(sessionsById().get(id));
  }

  /**
   * The topic with this id, if the community has it.
   *
   * @param id the topic's id; must not be {@literal null}
   * @return the topic, or empty when the community has none with that id
   */
  public Optional<Topic> topic(TopicId id) {
    return topics().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The series with this id, if the community has it.
   *
   * @param id the series' id; must not be {@literal null}
   * @return the series, or empty when the community has none with that id
   */
  public Optional<Series> series(SeriesId id) {
    return series().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * A running order by id: one of the community's own, or one of the guide's templates.
   *
   * @param id the running order's id, such as {@code first-session}; must not be {@literal null}
   * @return the running order, or empty when neither the community nor the guide has one with that
   *     id
   */
  public Optional<RunningOrder> runningOrder(String id) {
    return runningOrders().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .or(() -> RunningOrder.template(id));
  }

  /**
   * The sessions of a series in date order.
   *
   * @param series the series' id; must not be {@literal null}
   * @return the sessions, unmodifiable; never {@literal null}, empty when there are none or no such
   *     series
   */
  public List<Session> sessionsOf(SeriesId series) {
    return sessions().stream()
        .filter(s -> s.series().filter(series::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The sessions on a topic in date order.
   *
   * @param topic the topic's id; must not be {@literal null}
   * @return the sessions, unmodifiable; never {@literal null}, empty when there are none
   */
  public List<Session> sessionsOn(TopicId topic) {
    return sessions().stream()
        .filter(s -> s.topic().equals(topic))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return every action agreed at any session, by id, in the order the sessions and their actions
   * come; never {@literal null}, may be empty}
   */
  public Map<ActionId, Action> actions() {
    Map<ActionId, Action> all = new LinkedHashMap<>();
    sessions().forEach(s -> s.actions().forEach(a -> all.put(a.id(), a)));
    return all;
  }

  /**
   * How each scaling question moved across a series, keyed by the question's text in the order the
   * questions were first asked.
   *
   * @param series the series' id; must not be {@literal null}
   * @return the movement of each question, by its text; never {@literal null}, empty when the
   *     series has no sessions or no ratings
   */
  public Map<String, ScalingMovement> scalingMovement(SeriesId series) {
    Movements movements = new Movements();
    for (Session session : sessionsOf(series)) {
      LocalDate held = session.startsAt().toLocalDate();
      for (ScalingRound round : session.scaling()) {
        movements.add(session.id().value(), held, round.question().text(), round.statistics());
      }
    }
    return movements.byQuestion();
  }

  @Value.Check
  Community check() {
    if (lifeCycleHistory().isEmpty()) {
      // an archive written before the history was kept: its stage, on a date not recorded
      return builder()
          .from(this)
          .addLifeCycleHistory(LifeCycleEntry.undated(lifeCycleStage()))
          .build();
    }
    checkLifeCycle();
    Checks.text(name(), "name");
    Checks.text(place(), "place");
    focus().ifPresent(f -> Checks.text(f, "focus"));
    Set<PersonId> held = register().knownIds();
    Checks.allKnown(coreGroup(), register().ids(), "coreGroup", "must be held by the register");
    checkConsent(held);

    Checks.unique(topics(), Topic::id, "topics", "id");
    Set<TopicId> topicIds = topics().stream().map(Topic::id).collect(Collectors.toSet());
    Checks.unique(series(), Series::id, "series", "id");
    Map<SeriesId, Series> seriesById = index(series(), Series::id);
    for (int i = 0; i < series().size(); i++) {
      if (!topicIds.contains(series().get(i).topic())) {
        throw InvalidValueException.of(
            "series[" + i + "].topic",
            "must name a topic of the community",
            series().get(i).topic());
      }
    }
    for (int i = 0; i < legacy().size(); i++) {
      Optional<TopicId> t = legacy().get(i).topic();
      if (t.isPresent() && !topicIds.contains(t.get())) {
        throw InvalidValueException.of(
            "legacy[" + i + "].topic", "must name a topic of the community", t.get());
      }
    }
    Checks.unique(runningOrders(), RunningOrder::id, "runningOrders", "id");
    for (int i = 0; i < runningOrders().size(); i++) {
      String id = runningOrders().get(i).id();
      if (RunningOrder.template(id).isPresent()) {
        throw InvalidValueException.of(
            "runningOrders[" + i + "].id",
            "must not reuse the id of one of the guide's templates",
            id);
      }
    }
    checkSessions(held, topicIds, seriesById);
    return this;
  }

  private void checkLifeCycle() {
    List<LifeCycleEntry> history = lifeCycleHistory();
    for (int i = 1; i < history.size(); i++) {
      LifeCycleEntry before = history.get(i - 1);
      LifeCycleEntry entry = history.get(i);
      String at = "lifeCycleHistory[" + i + "]";
      if (entry.enteredOn().isEmpty()) {
        throw InvalidValueException.of(
            at + ".enteredOn", "must be given: only the first entry may have no date", "none");
      }
      LocalDate on = entry.enteredOn().get();
      if (before.enteredOn().isPresent() && !on.isAfter(before.enteredOn().get())) {
        throw InvalidValueException.of(
            at + ".enteredOn",
            "must be after the date of the entry before it, " + before.enteredOn().get(),
            on);
      }
      if (entry.stage() == before.stage()) {
        throw InvalidValueException.of(
            at + ".stage", "must differ from the stage of the entry before it", entry.stage());
      }
    }
    LifeCycleStage last = history.get(history.size() - 1).stage();
    if (lifeCycleStage() != last) {
      throw InvalidValueException.of(
          "lifeCycleStage",
          "must be " + last + ", the stage of the last entry of lifeCycleHistory",
          lifeCycleStage());
    }
  }

  private void checkConsent(Set<PersonId> known) {
    List<ConsentEvent> events = consent().events();
    for (int i = 0; i < events.size(); i++) {
      ConsentEvent e = events.get(i);
      if (!register().holds(e.person())) {
        throw InvalidValueException.of(
            "consent.events[" + i + "].terms.person", "must be held by the register", e.person());
      }
      Optional<PersonId> recorder = e.terms().recordedBy().personId();
      if (recorder.isPresent() && !known.contains(recorder.get())) {
        throw InvalidValueException.of(
            "consent.events[" + i + "].terms.recordedBy",
            "must be held by the register",
            recorder.get());
      }
    }
  }

  private void checkSessions(
      Set<PersonId> held, Set<TopicId> topicIds, Map<SeriesId, Series> seriesById) {
    // where each session stands, for telling an earlier session from a later one
    Map<SessionId, Integer> sessionIndex = new HashMap<>(Math.max(16, sessions().size() * 2));
    for (int i = 0; i < sessions().size(); i++) {
      SessionId id = sessions().get(i).id();
      if (sessionIndex.putIfAbsent(id, i) != null) {
        throw InvalidValueException.of(sessionField(i) + ".id", "must be unique", id);
      }
    }
    Set<ActionId> actionsSoFar = new HashSet<>();
    Session previous = null;
    for (int i = 0; i < sessions().size(); i++) {
      Session s = sessions().get(i);
      // the field is named only when a check fails, so a valid community builds no messages
      // isBefore compares the instants, as comparing toInstant() would, without making them
      if (previous != null && s.startsAt().isBefore(previous.startsAt())) {
        throw InvalidValueException.of(
            sessionField(i) + ".startsAt",
            "must not be before the previous session's start " + previous.startsAt(),
            s.startsAt());
      }
      if (!topicIds.contains(s.topic())) {
        throw InvalidValueException.of(
            sessionField(i) + ".topic", "must name a topic of the community", s.topic());
      }
      if (s.series().isPresent()) {
        Series series = seriesById.get(s.series().get());
        if (series == null) {
          throw InvalidValueException.of(
              sessionField(i) + ".series", "must name a series of the community", s.series().get());
        }
        if (!series.topic().equals(s.topic())) {
          throw InvalidValueException.of(
              sessionField(i) + ".topic",
              "must be the topic '" + series.topic() + "' of series '" + series.id() + "'",
              s.topic());
        }
      }
      String orderId = s.runningOrder().id();
      if (!runningOrder(orderId).filter(s.runningOrder()::equals).isPresent()) {
        throw InvalidValueException.of(
            sessionField(i) + ".runningOrder",
            "must be one of the guide's templates or of the community's running orders",
            orderId);
      }
      PersonId notHeld = firstNotHeld(s, held);
      if (notHeld != null) {
        throw InvalidValueException.of(
            sessionField(i) + "." + whereNamed(s, notHeld),
            "must be held by the register",
            notHeld);
      }
      for (int a = 0; a < s.actions().size(); a++) {
        if (!actionsSoFar.add(s.actions().get(a).id())) {
          throw InvalidValueException.of(
              sessionField(i) + ".actions[" + a + "].id",
              "must be unique across the community",
              s.actions().get(a).id());
        }
      }
      for (int k = 0; k < s.smallSteps().size(); k++) {
        SmallStep step = s.smallSteps().get(k);
        if (step.followsAction().isPresent()
            && !actionsSoFar.contains(step.followsAction().get())) {
          throw InvalidValueException.of(
              sessionField(i) + ".smallSteps[" + k + "].followsAction",
              "must name an action agreed at this or an earlier session",
              step.followsAction().get());
        }
        if (step.followsSession().isPresent()
            && !isBefore(sessionIndex.get(step.followsSession().get()), i)) {
          throw InvalidValueException.of(
              sessionField(i) + ".smallSteps[" + k + "].followsSession",
              "must name an earlier session",
              step.followsSession().get());
        }
      }
      previous = s;
    }
  }

  /**
   * Whether a session found at {@code index} (or not found: {@code null}) comes before {@code i}.
   */
  private static boolean isBefore(Integer index, int i) {
    return index != null && index < i;
  }

  private static String sessionField(int i) {
    return "sessions[" + i + "]";
  }

  /**
   * The first of {@link Session#peopleNamed()} the register does not hold, or {@code null}: the
   * people it names walked in the same order, without building the set. The facilitator, the
   * co-facilitators and the recorders are among the attendees (a session holds to that), so the
   * attendees stand for them.
   */
  private static PersonId firstNotHeld(Session s, Set<PersonId> held) {
    List<PersonId> attendees = s.attendees();
    for (int i = 0; i < attendees.size(); i++) {
      if (!held.contains(attendees.get(i))) {
        return attendees.get(i);
      }
    }
    List<Action> actions = s.actions();
    for (int a = 0; a < actions.size(); a++) {
      List<PersonId> owners = actions.get(a).owners();
      for (int i = 0; i < owners.size(); i++) {
        if (!held.contains(owners.get(i))) {
          return owners.get(i);
        }
      }
    }
    return null;
  }

  /** The field of a session where a person is first named, for messages. */
  private static String whereNamed(Session s, PersonId p) {
    int i = s.attendees().indexOf(p);
    if (i >= 0) {
      return "attendees[" + i + "]";
    }
    for (int a = 0; a < s.actions().size(); a++) {
      int o = s.actions().get(a).owners().indexOf(p);
      if (o >= 0) {
        return "actions[" + a + "].owners[" + o + "]";
      }
    }
    return "facilitator";
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new HashMap<>();
    values.forEach(v -> map.putIfAbsent(key.apply(v), v));
    return map;
  }

  /**
   * {@return a comparator putting sessions in date order, by the instant they start; ties keep
   * their order}
   */
  public static Comparator<Session> byStart() {
    return Comparator.comparing(s -> s.startsAt().toInstant());
  }

  /** Shows the id and counts, never the words: they may be personal. */
  @Override
  public String toString() {
    return "Community{id="
        + id()
        + ", register="
        + register()
        + ", consent="
        + consent()
        + ", sessions="
        + sessions().size()
        + "}";
  }
}
