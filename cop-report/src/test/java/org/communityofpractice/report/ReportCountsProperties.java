package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.privacy.Breakdown;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.privacy.PublishableSession;
import org.communityofpractice.core.privacy.Representation;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.RepresentationSummary;

/**
 * A report counts nothing itself: for generated communities, under any threshold, every count a
 * session's, series' or impact report shows is the very count the disclosure policy published in
 * its view — the same value, with the same suppression and threshold, for the same group, in the
 * same order.
 */
class ReportCountsProperties {
  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  @Property(tries = 60)
  void theReportsCountsAreThePrivacyViewsCounts(
      @ForAll("communities") Community community, @ForAll("thresholds") int threshold) {
    DisclosurePolicy policy = DisclosurePolicy.asOf(AS_OF).withSuppressionThreshold(threshold);
    ReportComposer composer = ReportComposer.of(policy);
    for (Session s : community.sessions()) {
      assertSameCounts(
          composer.session(community, s.id()).representation(),
          policy.session(community, s.id()).representation(),
          threshold);
    }
    for (Series s : community.series()) {
      assertSameCounts(
          composer.series(community, s.id()).representation(),
          policy.series(community, s.id()).representation(),
          threshold);
    }
    ImpactReport impact = composer.impact(community);
    assertSameCounts(
        impact.representation(), policy.community(community).representation(), threshold);
    List<PublishableSession> sessions = policy.community(community).sessions();
    assertThat(impact.representationOverTime()).hasSameSizeAs(sessions);
    for (int i = 0; i < sessions.size(); i++) {
      assertSameCounts(
          impact.representationOverTime().get(i).representation(),
          sessions.get(i).representation(),
          threshold);
    }
  }

  private static void assertSameCounts(
      RepresentationSummary report, Representation view, int threshold) {
    assertThat(report.attendees()).isEqualTo(Count.shown(view.headcount(), threshold));
    assertThat(report.organisations()).isEqualTo(Count.shown(view.organisations(), threshold));
    assertSameGroups(report.perspectives(), view.perspectives());
    assertSameGroups(report.sectors(), view.sectors());
    assertThat(report.livedExperiencePresent()).isEqualTo(view.livedExperiencePresent());
  }

  private static <K extends Enum<K>> void assertSameGroups(
      List<GroupCount> report, Breakdown<K> view) {
    assertThat(report).hasSameSizeAs(view.cells());
    for (int i = 0; i < report.size(); i++) {
      Breakdown.Cell<K> cell = view.cells().get(i);
      assertThat(report.get(i).key())
          .isEqualTo(cell.key().map(Enum::name).orElse(GroupCount.NOT_RECORDED));
      assertThat(report.get(i).count()).isEqualTo(cell.count());
    }
  }

  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.communitiesWithConsent();
  }

  @Provide
  Arbitrary<Integer> thresholds() {
    return Arbitraries.integers().between(2, 12);
  }
}
