package org.communityofpractice.report.model;

import java.util.List;

/**
 * A publishable report: a {@link SessionReport}, a {@link SeriesReport} or the community's {@link
 * ImpactReport}. What they have in common is the community's heading, who was represented, its
 * principles and resources, and the language the report is written in.
 */
public sealed interface Report permits SessionReport, SeriesReport, ImpactReport {

  /** The BCP 47 tag of the report's language, such as {@code "en-GB"}; never {@literal null}. */
  String language();

  /** The community's name, such as "@SoTCoP"; never {@literal null}. */
  String community();

  /** Where the community meets, such as "Stoke-on-Trent"; never {@literal null}. */
  String place();

  /**
   * Who was represented: the breadth every format shows, with small groups left out; never
   * {@literal null}.
   */
  Representation representation();

  /** The chair's introduction or foreword, if written. */
  java.util.Optional<String> introduction();

  /** The community's principles, such as "No Name, No Blame, No Shame"; never {@literal null}. */
  List<String> principles();

  /** The resource list; never {@literal null}. */
  List<ResourceLink> resources();

  /**
   * The invitation to the next session this report carries: a session's, or a series' last; empty
   * for a report that invites to nothing, such as the impact report. Never {@literal null}.
   */
  default java.util.Optional<Invitation> nextSession() {
    return java.util.Optional.empty();
  }
}
