package org.communityofpractice.core.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.scaling.ScalingMovement;
import org.communityofpractice.core.topic.SeriesId;
import org.immutables.value.Value;

/**
 * A series as it may be published: what the series report is made from — its sessions' views, who
 * was represented across them, how each scaling question moved, and the progress of its actions.
 *
 * <pre>{@code
 * PublishableSeries s = policy.series(community, SeriesId.of("prison-release-2016"));
 * s.sessions();                    // in date order
 * s.scalingMovement().get(0).medianChange(); // e.g. Optional[2.0]
 * s.progress();                    // actions and the small steps that followed them
 * }</pre>
 */
@Value.Immutable
public abstract class PublishableSeries {
  PublishableSeries() {}

  static ImmutablePublishableSeries.Builder builder() {
    return ImmutablePublishableSeries.builder();
  }

  /** {@return the series' id (ids carry no personal data), never {@literal null}} */
  public abstract SeriesId id();

  /** {@return the community: name, place, principles, resources; never {@literal null}} */
  public abstract CommunityProfile community();

  /** {@return the series' title, never {@literal null}} */
  public abstract String title();

  /** {@return the chair's introduction for the series report, or empty when not written} */
  public abstract Optional<String> introduction();

  /** {@return the title of the topic the series explores, never {@literal null}} */
  public abstract String topicTitle();

  /** {@return whether the series has ended} */
  public abstract boolean concluded();

  /** {@return its sessions in date order, never {@literal null}} */
  public abstract List<PublishableSession> sessions();

  /**
   * {@return who was represented across the series, the headcount counting different people; never
   * {@literal null}}
   */
  public abstract Representation representation();

  /** {@return the sum of the sessions' headcounts} */
  public abstract int attendances();

  /**
   * How each scaling question moved across the series, from the published (anonymous) statistics,
   * in the order questions were first asked; points are labelled with session ids.
   *
   * @return the movements, never {@literal null}, empty when no question was rated
   */
  public abstract List<ScalingMovement> scalingMovement();

  /**
   * {@return every action agreed in the series with the small steps that followed it; never
   * {@literal null}}
   */
  public abstract List<ActionProgress> progress();

  /** {@return the instant consent was judged at, never {@literal null}} */
  public abstract Instant asOf();

  /** {@return the suppression threshold used: counts below it read "fewer than" it} */
  public abstract int suppressionThreshold();

  @Override
  public String toString() {
    return "PublishableSeries{id=" + id() + ", sessions=" + sessions().size() + "}";
  }
}
