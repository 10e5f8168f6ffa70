package org.communityofpractice.core.session;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.topic.CirculationRecord;
import org.communityofpractice.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * One hosted conversation: its {@linkplain SessionHeader header} (what was known before: id, topic,
 * time, venue and hosts), who came, their best hopes, the stages run, the short presentation, what
 * was said, the scaling rounds, the actions agreed, the small steps noticed since last time, the
 * conclusions and recommendations, and the next session. No arrival time is recorded: there is no
 * such thing as late.
 *
 * <pre>{@code
 * import org.communityofpractice.core.topic.TopicId;
 * Session session = Session.builder()
 *     .id(SessionId.of("s-1"))
 *     .topic(TopicId.of("prison-release"))
 *     .startsAt(ZonedDateTime.of(2016, 3, 3, 10, 0, 0, 0, ZoneId.of("Europe/London")))
 *     .venue(Venue.of("VOICES, Federation House"))
 *     .facilitator(chair)
 *     .addAttendees(chair, sam)
 *     .runningOrder(RunningOrder.firstSession())
 *     .addBestHope(BestHope.by(sam, "Leave with one thing I can change on Monday"))
 *     .addScaling(round)
 *     .build();
 * }</pre>
 *
 * <p>Everyone the session names — facilitator, recorders, contributors, raters — must be among its
 * attendees; owners of actions must be held by the community's register.
 *
 * <p>What people said (contributions, best hopes, conclusions, recommendations, questions…) is
 * personal data, so {@link #toString()} leaves it out and shows ids, times and structure only.
 */
@Value.Immutable
@SuppressWarnings("immutables:subtype") // its header's facts are its own, and checked as a header's
public abstract class Session implements SessionHeader {
  Session() {}

  /** {@return a builder for a session, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Session}; see the class comment for what is checked. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }

  /**
   * {@return everyone in the room, the facilitator included, in the order they arrived; never
   * {@literal null}}
   */
  public abstract List<PersonId> attendees();

  /** {@return the chair's introduction for the session report, or empty} */
  @Value.Redacted
  public abstract Optional<String> chairsIntroduction();

  /**
   * {@return the running order the session followed, by default the guide's first-session template;
   * never {@literal null}}
   */
  @Value.Default
  public RunningOrder runningOrder() {
    return RunningOrder.firstSession();
  }

  /**
   * {@return the stages actually run, in order: a subsequence of the running order's stages; never
   * {@literal null}, may be empty}
   */
  public abstract List<StageKey> stagesRun();

  /**
   * {@return the answers to "If this session is a good use of your time what will have happened?",
   * in the order given; never {@literal null}, may be empty}
   */
  public abstract List<BestHope> bestHopes();

  /** {@return the short presentation or case study, or empty when there was none} */
  public abstract Optional<Presentation> presentation();

  /**
   * {@return what was said or shown, in the order recorded; never {@literal null}, may be empty}
   */
  public abstract List<Contribution> contributions();

  /**
   * {@return the scaling rounds, in the order the questions were asked; never {@literal null}, may
   * be empty}
   */
  public abstract List<ScalingRound> scaling();

  /** {@return the actions agreed, in the order agreed; never {@literal null}, may be empty} */
  public abstract List<Action> actions();

  /**
   * {@return the small steps noticed since the community last met; never {@literal null}, may be
   * empty}
   */
  public abstract List<SmallStep> smallSteps();

  /** {@return the conclusions recorded, in order; never {@literal null}, may be empty} */
  @Value.Redacted
  public abstract List<String> conclusions();

  /** {@return the recommendations recorded, in order; never {@literal null}, may be empty} */
  @Value.Redacted
  public abstract List<String> recommendations();

  /**
   * {@return questions extracted from the conversation, for others to answer; never {@literal
   * null}, may be empty}
   */
  @Value.Redacted
  public abstract List<String> questions();

  /**
   * {@return photographs of flip charts, whiteboards and post-its, with captions; never {@literal
   * null}, may be empty}
   */
  public abstract List<Artefact> artefacts();

  /**
   * {@return the date, time and venue agreed for the next session, or empty when none was agreed}
   */
  public abstract Optional<NextSession> nextSession();

  /**
   * When the session report was circulated to the email list, as archives recorded it before each
   * circulation was recorded in {@link #circulations()}; {@link #circulatedOn()} reads both.
   *
   * @return the date, or empty when an older archive recorded none
   */
  public abstract Optional<LocalDate> reportCirculatedOn();

  /**
   * Each time the session's report went out, oldest first: when, to which list and to how many
   * people (who they were is in the store's send log), at most once per circulation.
   *
   * @return the circulations, oldest first; never {@literal null}, empty before the first
   */
  public abstract List<CirculationRecord> circulations();

  /**
   * When the report first reached the email list: the first {@linkplain
   * CirculationRecord#reachedEmailList() circulation to it} or the {@link #reportCirculatedOn()} an
   * older archive recorded, whichever is earlier; empty while it has not.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> circulatedOn() {
    return java.util.stream.Stream.concat(
            reportCirculatedOn().stream(),
            circulations().stream()
                .filter(CirculationRecord::reachedEmailList)
                .map(CirculationRecord::on))
        .min(java.util.Comparator.naturalOrder());
  }

  /** {@return how many were in the room: the number of attendees} */
  public int headcount() {
    return attendees().size();
  }

  private void checkCirculations() {
    if (circulations().isEmpty()) {
      return;
    }
    LocalDate held = startsAt().toLocalDate();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < circulations().size(); i++) {
      CirculationRecord c = circulations().get(i);
      if (c.on().isBefore(held)) {
        throw InvalidValueException.of(
            "circulations[" + i + "].on", "must not be before the session, held " + held, c.on());
      }
      if (i > 0 && c.on().isBefore(circulations().get(i - 1).on())) {
        throw InvalidValueException.of(
            "circulations[" + i + "].on",
            "must not be before the circulation recorded before it, oldest first",
            c.on());
      }
      if (!seen.add(c.circulation())) {
        throw InvalidValueException.of(
            "circulations[" + i + "].circulation", "must not repeat", c.circulation());
      }
    }
  }

  /**
   * Whether a stage was run.
   *
   * @param stage the stage's key; must not be {@literal null}
   * @return {@code true} if the stage is among {@link #stagesRun()}
   */
  public boolean ran(StageKey stage) {
    return stagesRun().contains(stage);
  }

  /**
   * {@return every person the session names, attendees first, for reference checks and access
   * requests; never {@literal null}}
   */
  public Set<PersonId> peopleNamed() {
    Set<PersonId> people = new LinkedHashSet<>(attendees());
    people.add(facilitator());
    people.addAll(coFacilitators());
    people.addAll(recorders());
    actions().forEach(a -> people.addAll(a.owners()));
    return people;
  }

  @Value.Check
  void check() {
    // the header's facts first (Immutables checks them again after), so an implausible start is
    // named as such before the facts judged against it
    checkHeader();
    reportCirculatedOn().ifPresent(d -> Checks.date(d, "reportCirculatedOn"));
    checkCirculations();
    chairsIntroduction().ifPresent(t -> Checks.text(t, "chairsIntroduction"));
    Set<PersonId> present = Checks.uniqueSet(attendees(), "attendees");
    requirePresent(Optional.of(facilitator()), present, "facilitator");
    requireAllPresent(coFacilitators(), present, "coFacilitators");
    requireAllPresent(recorders(), present, "recorders");
    checkStages();
    for (int i = 0; i < bestHopes().size(); i++) {
      requireAttending(bestHopes().get(i).by(), present, "bestHopes", i, ".by");
    }
    presentation()
        .flatMap(Presentation::presenter)
        .ifPresent(p -> requirePresent(Optional.of(p), present, "presentation.presenter"));
    for (int i = 0; i < contributions().size(); i++) {
      Contribution c = contributions().get(i);
      requireAttending(c.by(), present, "contributions", i, ".by");
      int index = i;
      c.stage()
          .filter(s -> runningOrder().indexOf(s).isEmpty())
          .ifPresent(
              s -> {
                throw InvalidValueException.of(
                    "contributions[" + index + "].stage",
                    "must be a stage of running order '" + runningOrder().id() + "'",
                    s);
              });
    }
    for (int r = 0; r < scaling().size(); r++) {
      List<Rating> ratings = scaling().get(r).ratings();
      for (int i = 0; i < ratings.size(); i++) {
        if (!attends(ratings.get(i).ratedBy(), present)) {
          throw notAnAttendee(
              "scaling[" + r + "].ratings[" + i + "].ratedBy", ratings.get(i).ratedBy());
        }
      }
      var ideas = scaling().get(r).onePointUpIdeas();
      for (int i = 0; i < ideas.size(); i++) {
        if (!attends(ideas.get(i).offeredBy(), present)) {
          throw notAnAttendee(
              "scaling[" + r + "].onePointUpIdeas[" + i + "].offeredBy", ideas.get(i).offeredBy());
        }
      }
    }
    Checks.unique(actions(), Action::id, "actions", "id");
    for (int i = 0; i < artefacts().size(); i++) {
      List<PersonId> pictured = artefacts().get(i).pictured();
      for (int p = 0; p < pictured.size(); p++) {
        if (!present.contains(pictured.get(p))) {
          throw notAnAttendee(
              "artefacts[" + i + "].pictured[" + p + "]", Optional.of(pictured.get(p)));
        }
      }
    }
    for (int i = 0; i < smallSteps().size(); i++) {
      requireAttending(smallSteps().get(i).noticedBy(), present, "smallSteps", i, ".noticedBy");
      int index = i;
      smallSteps()
          .get(i)
          .followsSession()
          .filter(id()::equals)
          .ifPresent(
              s -> {
                throw InvalidValueException.of(
                    "smallSteps[" + index + "].followsSession", "must name an earlier session", s);
              });
    }
    textList(conclusions(), "conclusions");
    textList(recommendations(), "recommendations");
    textList(questions(), "questions");
    nextSession()
        .filter(n -> !n.startsAt().isAfter(startsAt()))
        .ifPresent(
            n -> {
              throw InvalidValueException.of(
                  "nextSession.startsAt",
                  "must be after the session's start " + startsAt(),
                  n.startsAt());
            });
  }

  private void checkStages() {
    int previous = -1;
    List<StageKey> run = stagesRun();
    for (int i = 0; i < run.size(); i++) {
      OptionalInt at = runningOrder().indexOf(run.get(i));
      if (at.isEmpty()) {
        throw InvalidValueException.of(
            "stagesRun[" + i + "]",
            "must be a stage of running order '" + runningOrder().id() + "'",
            run.get(i));
      }
      if (at.getAsInt() <= previous) {
        throw InvalidValueException.of(
            "stagesRun[" + i + "]",
            "must come after '"
                + run.get(i - 1)
                + "' in running order '"
                + runningOrder().id()
                + "'",
            run.get(i));
      }
      previous = at.getAsInt();
    }
  }

  // the checks below name a field only when they fail, so a valid session builds no messages

  private static void textList(List<String> texts, String field) {
    for (int i = 0; i < texts.size(); i++) {
      if (!Checks.isText(texts.get(i))) {
        Checks.text(texts.get(i), field + "[" + i + "]");
      }
    }
  }

  /** Whether the person, if anyone, is one of the session's attendees. */
  private static boolean attends(Optional<PersonId> person, Set<PersonId> present) {
    return person.isEmpty() || present.contains(person.get());
  }

  private static InvalidValueException notAnAttendee(String field, Optional<PersonId> person) {
    return InvalidValueException.of(
        field, "must be one of the session's attendees", person.orElseThrow());
  }

  private static void requirePresent(
      Optional<PersonId> person, Set<PersonId> present, String field) {
    if (!attends(person, present)) {
      throw notAnAttendee(field, person);
    }
  }

  /**
   * {@link #requirePresent} for the person at {@code list[index]part}, such as {@code
   * bestHopes[2].by}.
   */
  private static void requireAttending(
      Optional<PersonId> person, Set<PersonId> present, String list, int index, String part) {
    if (!attends(person, present)) {
      throw notAnAttendee(list + "[" + index + "]" + part, person);
    }
  }

  private static void requireAllPresent(
      List<PersonId> people, Set<PersonId> present, String field) {
    for (int i = 0; i < people.size(); i++) {
      requireAttending(Optional.of(people.get(i)), present, field, i, "");
    }
  }

  /** Shows the id and counts, never the words: they may be personal. */
  @Override
  public String toString() {
    return "Session{id="
        + id()
        + ", startsAt="
        + startsAt()
        + ", headcount="
        + headcount()
        + ", contributions="
        + contributions().size()
        + ", scaling="
        + scaling().size()
        + ", actions="
        + actions().size()
        + "}";
  }
}
