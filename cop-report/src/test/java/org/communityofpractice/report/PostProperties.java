package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.post.PostRenderer;

/**
 * The {@code post} renderer's two laws, for generated communities, consent histories and lengths: a
 * post is never longer than its length, and never holds a personal string the disclosure policy
 * withheld (a name without consent to be named, "Role, Place" without consent to be quoted by it).
 */
class PostProperties {

  @Property(tries = 80)
  void aPostIsNeverLongerThanItsLengthNorNamesAnyoneWithoutConsent(
      @ForAll("communities") Community community,
      @ForAll("instants") Instant asOf,
      @ForAll @IntRange(min = PostRenderer.MINIMUM_LENGTH, max = 600) int length) {
    ReportComposer composer = ReportComposer.of(DisclosurePolicy.asOf(asOf));
    PostRenderer post = PostRenderer.builder().length(length).build();
    Set<String> withheld = ReportDisclosureProperties.withheld(community, asOf);
    for (Session session : community.sessions()) {
      check(post.render(composer.session(community, session.id())), length, withheld);
    }
    community
        .series()
        .forEach(s -> check(post.render(composer.series(community, s.id())), length, withheld));
    Report impact = composer.impact(community);
    check(post.render(impact), length, withheld);
  }

  private static void check(String post, int length, Set<String> withheld) {
    String shown = post.substring(0, post.length() - 1); // the line break that ends the file
    assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(length);
    String seen = ReportDisclosureProperties.normalise(post);
    for (String secret : withheld) {
      assertThat(seen).as("a withheld personal string").doesNotContain(secret);
    }
  }

  @Provide
  Arbitrary<Community> communities() {
    return new ReportDisclosureProperties().communitiesWithConsent();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return ReportDisclosureProperties.instants();
  }
}
