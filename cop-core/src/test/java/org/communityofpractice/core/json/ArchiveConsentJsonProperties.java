package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DomainArbitraries;

class ArchiveConsentJsonProperties {
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();

  @Property(tries = 200)
  void everyCommunityWithConsentHistoriesAndRestrictionsRoundTrips(
      @ForAll("communities") Community c) throws ArchiveFormatException {
    assertThat(ARCHIVE.read(ARCHIVE.write(c))).isEqualTo(c);
  }

  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.communitiesWithConsent();
  }
}
