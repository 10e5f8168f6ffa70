package org.communityofpractice.core.review;

import java.time.Duration;
import java.util.Objects;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The thresholds of the guide's checks. Of the defaults, only the five-minute presentation is the
 * guide's; the others are cop's own, chosen as stated on each parameter, and a community should set
 * its own where they do not fit.
 *
 * <pre>{@code
 * ReviewSettings s = ReviewSettings.guide()
 *     .withMaximumPresentation(Duration.ofMinutes(7))
 *     .withSessionsWithoutPurpose(4);
 * }</pre>
 *
 * @param maximumPresentation the longest presentation before {@link
 *     GuideCheck#PRESENTATION_OVERRAN} speaks; the guide's five minutes
 * @param sessionsWithoutPurpose how many sessions in a row with no actions, recommendations or
 *     small steps make {@link GuideCheck#SESSIONS_WITHOUT_PURPOSE} speak; cop's default 3 (the
 *     guide asks that sessions have a purpose but gives no number: one quiet session is normal,
 *     three in a row a pattern)
 * @param reportCirculationGrace how long after a session its report may wait before {@link
 *     GuideCheck#REPORT_NOT_CIRCULATED} speaks; cop's default 14 days (the guide gives no number:
 *     two weeks leaves the report well before a monthly community's next session)
 * @param lifeCycleWindow how many recent sessions the life-cycle signals look at; cop's default 6
 *     (about half a year for a monthly community; the guide gives no number)
 * @param quietGap how long without a session suggests a community may be adjourning; cop's default
 *     120 days (four missed monthly sessions; the guide gives no number)
 * @param consentRules when consent lapses (expiry, current notice), for {@link
 *     GuideCheck#LAPSED_CONSENT_ON_EMAIL_LIST}; none by default, so only a withdrawal shows
 */
public record ReviewSettings(
    Duration maximumPresentation,
    int sessionsWithoutPurpose,
    Duration reportCirculationGrace,
    int lifeCycleWindow,
    Duration quietGap,
    ConsentRules consentRules) {

  private static final ReviewSettings GUIDE =
      new ReviewSettings(
          Duration.ofMinutes(5),
          3,
          Duration.ofDays(14),
          6,
          Duration.ofDays(120),
          ConsentRules.none());

  /**
   * Checks the settings.
   *
   * @param maximumPresentation the longest presentation; must not be {@literal null}, and positive
   * @param sessionsWithoutPurpose how many quiet sessions in a row speak; at least 2
   * @param reportCirculationGrace how long a report may wait; must not be {@literal null} nor
   *     negative
   * @param lifeCycleWindow how many recent sessions the life-cycle signals look at; at least 2
   * @param quietGap how long without a session suggests adjourning; must not be {@literal null},
   *     and positive
   * @param consentRules when consent lapses; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws InvalidValueException if a number or duration is out of range, naming the field
   */
  public ReviewSettings {
    positive(maximumPresentation, "maximumPresentation");
    if (sessionsWithoutPurpose < 2) {
      throw InvalidValueException.of(
          "sessionsWithoutPurpose", "must be at least 2", sessionsWithoutPurpose);
    }
    Objects.requireNonNull(reportCirculationGrace, "reportCirculationGrace");
    if (reportCirculationGrace.isNegative()) {
      throw InvalidValueException.of(
          "reportCirculationGrace", "must not be negative", reportCirculationGrace);
    }
    if (lifeCycleWindow < 2) {
      throw InvalidValueException.of("lifeCycleWindow", "must be at least 2", lifeCycleWindow);
    }
    positive(quietGap, "quietGap");
    Objects.requireNonNull(consentRules, "consentRules");
  }

  /**
   * {@return the guide's five minutes and cop's own defaults for the rest (see the parameters);
   * never {@literal null}}
   */
  public static ReviewSettings guide() {
    return GUIDE;
  }

  /**
   * The same settings with another longest presentation.
   *
   * @param d the longest presentation; must not be {@literal null}, and positive
   * @return new settings, never {@literal null}
   * @throws InvalidValueException if {@code d} is not positive
   */
  public ReviewSettings withMaximumPresentation(Duration d) {
    return new ReviewSettings(
        d, sessionsWithoutPurpose, reportCirculationGrace, lifeCycleWindow, quietGap, consentRules);
  }

  /**
   * The same settings with another number of quiet sessions in a row.
   *
   * @param n how many sessions in a row without purpose speak; at least 2
   * @return new settings, never {@literal null}
   * @throws InvalidValueException if {@code n} is less than 2
   */
  public ReviewSettings withSessionsWithoutPurpose(int n) {
    return new ReviewSettings(
        maximumPresentation, n, reportCirculationGrace, lifeCycleWindow, quietGap, consentRules);
  }

  /**
   * The same settings with another grace for circulating a report.
   *
   * @param d how long a report may wait; must not be {@literal null} nor negative
   * @return new settings, never {@literal null}
   * @throws InvalidValueException if {@code d} is negative
   */
  public ReviewSettings withReportCirculationGrace(Duration d) {
    return new ReviewSettings(
        maximumPresentation, sessionsWithoutPurpose, d, lifeCycleWindow, quietGap, consentRules);
  }

  /**
   * The same settings with another window for the life-cycle signals.
   *
   * @param n how many recent sessions they look at; at least 2
   * @return new settings, never {@literal null}
   * @throws InvalidValueException if {@code n} is less than 2
   */
  public ReviewSettings withLifeCycleWindow(int n) {
    return new ReviewSettings(
        maximumPresentation,
        sessionsWithoutPurpose,
        reportCirculationGrace,
        n,
        quietGap,
        consentRules);
  }

  /**
   * The same settings with another quiet gap.
   *
   * @param d how long without a session suggests adjourning; must not be {@literal null}, and
   *     positive
   * @return new settings, never {@literal null}
   * @throws InvalidValueException if {@code d} is not positive
   */
  public ReviewSettings withQuietGap(Duration d) {
    return new ReviewSettings(
        maximumPresentation,
        sessionsWithoutPurpose,
        reportCirculationGrace,
        lifeCycleWindow,
        d,
        consentRules);
  }

  /**
   * The same settings with other consent rules.
   *
   * @param rules when consent lapses; must not be {@literal null}
   * @return new settings, never {@literal null}
   */
  public ReviewSettings withConsentRules(ConsentRules rules) {
    return new ReviewSettings(
        maximumPresentation,
        sessionsWithoutPurpose,
        reportCirculationGrace,
        lifeCycleWindow,
        quietGap,
        rules);
  }

  private static void positive(Duration d, String field) {
    Objects.requireNonNull(d, field);
    if (d.isNegative() || d.isZero()) {
      throw InvalidValueException.of(field, "must be positive", d);
    }
  }
}
