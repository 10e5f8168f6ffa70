package org.communityofpractice.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.fixtures.JsonSchemas;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.report.ReportComposer;

/**
 * Every report (session, series, impact) composed from a generated community and rendered as JSON
 * validates against the schema.
 */
class ReportSchemaProperties {
  private static final JsonRenderer RENDERER = new JsonRenderer();

  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.communitiesWithConsent();
  }

  @Property(tries = 50)
  void everySessionSeriesAndImpactReportOfAGeneratedCommunityValidates(
      @ForAll("communities") Community community) {
    ReportComposer composer =
        ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2030-01-01T00:00:00Z")));
    for (Session session : community.sessions()) {
      String json = RENDERER.render(composer.session(community, session.id()));
      assertThat(JsonSchemas.errors(ReportSchemaTest.SCHEMA, json)).as(json).isEmpty();
    }
    for (Series series : community.series()) {
      String json = RENDERER.render(composer.series(community, series.id()));
      assertThat(JsonSchemas.errors(ReportSchemaTest.SCHEMA, json)).as(json).isEmpty();
    }
    String impact = RENDERER.render(composer.impact(community));
    assertThat(JsonSchemas.errors(ReportSchemaTest.SCHEMA, impact)).as(impact).isEmpty();
  }
}
