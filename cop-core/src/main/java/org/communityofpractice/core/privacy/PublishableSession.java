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

  /** The session's id (ids carry no personal data). */
  public abstract SessionId id();

  /** The community: name, place, principles, resources. */
  public abstract CommunityProfile community();

  /** The series it belongs to, if any. */
  public abstract Optional<SeriesId> series();

  /** The title of its series, if it belongs to one. */
  public abstract Optional<String> seriesTitle();

  /** The title of the topic it explored. */
  public abstract String topicTitle();

  /** Its own title, if it has one. */
  public abstract Optional<String> title();

  public abstract ZonedDateTime startsAt();

  public abstract Venue venue();

  /** The facilichair, as far as they may be identified. */
  public abstract Attribution facilitator();

  /** The chair's introduction for the report, if written (and the chair is not restricted). */
  public abstract Optional<String> chairsIntroduction();

  /** Who was represented: headcount, perspectives, sectors, organisations, lived experience. */
  public abstract Representation representation();

  /** The best hopes, in brief. */
  public abstract List<PublishableText> bestHopes();

  /** The short presentation or case study, if there was one. */
  public abstract Optional<PublishablePresentation> presentation();

  /** Everything said that may be published, in the order recorded. */
  public abstract List<PublishableContribution> contributions();

  /** The contributions of one kind, such as {@link ContributionKind#GOOD_PRACTICE}. */
  public List<PublishableContribution> contributions(ContributionKind kind) {
    return contributions().stream().filter(c -> c.kind() == kind).toList();
  }

  /** The scaling rounds, in the order asked. */
  public abstract List<PublishableScaling> scaling();

  /** The actions agreed. */
  public abstract List<PublishableAction> actions();

  /** The small steps noticed since the community last met. */
  public abstract List<PublishableSmallStep> smallSteps();

  public abstract List<String> conclusions();

  public abstract List<String> recommendations();

  /** Questions extracted from the conversation, for others to answer. */
  public abstract List<String> questions();

  /**
   * Photographs of flip charts, whiteboards and post-its with their captions and alt text: only
   * those where everyone {@linkplain Artefact#pictured() pictured} has {@code PHOTOGRAPHED} consent
   * (judged as the rest of the view) and is not restricted.
   */
  public abstract List<Artefact> artefacts();

  /** The invitation to the next session, if one was agreed. */
  public abstract Optional<PublishableNextSession> nextSession();

  /** The instant consent was judged at. */
  public abstract Instant asOf();

  /** The suppression threshold used: counts below it read "fewer than" it. */
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
