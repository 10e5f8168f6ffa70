package org.communityofpractice.core.privacy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.SeriesId;
import org.immutables.value.Value;

/**
 * One session as it may be published: what the session summary report is made from. Only a {@link
 * DisclosurePolicy} makes one, so everything in it has passed the policy: people appear only
 * through {@link Attribution}s, counts of people only as {@link Representation}, and free text from
 * restricted people not at all. {@link #toString()} shows the id and counts, never text.
 *
 * <pre>{@code
 * PublishableSession s = DisclosurePolicy.asOf(Instant.now()).session(community, SessionId.of("prison-release-1"));
 * s.community().name();                  // "@SoTCoP"
 * s.representation().headcount();        // 12
 * s.contributions(ContributionKind.GOOD_PRACTICE);
 * s.scaling().get(0).statistics();       // anonymous statistics
 * s.nextSession();                       // the invitation
 * }</pre>
 */
@Value.Immutable
public abstract class PublishableSession {
  PublishableSession() {}

  static ImmutablePublishableSession.Builder builder() {
    return ImmutablePublishableSession.builder();
  }

  /** {@return the session's id (ids carry no personal data), never {@literal null}} */
  public abstract SessionId id();

  /** {@return the community: name, place, principles, resources; never {@literal null}} */
  public abstract CommunityProfile community();

  /** {@return the series it belongs to, or empty when it stands alone} */
  public abstract Optional<SeriesId> series();

  /** {@return the title of its series, or empty when it belongs to none} */
  public abstract Optional<String> seriesTitle();

  /** {@return the title of the topic it explored, never {@literal null}} */
  public abstract String topicTitle();

  /** {@return its own title, or empty when it has none} */
  public abstract Optional<String> title();

  /** {@return when it started, with its zone; never {@literal null}} */
  public abstract ZonedDateTime startsAt();

  /** {@return where it was held, never {@literal null}} */
  public abstract Venue venue();

  /** {@return the facilichair, as far as they may be identified; never {@literal null}} */
  public abstract Attribution facilitator();

  /**
   * {@return the chair's introduction for the report, or empty when not written or the chair is
   * restricted}
   */
  public abstract Optional<String> chairsIntroduction();

  /**
   * {@return who was represented: headcount, perspectives, sectors, organisations, lived
   * experience; never {@literal null}}
   */
  public abstract Representation representation();

  /** {@return the best hopes, in brief; never {@literal null}} */
  public abstract List<PublishableText> bestHopes();

  /** {@return the short presentation or case study, or empty when there was none} */
  public abstract Optional<PublishablePresentation> presentation();

  /**
   * {@return everything said that may be published, in the order recorded; never {@literal null}}
   */
  public abstract List<PublishableContribution> contributions();

  /**
   * The contributions of one kind, such as {@link ContributionKind#GOOD_PRACTICE}.
   *
   * @param kind the kind; must not be {@literal null}
   * @return those contributions, in the order recorded; never {@literal null}, may be empty
   */
  public List<PublishableContribution> contributions(ContributionKind kind) {
    return contributions().stream().filter(c -> c.kind() == kind).toList();
  }

  /** {@return the scaling rounds, in the order asked; never {@literal null}} */
  public abstract List<PublishableScaling> scaling();

  /** {@return the actions agreed, never {@literal null}} */
  public abstract List<PublishableAction> actions();

  /** {@return the small steps noticed since the community last met; never {@literal null}} */
  public abstract List<PublishableSmallStep> smallSteps();

  /** {@return the conclusions recorded, in order; never {@literal null}} */
  public abstract List<String> conclusions();

  /** {@return the recommendations recorded, in order; never {@literal null}} */
  public abstract List<String> recommendations();

  /**
   * {@return questions extracted from the conversation, for others to answer; never {@literal
   * null}}
   */
  public abstract List<String> questions();

  /**
   * Photographs of flip charts, whiteboards and post-its with their captions and alt text: only
   * those where everyone {@linkplain Artefact#pictured() pictured} has {@code PHOTOGRAPHED} consent
   * (judged as the rest of the view) and is not restricted.
   *
   * @return the artefacts, never {@literal null}
   */
  public abstract List<Artefact> artefacts();

  /** {@return the invitation to the next session, or empty when none was agreed} */
  public abstract Optional<PublishableNextSession> nextSession();

  /** {@return the instant consent was judged at, never {@literal null}} */
  public abstract Instant asOf();

  /** {@return the suppression threshold used: counts below it read "fewer than" it} */
  public abstract int suppressionThreshold();

  @Override
  public String toString() {
    return "PublishableSession{id="
        + id()
        + ", headcount="
        + representation().headcount()
        + ", contributions="
        + contributions().size()
        + ", scaling="
        + scaling().size()
        + ", actions="
        + actions().size()
        + "}";
  }
}
