package org.communityofpractice.report;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.report.DiffersInOnePersonProperties.Picked;

/**
 * The laws of {@link DiffersInOnePersonProperties} over 10^4 generated pairs each, comparing the
 * composed reports (which every renderer turns into its format and nothing else) and the default
 * analysis tables. Too slow for {@code verify}, which runs the rendering version on fewer pairs;
 * run it with
 *
 * <pre>
 * {@code ./mvnw -B -q -pl cop-report -am test -Dtest=DiffersInOnePersonSoak -Dsurefire.failIfNoSpecifiedTests=false}
 * </pre>
 */
class DiffersInOnePersonSoak {
  private static final int PAIRS = 10_000;

  @Property(tries = PAIRS)
  void livedExperienceOfOnePersonChangesNothingPublished(@ForAll("pickedAttendees") Picked picked) {
    DiffersInOnePersonProperties.assertSamePublished(
        picked,
        DiffersInOnePersonProperties.livedExperience(picked.person(), true),
        DiffersInOnePersonProperties.livedExperience(picked.person(), false),
        false);
  }

  @Property(tries = PAIRS)
  void theRatingsOfARestrictedPersonChangeNothingPublished(
      @ForAll("pickedAttendees") Picked picked) {
    var restricted = DiffersInOnePersonProperties.restricted(picked.person());
    DiffersInOnePersonProperties.assertSamePublished(
        picked,
        c -> DiffersInOnePersonProperties.ratings(restricted.apply(c), picked.person(), true),
        c -> DiffersInOnePersonProperties.ratings(restricted.apply(c), picked.person(), false),
        false);
  }

  @Property(tries = PAIRS)
  void theNameOfSomeoneWhoWithdrewChangesNothingPublished(
      @ForAll("pickedAttendees") Picked picked) {
    DiffersInOnePersonProperties.assertSamePublished(
        picked,
        DiffersInOnePersonProperties.withdrawnName(
            picked.person(), picked.withdrawnAt(), "Quentin Zebedee-Xylophone"),
        DiffersInOnePersonProperties.withdrawnName(
            picked.person(), picked.withdrawnAt(), "Ursula Vantongeren-Wisp"),
        false);
  }

  @Provide
  Arbitrary<Picked> pickedAttendees() {
    return new DiffersInOnePersonProperties().pickedAttendees();
  }
}
