package org.communityofpractice.core.privacy;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * A whole community as it may be published: its profile, its series and every session it held.
 *
 * <pre>{@code
 * PublishableCommunity c = DisclosurePolicy.asOf(Instant.now()).community(community);
 * c.profile().principles();
 * c.series();       // each with its sessions
 * c.sessions();     // every session, in date order
 * }</pre>
 */
@Value.Immutable
public abstract class PublishableCommunity {
  PublishableCommunity() {}

  static ImmutablePublishableCommunity.Builder builder() {
    return ImmutablePublishableCommunity.builder();
  }

  public abstract CommunityProfile profile();

  /** Its series, in the order the community lists them. */
  public abstract List<PublishableSeries> series();

  /** Every session, in date order (those of series included). */
  public abstract List<PublishableSession> sessions();

  /** Who was represented across all sessions: the headcount counts different people. */
  public abstract Representation representation();

  public abstract Instant asOf();

  public abstract int suppressionThreshold();

  @Override
  public String toString() {
    return "PublishableCommunity{series=" + series().size() + ", sessions=" + sessions().size() + "}";
  }
}
