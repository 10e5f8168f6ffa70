package org.communityofpractice.core.privacy;

import java.util.Objects;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;

/**
 * Who was represented — the breadth of the room that matters more than the details of the
 * conversation — as counts, never names. People whose processing is restricted count in the
 * headcount and as "not recorded" among sectors, and nowhere else.
 *
 * <pre>{@code
 * Representation r = policy.session(community, session.id()).representation();
 * r.headcount();                                  // 12
 * r.perspectives().count(Perspective.MANAGER);    // Optional[fewer than 5]
 * r.livedExperiencePresent();                     // true: a case study from lived experience
 * }</pre>
 *
 * @param headcount how many were in the room (for a series or community: how many different people)
 * @param perspectives how many brought each perspective; a person may bring several, so no total.
 *     The expert-by-experience perspective is never counted here (see {@link DisclosurePolicy})
 * @param sectors how many came from each sector, with those not recorded; adds up to the headcount
 * @param organisations how many different organisations were represented
 * @param livedExperiencePresent whether lived experience may be said to have been represented: a
 *     presentation was told from that perspective, or someone chose to be credited for it. False
 *     says only that neither happened, never that no one in the room brings lived experience
 */
public record Representation(
    int headcount,
    Breakdown<Perspective> perspectives,
    Breakdown<Sector> sectors,
    int organisations,
    boolean livedExperiencePresent) {
  /**
   * Checks the record.
   *
   * @param headcount how many were in the room (for a series or community: how many different
   *     people)
   * @param perspectives how many brought each perspective, the expert-by-experience perspective
   *     never among them; must not be {@literal null}
   * @param sectors how many came from each sector, with those not recorded; must not be {@literal
   *     null}
   * @param organisations how many different organisations were represented
   * @param livedExperiencePresent whether lived experience may be said to have been represented
   * @throws NullPointerException if {@code perspectives} or {@code sectors} is {@literal null}
   */
  public Representation {
    Objects.requireNonNull(perspectives, "perspectives");
    Objects.requireNonNull(sectors, "sectors");
  }
}
