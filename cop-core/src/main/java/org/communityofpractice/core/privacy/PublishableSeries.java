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

  public abstract SeriesId id();

  public abstract CommunityProfile community();

  public abstract String title();

  /** The chair's introduction for the series report, if written. */
  public abstract Optional<String> introduction();

  public abstract String topicTitle();

  /** Whether the series has ended. */
  public abstract boolean concluded();

  /** Its sessions in date order. */
  public abstract List<PublishableSession> sessions();

  /** Who was represented across the series: the headcount counts different people. */
  public abstract Representation representation();

  /** The sum of the sessions' headcounts. */
  public abstract int attendances();

  /**
   * How each scaling question moved across the series, from the published (anonymous) statistics,
   * in the order questions were first asked; points are labelled with session ids.
   */
  public abstract List<ScalingMovement> scalingMovement();

  /** Every action agreed in the series with the small steps that followed it. */
  public abstract List<ActionProgress> progress();

  public abstract Instant asOf();

  public abstract int suppressionThreshold();

  @Override
  public String toString() {
    return "PublishableSeries{id=" + id() + ", sessions=" + sessions().size() + "}";
  }
}
