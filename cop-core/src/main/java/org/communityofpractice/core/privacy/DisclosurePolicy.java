package org.communityofpractice.core.privacy;

import java.time.Instant;
import java.util.Objects;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What may be published, judged at one instant: who may be named or quoted by role, which counts
 * must be suppressed, and who is on the email list. It turns a {@link Community} into publishable
 * views — the only thing the report composer sees.
 *
 * <pre>{@code
 * DisclosurePolicy policy = DisclosurePolicy.asOf(Instant.parse("2016-03-10T09:00:00Z"))
 *     .withSuppressionThreshold(5)                                  // the default
 *     .withConsentRules(ConsentRules.none().withExpiry(Period.ofYears(2)));
 * PublishableSession session = policy.session(community, SessionId.of("s-1"));
 * PublishableSeries series = policy.series(community, SeriesId.of("prison-release-2016"));
 * MailingList emailList = policy.mailingList(community);
 * }</pre>
 *
 * <p>The rules: a person is named only with current {@code NAMED_IN_REPORTS} consent; otherwise
 * quoted as "Role, Place" only with current {@code QUOTED_BY_ROLE} consent and only when at least
 * one other attendee of the session shares that role and place; otherwise "a community member". A
 * person whose processing is restricted is never named or quoted by role, their words are left out,
 * their ratings are not counted, and they count only in headcounts (and as "not recorded" among
 * sectors). Lived-experience categories are never published; perspective and sector counts below the
 * threshold read "fewer than" it, with secondary suppression (see {@link Breakdown}).
 *
 * @param asOf the instant consent is judged at
 * @param suppressionThreshold counts below it are suppressed; at least 2, by default 5
 * @param consentRules expiry and current notice for consent
 */
public record DisclosurePolicy(Instant asOf, int suppressionThreshold, ConsentRules consentRules) {
  /** The guide's threshold: counts below 5 are shown as "fewer than 5". */
  public static final int DEFAULT_SUPPRESSION_THRESHOLD = 5;

  private static final Logger LOG = LoggerFactory.getLogger(DisclosurePolicy.class);

  public DisclosurePolicy {
    Objects.requireNonNull(asOf, "asOf");
    Checks.within(suppressionThreshold, 2, 1000, "suppressionThreshold");
    Objects.requireNonNull(consentRules, "consentRules");
  }

  /** The default policy judged at {@code asOf}: threshold 5, grants never expire. */
  public static DisclosurePolicy asOf(Instant asOf) {
    return new DisclosurePolicy(asOf, DEFAULT_SUPPRESSION_THRESHOLD, ConsentRules.none());
  }

  public DisclosurePolicy withSuppressionThreshold(int threshold) {
    return new DisclosurePolicy(asOf, threshold, consentRules);
  }

  public DisclosurePolicy withConsentRules(ConsentRules rules) {
    return new DisclosurePolicy(asOf, suppressionThreshold, rules);
  }

  /**
   * The publishable view of one session.
   *
   * @throws InvalidValueException naming {@code session} when the community holds no such session
   */
  public PublishableSession session(Community community, SessionId session) {
    Session s = community.session(session)
        .orElseThrow(() -> InvalidValueException.of("session", "must be a session of the community", session));
    LOG.debug("publishing session {} as of {}", session, asOf);
    return new Publisher(this, community).session(s);
  }

  /**
   * The publishable view of one series.
   *
   * @throws InvalidValueException naming {@code series} when the community has no such series
   */
  public PublishableSeries series(Community community, SeriesId series) {
    return new Publisher(this, community).series(community.series(series)
        .orElseThrow(() -> InvalidValueException.of("series", "must be a series of the community", series)));
  }

  /** The publishable view of the whole community. */
  public PublishableCommunity community(Community community) {
    return new Publisher(this, community).community();
  }

  /**
   * How {@code person} may be attributed in a report of {@code session}.
   *
   * @throws InvalidValueException naming {@code person} when they did not attend the session
   */
  public Attribution attribution(Community community, Session session, PersonId person) {
    if (!session.attendees().contains(person)) {
      throw InvalidValueException.of("person", "must be an attendee of session " + session.id(), person);
    }
    return new Publisher(this, community).attribution(session, person);
  }

  /** The community email list as consent stands at {@link #asOf()}: derived, never stored. */
  public MailingList mailingList(Community community) {
    return MailingList.of(community, this);
  }
}
