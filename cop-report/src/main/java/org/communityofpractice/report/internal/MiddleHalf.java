package org.communityofpractice.report.internal;

import org.communityofpractice.core.scaling.ScalingStatistics;

/**
 * The middle half of a round's ratings in whole points, as every format states it. Ratings are
 * whole points on the scale, but interpolated quartiles are not ("4.75 to 5.25"); widened to whole
 * points (down for the lower, up for the upper) they still hold the middle half of the ratings, and
 * read as points someone could have given.
 */
public final class MiddleHalf {
  /** Interpolated quartiles are exact in binary for the sizes of a room; this absorbs any drift. */
  private static final double SLACK = 1e-9;

  private MiddleHalf() {}

  /** The lowest whole point of the middle half. */
  public static int from(ScalingStatistics s) {
    return (int) Math.floor(s.lowerQuartile() + SLACK);
  }

  /** The highest whole point of the middle half. */
  public static int to(ScalingStatistics s) {
    return (int) Math.ceil(s.upperQuartile() - SLACK);
  }

  /** The label that says it: "from 4 to 6", or "all 5" when the middle half gave one point. */
  public static String labelKey(ScalingStatistics s) {
    return from(s) == to(s) ? "scaling.median.same" : "scaling.median";
  }
}
