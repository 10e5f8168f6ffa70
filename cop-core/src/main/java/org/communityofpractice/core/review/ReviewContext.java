package org.communityofpractice.core.review;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.internal.GuideText;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;

/**
 * What a {@link ReviewRule} sees: the community, the instant the review is made at, and the
 * settings; with the small look-ups most rules need.
 *
 * <pre>{@code
 * ReviewRule noManager = new ReviewRule() {
 *   public String code() { return "no-manager"; }
 *   public List<Finding> session(Session session, ReviewContext context) {
 *     Set<Perspective> inTheRoom = context.perspectivesInTheRoom(session);
 *     Finding.Builder f = context.finding(code(), Severity.NOTE, session);
 *     return inTheRoom.contains(Perspective.MANAGER) ? List.of() : List.of(f
 *         .noticed("No manager was in the room.")
 *         .tryNext("Consider inviting one who can act on what the group finds.")
 *         .build());
 *   }
 * };
 * }</pre>
 */
public final class ReviewContext {
  private final Community community;
  private final Instant asOf;
  private final ReviewSettings settings;
  private final GuideText text;

  ReviewContext(Community community, Instant asOf, ReviewSettings settings, GuideText text) {
    this.community = Objects.requireNonNull(community, "community");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * What the guide's check {@code code} says under {@code part} ({@code noticed}, {@code tryNext})
   * in the review's language, with {@code arguments} put in; numbers are given as text so they read
   * as written.
   */
  String says(String code, String part, Object... arguments) {
    String key = "review." + code + "." + part;
    return arguments.length == 0 ? text.get(key) : text.format(key, arguments);
  }

  /** The name of a life-cycle stage in the review's language, such as "forming". */
  String stage(LifeCycleStage stage) {
    return text.get("lifeCycle." + stage.name());
  }

  /** {@return the community under review, never {@literal null}} */
  public Community community() {
    return community;
  }

  /**
   * {@return the instant the review is made at: sessions before it have been held; never {@literal
   * null}}
   */
  public Instant asOf() {
    return asOf;
  }

  /** {@return the thresholds the checks use, never {@literal null}} */
  public ReviewSettings settings() {
    return settings;
  }

  /**
   * The person held by the register with this id, when their data may be processed: empty for an
   * erased person's tombstone and for someone whose processing is restricted.
   *
   * @param id the person's id; must not be {@literal null}
   * @return the person, or empty
   */
  public Optional<Person> person(PersonId id) {
    return community.register().find(id).filter(p -> !p.isRestricted());
  }

  /**
   * Every perspective brought by someone in the room whose data may be processed.
   *
   * @param session the session; must not be {@literal null}
   * @return the perspectives, never {@literal null}, may be empty
   */
  public Set<Perspective> perspectivesInTheRoom(Session session) {
    Set<Perspective> present = EnumSet.noneOf(Perspective.class);
    for (PersonId id : session.attendees()) {
      person(id).ifPresent(p -> present.addAll(p.perspectives()));
    }
    return present;
  }

  /**
   * How many in the room bring a perspective, among people whose data may be processed.
   *
   * @param session the session; must not be {@literal null}
   * @param perspective the perspective; must not be {@literal null}
   * @return the count, zero or more
   */
  public int countInTheRoom(Session session, Perspective perspective) {
    int n = 0;
    for (PersonId id : session.attendees()) {
      if (person(id).filter(p -> p.perspectives().contains(perspective)).isPresent()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a session had started by the time of the review.
   *
   * @param session the session; must not be {@literal null}
   * @return {@code true} if it started before {@link #asOf()}
   */
  public boolean held(Session session) {
    return session.startsAt().toInstant().isBefore(asOf);
  }

  /**
   * A finding about a session, with its community, series and session filled in.
   *
   * @param code the rule's code; must not be {@literal null}
   * @param severity how much it matters; must not be {@literal null}
   * @param session the session it is about; must not be {@literal null}
   * @return a builder still needing what was noticed and what to try next; never {@literal null}
   */
  public Finding.Builder finding(String code, Severity severity, Session session) {
    return Finding.builder()
        .code(code)
        .severity(severity)
        .community(community.id())
        .series(session.series())
        .session(session.id());
  }

  /**
   * A finding about a series.
   *
   * @param code the rule's code; must not be {@literal null}
   * @param severity how much it matters; must not be {@literal null}
   * @param series the series it is about; must not be {@literal null}
   * @return a builder with the community and series filled in, still needing what was noticed and
   *     what to try next; never {@literal null}
   */
  public Finding.Builder finding(String code, Severity severity, Series series) {
    return Finding.builder()
        .code(code)
        .severity(severity)
        .community(community.id())
        .series(series.id());
  }

  /**
   * A finding about the whole community.
   *
   * @param code the rule's code; must not be {@literal null}
   * @param severity how much it matters; must not be {@literal null}
   * @return a builder with the community filled in, still needing what was noticed and what to try
   *     next; never {@literal null}
   */
  public Finding.Builder finding(String code, Severity severity) {
    return Finding.builder().code(code).severity(severity).community(community.id());
  }
}
