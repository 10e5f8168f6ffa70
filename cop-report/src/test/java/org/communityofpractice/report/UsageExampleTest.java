package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.ReportRenderers;
import org.junit.jupiter.api.Test;

/** The examples in {@link ReportComposer}'s and the package's Javadoc, run as they are written. */
class UsageExampleTest {

  @Test
  void theComposersExampleRuns() {
    Community community = CommunityFixtures.sotcop();
    ReportComposer composer =
        ReportComposer.builder()
            .policy(DisclosurePolicy.asOf(Instant.parse("2016-03-10T09:00:00Z")))
            .language("en-GB")
            .build();
    SessionReport summary = composer.session(community, SessionId.of("s-2016-03-prison-release"));
    SeriesReport series = composer.series(community, SeriesId.of("prison-release-2016"));
    String email = ReportRenderers.load().get("text").render(summary);

    assertThat(email).startsWith("Session report: Leaving prison: the first day\n");
    assertThat(series.sessions()).hasSize(3);
  }
}
