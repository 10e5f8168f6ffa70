package org.communityofpractice.report.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.review.Finding;
import org.communityofpractice.core.review.GuideCheck;
import org.communityofpractice.core.review.Review;
import org.communityofpractice.core.store.SendLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A circulated report is recorded in the archive, so the review stops asking for it. */
class RecordingCirculationTest {
  private static final Instant LATER = Instant.parse("2016-06-01T09:00:00Z");

  @TempDir Path dir;

  @Test
  void aCirculatedSessionIsRecordedAndReportNotCirculatedGoesQuiet() {
    Community community = CommunityFixtures.sotcopWithConsent();
    assertThat(notCirculated(community)).contains(Optional.of(CommunityFixtures.PRISON_RELEASE_3));

    Circulation circulation = Circulation.builder().settings(CirculationFixtures.settings())
        .clock(Clock.fixed(LATER, ZoneOffset.UTC)).build();
    CirculationResult result;
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      result = circulation.send(circulation.plan(community, CommunityFixtures.PRISON_RELEASE_3),
          Delivery.outbox(dir.resolve("outbox")), log);
      assertThat(log.deliveredTo(CommunityFixtures.CHAIR)).extracting(SendLog.Entry::circulation)
          .containsExactly("report-" + CommunityFixtures.PRISON_RELEASE_3.value());
    }
    assertThat(result.isComplete()).isTrue();
    Community recorded = Circulation.recordCirculated(community, CommunityFixtures.PRISON_RELEASE_3,
        LocalDate.of(2016, 6, 1));

    assertThat(recorded.session(CommunityFixtures.PRISON_RELEASE_3).orElseThrow().reportCirculatedOn())
        .contains(LocalDate.of(2016, 6, 1));
    assertThat(notCirculated(recorded)).doesNotContain(Optional.of(CommunityFixtures.PRISON_RELEASE_3));
    assertThat(Circulation.recordCirculated(recorded, CommunityFixtures.PRISON_RELEASE_3, LocalDate.of(2016, 7, 1)))
        .isSameAs(recorded);
  }

  private static List<Optional<?>> notCirculated(Community community) {
    return Review.guide().build().review(community, LATER).stream()
        .filter(f -> f.code().equals(GuideCheck.REPORT_NOT_CIRCULATED.code()))
        .<Optional<?>>map(Finding::session)
        .toList();
  }
}
