package org.communityofpractice.core.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.topic.TopicId;
import org.immutables.value.Value;

/**
 * A whole community as it may be published: its profile, its series and every session it held.
 *
 * <pre>{@code
 * PublishableCommunity c = DisclosurePolicy.asOf(Instant.now()).community(community);
 * c.profile().principles();
 * c.series();       // each with its sessions
 * c.sessions();     // every session, in date order
 * c.progress();     // every action with the small steps that followed it
 * c.coreGroup();    // only those who agreed to be named in reports
 * }</pre>
 */
@Value.Immutable
public abstract class PublishableCommunity {
  PublishableCommunity() {}

  static ImmutablePublishableCommunity.Builder builder() {
    return ImmutablePublishableCommunity.builder();
  }

  /**
   * {@return the community: name, place, focus, principles, life cycle, resources, legacy; never
   * {@literal null}}
   */
  public abstract CommunityProfile profile();

  /** {@return its series, in the order the community lists them; never {@literal null}} */
  public abstract List<PublishableSeries> series();

  /** {@return every session, in date order (those of series included); never {@literal null}} */
  public abstract List<PublishableSession> sessions();

  /**
   * {@return who was represented across all sessions, the headcount counting different people;
   * never {@literal null}}
   */
  public abstract Representation representation();

  /**
   * Every action whose text may be published, with the small steps that followed it, in session
   * order.
   *
   * @return the actions with their progress, never {@literal null}
   */
  public abstract List<ActionProgress> progress();

  /**
   * The core group as it may be published: by name, and only those who agreed to be named in
   * reports and whose processing is not restricted. The others are left out, not counted: a core
   * group is small enough that a count would point at them.
   *
   * @return the named members of the core group, never {@literal null}; may be empty
   */
  public abstract List<Attribution> coreGroup();

  /**
   * {@return each topic's title by its id (topics are the community's own words, not personal
   * data); never {@literal null}}
   */
  public abstract Map<TopicId, String> topicTitles();

  /** {@return the instant consent was judged at, never {@literal null}} */
  public abstract Instant asOf();

  /** {@return the suppression threshold used: counts below it read "fewer than" it} */
  public abstract int suppressionThreshold();

  @Override
  public String toString() {
    return "PublishableCommunity{series="
        + series().size()
        + ", sessions="
        + sessions().size()
        + "}";
  }
}
