package org.communityofpractice.core.privacy;

import java.time.Instant;
import java.util.Objects;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.DecisionMaker;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What may be published, judged at one instant: who may be named or quoted by role, which counts
 * must be suppressed, which photographs may be shown, who is on the email list and whose contact
 * details members may see. It turns a {@link Community} into publishable views — the only thing the
 * report composer sees.
 *
 * <pre>{@code
 * DisclosurePolicy policy = DisclosurePolicy.asOf(Instant.now())     // publishing now
 *     .withSuppressionThreshold(5)                                  // cop's default
 *     .withRoleGroupMinimum(3)                                      // stricter than the default 2
 *     .withConsentRules(community.consentRules());                  // the community's own rules
 * PublishableSession session = policy.session(community, SessionId.of("prison-release-1"));
 * PublishableSeries series = policy.series(community, SeriesId.of("prison-release-2016"));
 * MailingList emailList = policy.mailingList(community);
 * MemberContacts shared = policy.memberContacts(community);         // only those who agreed
 * }</pre>
 *
 * <p>Consent is judged at {@code asOf} and at the time of publishing together: a grant counts only
 * if it was in force at {@code asOf} and has not been withdrawn since, whatever instant the
 * withdrawal claims ({@link org.communityofpractice.core.consent.ConsentLedger#publishable}). So a
 * report composed today "as of" a past session honours every withdrawal made until today.
 *
 * <p>The rules: a person is named only with {@code NAMED_IN_REPORTS} consent; otherwise quoted as
 * "Role, Place" only with {@code QUOTED_BY_ROLE} consent and only when at least {@link
 * #roleGroupMinimum()} attendees of the session (the person included) would themselves be shown as
 * that same role and place — people named, restricted or without that consent do not count — and
 * then in one spelling for all of them; otherwise "a community member". A person whose processing
 * is restricted is never named or quoted by role, their words, their presentation and the actions
 * they own are left out, their ratings are not counted, and they count only in headcounts (and as
 * "not recorded" among sectors). Perspective and sector counts below the threshold read "fewer
 * than" it, with secondary suppression (see {@link Breakdown} for what that guarantees). A
 * photograph ({@link org.communityofpractice.core.session.Artefact}) that shows people is published
 * only while everyone it shows has {@code PHOTOGRAPHED} consent and is not restricted, and without
 * saying who they are; contact details reach other members only through {@link
 * #memberContacts(Community)}, with {@code CONTACT_SHARED_WITH_MEMBERS} consent.
 *
 * <p>Lived experience is special-category or criminal-offence data, so no published view lets a
 * reader tell whether one person brings it — not from one document, nor by comparing a session with
 * the next, a session with its series, or a report before and after a restriction or an erasure.
 * The rule: lived-experience categories are never published; the expert-by-experience perspective
 * is not counted in published perspective breakdowns; and lived experience reads as represented
 * only where that cannot depend on one unconsenting person — a presentation told from that
 * perspective, or someone who explicitly agreed ({@code LIVED_EXPERIENCE_RECORDED} and {@code
 * CREDITED_FOR_LIVED_EXPERIENCE}) to be credited for it, who is then credited as they chose
 * ("Expert Citizen"). Whether lived experience was in the room is the organisers' question, which
 * the review answers from the register, not the reports'.
 *
 * @param asOf the instant consent is judged at
 * @param suppressionThreshold counts below it are suppressed; at least 2, by default 5
 * @param consentRules expiry and current notice for consent
 * @param roleGroupMinimum how many attendees must share a role and place before any of them is
 *     quoted by it; at least 2, by default 2
 */
public record DisclosurePolicy(
    Instant asOf, int suppressionThreshold, ConsentRules consentRules, int roleGroupMinimum) {
  /**
   * cop's default threshold, not the guide's (the guide gives none): counts below 5 are shown as
   * "fewer than 5". It follows the small-count practice of UK official statistics, where the Office
   * for National Statistics and NHS England suppress counts below 5 (or round to 5) so that no one
   * can be picked out; raise it for small, close-knit communities.
   */
  public static final int DEFAULT_SUPPRESSION_THRESHOLD = 5;

  /**
   * cop's default for {@link #roleGroupMinimum()}: two people, the fewest for which "Role, Place"
   * does not point at one person. Raise it where the room is small or everyone knows everyone.
   */
  public static final int DEFAULT_ROLE_GROUP_MINIMUM = 2;

  private static final Logger LOG = LoggerFactory.getLogger(DisclosurePolicy.class);

  /**
   * Checks the policy.
   *
   * @param asOf the instant consent is judged at; must not be {@literal null}
   * @param suppressionThreshold counts below it are suppressed; within 2..1000
   * @param consentRules expiry and current notice for consent; must not be {@literal null}
   * @param roleGroupMinimum how many attendees must share a role and place before any of them is
   *     quoted by it; within 2..1000
   * @throws NullPointerException if {@code asOf} or {@code consentRules} is {@literal null}
   * @throws InvalidValueException if a number is out of range, naming the field
   */
  public DisclosurePolicy {
    Objects.requireNonNull(asOf, "asOf");
    Checks.within(suppressionThreshold, 2, 1000, "suppressionThreshold");
    Objects.requireNonNull(consentRules, "consentRules");
    Checks.within(roleGroupMinimum, 2, 1000, "roleGroupMinimum");
  }

  /**
   * The default policy judged at {@code asOf}: threshold 5, "Role, Place" shared by at least 2,
   * grants never expire. Publishing now, pass {@code Instant.now()}; withdrawals made after {@code
   * asOf} are honoured either way.
   *
   * @param asOf the instant consent is judged at; must not be {@literal null}
   * @return the policy, never {@literal null}
   */
  public static DisclosurePolicy asOf(Instant asOf) {
    return new DisclosurePolicy(
        asOf, DEFAULT_SUPPRESSION_THRESHOLD, ConsentRules.none(), DEFAULT_ROLE_GROUP_MINIMUM);
  }

  /**
   * The same policy with another suppression threshold: counts below it read "fewer than" it.
   *
   * @param threshold the threshold; within 2..1000
   * @return a new policy, never {@literal null}
   * @throws InvalidValueException naming {@code suppressionThreshold} when it is out of range
   */
  public DisclosurePolicy withSuppressionThreshold(int threshold) {
    return new DisclosurePolicy(asOf, threshold, consentRules, roleGroupMinimum);
  }

  /**
   * The same policy judging consent under other rules (expiry, current notice).
   *
   * @param rules the rules; must not be {@literal null}
   * @return a new policy, never {@literal null}
   */
  public DisclosurePolicy withConsentRules(ConsentRules rules) {
    return new DisclosurePolicy(asOf, suppressionThreshold, rules, roleGroupMinimum);
  }

  /**
   * The same policy requiring {@code minimum} attendees to share a role and place before quoting by
   * it.
   *
   * @param minimum how many attendees must share a role and place; within 2..1000
   * @return a new policy, never {@literal null}
   * @throws InvalidValueException naming {@code roleGroupMinimum} when it is out of range
   */
  public DisclosurePolicy withRoleGroupMinimum(int minimum) {
    return new DisclosurePolicy(asOf, suppressionThreshold, consentRules, minimum);
  }

  /**
   * The publishable view of one session.
   *
   * @param community the community; must not be {@literal null}
   * @param session the id of one of its sessions; must not be {@literal null}
   * @return the publishable view, never {@literal null}
   * @throws InvalidValueException naming {@code session} when the community holds no such session
   */
  public PublishableSession session(Community community, SessionId session) {
    Session s =
        community
            .session(session)
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        "session", "must be a session of the community", session));
    LOG.debug("publishing session {} as of {}", session, asOf);
    return new Publisher(this, community).session(s);
  }

  /**
   * The publishable view of one series.
   *
   * @param community the community; must not be {@literal null}
   * @param series the id of one of its series; must not be {@literal null}
   * @return the publishable view, never {@literal null}
   * @throws InvalidValueException naming {@code series} when the community has no such series
   */
  public PublishableSeries series(Community community, SeriesId series) {
    return new Publisher(this, community)
        .series(
            community
                .series(series)
                .orElseThrow(
                    () ->
                        InvalidValueException.of(
                            "series", "must be a series of the community", series)));
  }

  /**
   * The publishable view of the whole community.
   *
   * @param community the community; must not be {@literal null}
   * @return the publishable view, never {@literal null}
   */
  public PublishableCommunity community(Community community) {
    return new Publisher(this, community).community();
  }

  /**
   * How {@code person} may be attributed in a report of {@code session}.
   *
   * @param community the community; must not be {@literal null}
   * @param session the session; must not be {@literal null}
   * @param person one of its attendees; must not be {@literal null}
   * @return the attribution, never {@literal null}
   * @throws InvalidValueException naming {@code person} when they did not attend the session
   */
  public Attribution attribution(Community community, Session session, PersonId person) {
    if (!session.attendees().contains(person)) {
      throw InvalidValueException.of(
          "person", "must be an attendee of session " + session.id(), person);
    }
    return new Publisher(this, community).attribution(session, person);
  }

  /**
   * The community email list as consent stands at {@link #asOf()}: derived, never stored.
   *
   * @param community the community; must not be {@literal null}
   * @return the list, never {@literal null}
   */
  public MailingList mailingList(Community community) {
    return MailingList.of(community, this);
  }

  /**
   * The contact details members may see of one another, as consent stands at {@link #asOf()}: only
   * people with {@code CONTACT_SHARED_WITH_MEMBERS} consent who are not restricted. Derived, never
   * stored.
   *
   * @param community the community; must not be {@literal null}
   * @return the contacts, never {@literal null}
   */
  public MemberContacts memberContacts(Community community) {
    return MemberContacts.of(community, this);
  }

  /**
   * Whether {@code person}'s consent to {@code purpose} counts: in force at {@link #asOf()} under
   * this policy's rules and the community's own, and not withdrawn since.
   */
  boolean consented(Community community, PersonId person, ConsentPurpose purpose) {
    return community.consent().publishable(person, purpose, asOf, consentRules)
        && community.consent().publishable(person, purpose, asOf, community.consentRules());
  }

  /**
   * The decision makers of a series the findings may go to as consent stands at {@link #asOf()}:
   * those of {@link org.communityofpractice.core.topic.Series#decisionMakers()} held with an email
   * address, not restricted and with {@code DECISION_MAKER_COMMUNICATIONS} in force, in the series'
   * order. Derived, never stored. People only: an {@link
   * org.communityofpractice.core.topic.Organisation} at its generic address needs no consent and is
   * not on it (a circulation adds it).
   *
   * @param community the community; must not be {@literal null}
   * @param series the id of one of its series; must not be {@literal null}
   * @return the list, in the series' order; never {@literal null}
   * @throws InvalidValueException naming {@code series} when the community has no such series
   */
  public MailingList decisionMakers(Community community, SeriesId series) {
    Objects.requireNonNull(community, "community");
    var held =
        community
            .series(Objects.requireNonNull(series, "series"))
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        "series", "must be a series of the community", series));
    return MailingList.of(
        community,
        this,
        ConsentPurpose.DECISION_MAKER_COMMUNICATIONS,
        held.decisionMakers().stream()
            .filter(DecisionMaker.InRegister.class::isInstance)
            .map(d -> ((DecisionMaker.InRegister) d).person())
            .toList());
  }
}
