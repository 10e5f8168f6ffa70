package org.communityofpractice.core.review;

import java.time.Duration;
import java.util.Objects;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * The thresholds of the guide's checks, with the guide's defaults.
 *
 * <pre>{@code
 * ReviewSettings s = ReviewSettings.guide()
 *     .withMaximumPresentation(Duration.ofMinutes(7))
 *     .withSessionsWithoutPurpose(4);
 * }</pre>
 *
 * @param maximumPresentation the longest presentation before {@link GuideCheck#PRESENTATION_OVERRAN}
 *     speaks; the guide's five minutes
 * @param sessionsWithoutPurpose how many sessions in a row with no actions, recommendations or small
 *     steps make {@link GuideCheck#SESSIONS_WITHOUT_PURPOSE} speak; 3
 * @param reportCirculationGrace how long after a session its report may wait before {@link
 *     GuideCheck#REPORT_NOT_CIRCULATED} speaks; 14 days
 * @param lifeCycleWindow how many recent sessions the life-cycle signals look at; 6
 * @param quietGap how long without a session suggests a community may be adjourning; 120 days
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
          Duration.ofMinutes(5), 3, Duration.ofDays(14), 6, Duration.ofDays(120), ConsentRules.none());

  public ReviewSettings {
    positive(maximumPresentation, "maximumPresentation");
    if (sessionsWithoutPurpose < 2) {
      throw InvalidValueException.of("sessionsWithoutPurpose", "must be at least 2", sessionsWithoutPurpose);
    }
    Objects.requireNonNull(reportCirculationGrace, "reportCirculationGrace");
    if (reportCirculationGrace.isNegative()) {
      throw InvalidValueException.of("reportCirculationGrace", "must not be negative", reportCirculationGrace);
    }
    if (lifeCycleWindow < 2) {
      throw InvalidValueException.of("lifeCycleWindow", "must be at least 2", lifeCycleWindow);
    }
    positive(quietGap, "quietGap");
    Objects.requireNonNull(consentRules, "consentRules");
  }

  /** The guide's defaults. */
  public static ReviewSettings guide() {
    return GUIDE;
  }

  public ReviewSettings withMaximumPresentation(Duration d) {
    return new ReviewSettings(d, sessionsWithoutPurpose, reportCirculationGrace, lifeCycleWindow, quietGap, consentRules);
  }

  public ReviewSettings withSessionsWithoutPurpose(int n) {
    return new ReviewSettings(maximumPresentation, n, reportCirculationGrace, lifeCycleWindow, quietGap, consentRules);
  }

  public ReviewSettings withReportCirculationGrace(Duration d) {
    return new ReviewSettings(maximumPresentation, sessionsWithoutPurpose, d, lifeCycleWindow, quietGap, consentRules);
  }

  public ReviewSettings withLifeCycleWindow(int n) {
    return new ReviewSettings(maximumPresentation, sessionsWithoutPurpose, reportCirculationGrace, n, quietGap, consentRules);
  }

  public ReviewSettings withQuietGap(Duration d) {
    return new ReviewSettings(maximumPresentation, sessionsWithoutPurpose, reportCirculationGrace, lifeCycleWindow, d, consentRules);
  }

  public ReviewSettings withConsentRules(ConsentRules rules) {
    return new ReviewSettings(maximumPresentation, sessionsWithoutPurpose, reportCirculationGrace, lifeCycleWindow, quietGap, rules);
  }

  private static void positive(Duration d, String field) {
    Objects.requireNonNull(d, field);
    if (d.isNegative() || d.isZero()) {
      throw InvalidValueException.of(field, "must be positive", d);
    }
  }
}
