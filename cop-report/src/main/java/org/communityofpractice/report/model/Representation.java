package org.communityofpractice.report.model;

import java.util.List;
import java.util.Objects;
import org.communityofpractice.report.model.internal.Require;

/**
 * Who was represented: the breadth of perspectives and sectors in the room, never names. Small
 * counts are suppressed by the disclosure policy before they get here.
 *
 * @param attendees how many took part
 * @param perspectives how many brought each perspective, in the guide's order; a person may bring
 *     several
 * @param sectors how many came from each sector
 * @param organisations how many organisations were represented
 * @param livedExperiencePresent whether anyone brought lived experience (never who, nor which)
 */
public record Representation(
    Count attendees,
    List<GroupCount> perspectives,
    List<GroupCount> sectors,
    Count organisations,
    boolean livedExperiencePresent) {
  public Representation {
    Objects.requireNonNull(attendees, "attendees");
    perspectives = Require.list(perspectives, "perspectives");
    sectors = Require.list(sectors, "sectors");
    Objects.requireNonNull(organisations, "organisations");
  }
}
