package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOUSING_MANAGER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_SERIES;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOCIAL_WORKER;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DecisionMakerFixtures;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.topic.FollowUp;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.topic.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subject access request through the store lists what was sent to the person, and nothing sent to
 * others.
 */
class AccessToWhatWasSentTest {
  private static final Instant SENT = Instant.parse("2016-06-10T09:00:00Z");
  private static final String FINDINGS = "series-findings-prison-release-2016";

  @TempDir Path dir;

  @Test
  void theAccessReportListsTheMessagesDeliveredToThePersonAndTheFollowUpsOwedThem() {
    Community community = DecisionMakerFixtures.community();
    Series series =
        Series.builder()
            .from(community.series(PRISON_RELEASE_SERIES).orElseThrow())
            .addFollowUps(
                FollowUp.of(
                    RecipientId.of(HOUSING_MANAGER),
                    FINDINGS,
                    LocalDate.of(2016, 6, 10),
                    LocalDate.of(2016, 7, 8)))
            .addFollowUps(
                FollowUp.of(
                    DecisionMakerFixtures.BOARD,
                    FINDINGS,
                    LocalDate.of(2016, 6, 10),
                    LocalDate.of(2016, 7, 8)))
            .build();
    community =
        Community.builder()
            .from(community)
            .series(
                community.series().stream()
                    .map(s -> s.id().equals(series.id()) ? series : s)
                    .toList())
            .build();
    FileArchiveStore store = FileArchiveStore.builder(dir).build();
    store.save(community, ArchiveVersion.NONE);
    try (SendLog log = SendLog.open(store, community.id())) {
      log.attempting("report-s-2016-04-prison-release", HOUSING_MANAGER, SENT);
      log.delivered("report-s-2016-04-prison-release", HOUSING_MANAGER, SENT.plusSeconds(1));
      log.attempting(FINDINGS, HOUSING_MANAGER, SENT.plusSeconds(2));
      log.delivered(FINDINGS, HOUSING_MANAGER, SENT.plusSeconds(3));
      log.attempting("report-s-2016-04-prison-release", SOCIAL_WORKER, SENT.plusSeconds(4));
      log.delivered("report-s-2016-04-prison-release", SOCIAL_WORKER, SENT.plusSeconds(5));
      log.attempting(FINDINGS, SOCIAL_WORKER, SENT.plusSeconds(6)); // never confirmed
      log.delivered(
          FINDINGS,
          DecisionMakerFixtures.BOARD,
          SENT.plusSeconds(7)); // an organisation: no one's data

      // read while the log is held, as it is while a circulation runs
      AccessReport report = store.access(community.id(), HOUSING_MANAGER).result();
      assertThat(report.sent())
          .containsExactly(
              new AccessReport.Sent("report-s-2016-04-prison-release", SENT.plusSeconds(1)),
              new AccessReport.Sent(FINDINGS, SENT.plusSeconds(3)));
      assertThat(report.followUps())
          .extracting(FollowUp::decisionMaker)
          .containsExactly(RecipientId.of(HOUSING_MANAGER));
      assertThat(report.rows())
          .filteredOn(r -> r.section().equals("sent"))
          .extracting(AccessReport.Row::value)
          .contains(FINDINGS);
      assertThat(report.rows())
          .filteredOn(r -> r.section().equals("sent") || r.section().equals("followUps"))
          .allSatisfy(r -> assertThat(r.explanation()).isNotBlank());

      AccessReport other = store.access(community.id(), SOCIAL_WORKER).result();
      assertThat(other.sent())
          .extracting(AccessReport.Sent::circulation)
          .containsExactly("report-s-2016-04-prison-release");
      assertThat(other.followUps()).isEmpty();
    }
  }
}
