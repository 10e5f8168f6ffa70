package org.communityofpractice.report.model;

import java.util.List;

/**
 * A publishable report: a {@link SessionReport}, a {@link SeriesReport} or the community's {@link
 * ImpactReport}. What they have in common is the community's heading, who was represented, its
 * principles and resources, and the language the report is written in.
 */
public sealed interface Report permits SessionReport, SeriesReport, ImpactReport {

  /**
   * The language the report is written in.
   *
   * @return the BCP 47 tag, such as {@code "en-GB"}; never {@literal null}
   */
  String language();

  /**
   * The community the report is about.
   *
   * @return its name, such as "@SoTCoP"; never {@literal null}
   */
  String community();

  /**
   * Where the community meets.
   *
   * @return the place, such as "Stoke-on-Trent"; never {@literal null}
   */
  String place();

  /**
   * Who was represented: the breadth every format shows, with small groups left out.
   *
   * @return the representation; never {@literal null}
   */
  RepresentationSummary representation();

  /**
   * The chair's introduction or foreword.
   *
   * @return the introduction, or empty when none was written; never {@literal null}
   */
  java.util.Optional<String> introduction();

  /**
   * The community's principles.
   *
   * @return the principles, such as "No Name, No Blame, No Shame", in the community's order; may be
   *     empty; never {@literal null}
   */
  List<String> principles();

  /**
   * The community's resource list.
   *
   * @return the resources, in the community's order; may be empty; never {@literal null}
   */
  List<ResourceLink> resources();

  /**
   * The invitation to the next session this report carries: a session's, or a series' last.
   *
   * @return the invitation, or empty for a report that invites to nothing, such as the impact
   *     report; never {@literal null}
   */
  default java.util.Optional<Invitation> nextSession() {
    return java.util.Optional.empty();
  }
}
