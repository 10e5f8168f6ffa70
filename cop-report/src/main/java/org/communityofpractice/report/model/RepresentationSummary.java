package org.communityofpractice.report.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.report.model.internal.Require;

/**
 * Who was represented, as a report says it: the breadth of perspectives and sectors in the room,
 * never names. Small counts are suppressed by the disclosure policy before they get here.
 *
 * <p>The composer makes it from the privacy view's {@link
 * org.communityofpractice.core.privacy.Representation}, copying each of the view's counts as it is,
 * but it is the report's own: its groups are the keys of the report's labels ({@code
 * perspective.<key>} and {@code sector.<key>}) rather than categories, so a report written outside
 * the composer can hold any group, and it says which groups every format lists and when a report
 * must say that some are not listed.
 *
 * <pre>{@code
 * RepresentationSummary r = report.representation();
 * r.attendees().value();           // how many took part, shown as it is
 * for (GroupCount g : r.listedPerspectives()) {
 *   String line = g.key() + ": " + g.count(); // e.g. "FRONTLINE_PRACTITIONER: 6"
 * }
 * r.someGroupsNotListed();          // true when a group of fewer than 5 is left out
 * }</pre>
 *
 * @param attendees how many took part
 * @param perspectives how many brought each perspective, in the guide's order; a person may bring
 *     several
 * @param sectors how many came from each sector
 * @param organisations how many organisations were represented
 * @param livedExperiencePresent whether anyone brought lived experience (never who, nor which)
 */
public record RepresentationSummary(
    Count attendees,
    List<GroupCount> perspectives,
    List<GroupCount> sectors,
    Count organisations,
    boolean livedExperiencePresent) {
  /**
   * Checks every component and copies the lists, so the value cannot change afterwards.
   *
   * @param attendees how many took part; never {@literal null}
   * @param perspectives how many brought each perspective, in the guide's order; a person may bring
   *     several; never {@literal null}, nor holding {@literal null}
   * @param sectors how many came from each sector; never {@literal null}, nor holding {@literal
   *     null}
   * @param organisations how many organisations were represented; never {@literal null}
   * @param livedExperiencePresent whether anyone brought lived experience (never who, nor which)
   * @throws NullPointerException if a component is {@literal null}, naming it
   */
  public RepresentationSummary {
    Objects.requireNonNull(attendees, "attendees");
    perspectives = Require.list(perspectives, "perspectives");
    sectors = Require.list(sectors, "sectors");
    Objects.requireNonNull(organisations, "organisations");
  }

  /**
   * The perspectives every format lists: those with a count that may be shown and is above zero, in
   * the guide's order. A suppressed group is not listed as "fewer than 5": a list of every
   * perspective at "fewer than 5" reads as if every one was in the room.
   *
   * @return the listed perspectives; may be empty; never {@literal null}
   */
  public List<GroupCount> listedPerspectives() {
    return listed(perspectives);
  }

  /**
   * The sectors every format lists, as {@link #listedPerspectives()} decides for perspectives.
   *
   * @return the listed sectors, in the guide's order; may be empty; never {@literal null}
   */
  public List<GroupCount> listedSectors() {
    return listed(sectors);
  }

  /**
   * Whether some perspective or sector is left out of the lists because its count is suppressed or
   * withheld; a report then says so once, with {@link #notListedBelow()}.
   *
   * @return {@code true} when at least one group's count is suppressed or withheld
   */
  public boolean someGroupsNotListed() {
    return Stream.concat(perspectives.stream(), sectors.stream())
        .anyMatch(g -> !g.count().isShown());
  }

  /**
   * The threshold below which groups are not listed — the largest "fewer than" among the groups —
   * or empty when no group is suppressed below one (none is left out, or only withheld ones are).
   *
   * @return the threshold, or empty; never {@literal null}
   */
  public OptionalInt notListedBelow() {
    return Stream.concat(perspectives.stream(), sectors.stream())
        .map(GroupCount::count)
        .filter(c -> c.suppression() == Count.Suppression.FEWER_THAN_THRESHOLD)
        .mapToInt(Count::threshold)
        .max();
  }

  private static List<GroupCount> listed(List<GroupCount> groups) {
    return groups.stream().filter(g -> g.count().value().orElse(0) > 0).toList();
  }
}
