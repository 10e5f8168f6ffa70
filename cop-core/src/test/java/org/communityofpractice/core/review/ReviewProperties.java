package org.communityofpractice.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.Person;
import org.junit.jupiter.api.Test;

class ReviewProperties {
  static final Instant AS_OF = Instant.parse("2100-01-01T00:00:00Z");

  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.communities();
  }

  /** Names, roles, organisations, places and contact details: none may appear in a finding. */
  static void carriesNoPersonalData(Community c, List<Finding> findings) {
    for (Finding f : findings) {
      String all = f.noticed() + " " + f.tryNext() + " " + f.evidence() + " " + f;
      for (Person p : c.register().people()) {
        assertThat(all).doesNotContain(p.name());
        p.role().filter(r -> r.length() > 3).ifPresent(r -> assertThat(all).doesNotContain(r));
        p.organisation()
            .filter(o -> o.length() > 3)
            .ifPresent(o -> assertThat(all).doesNotContain(o));
      }
    }
  }

  @Property(tries = 200)
  void everyCommunityCanBeReviewedAndNoFindingCarriesPersonalData(
      @ForAll("communities") Community c) {
    List<Finding> findings = Review.guide().build().review(c, AS_OF);
    carriesNoPersonalData(c, findings);
    for (Finding f : findings) {
      assertThat(f.community()).isEqualTo(c.id());
      f.session().ifPresent(s -> assertThat(c.session(s)).isPresent());
    }
  }

  @Property(tries = 100)
  void aCheckSwitchedOffNeverSpeaks(@ForAll("communities") Community c, @ForAll GuideCheck off) {
    assertThat(Review.guide().without(off).build().review(c, AS_OF))
        .extracting(Finding::code)
        .doesNotContain(off.code());
  }

  @Test
  void theFixtureCommunityIsReviewedWithoutPersonalData() {
    Community sotcop = CommunityFixtures.sotcop();
    List<Finding> findings = Review.guide().build().review(sotcop, AS_OF);
    carriesNoPersonalData(sotcop, findings);
  }
}
