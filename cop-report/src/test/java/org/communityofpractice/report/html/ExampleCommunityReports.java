package org.communityofpractice.report.html;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.Report;

/** The reports of the example community, @SoTCoP, as the composer publishes them. */
public final class ExampleCommunityReports {
  private ExampleCommunityReports() {}

  /** Every session's summary report and the prison-release series report, as of mid-2016. */
  public static List<Report> all() {
    Community sotcop = CommunityFixtures.sotcop();
    ReportComposer composer =
        ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2016-07-01T09:00:00Z")));
    List<Report> reports = new ArrayList<>();
    for (Session session : sotcop.sessions()) {
      reports.add(composer.session(sotcop, session.id()));
    }
    reports.add(composer.series(sotcop, CommunityFixtures.PRISON_RELEASE_SERIES));
    return List.copyOf(reports);
  }

  /** The community's impact report, as of the autumn after its lone-working legacy was recorded. */
  public static Report impact() {
    return ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2016-10-01T09:00:00Z")))
        .impact(CommunityFixtures.sotcopWithConsent());
  }
}
