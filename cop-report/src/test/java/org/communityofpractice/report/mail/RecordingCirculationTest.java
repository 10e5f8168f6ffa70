package org.communityofpractice.report.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.fixtures.DecisionMakerFixtures;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.review.Finding;
import org.communityofpractice.core.review.GuideCheck;
import org.communityofpractice.core.review.Review;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.core.topic.CirculationRecord;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A circulation is recorded in the archive once it is complete — when, which report, which list,
 * how many, never who — so the review stops asking for it, and a rerun after a crash records it
 * once.
 */
class RecordingCirculationTest {
  private static final Instant LATER = Instant.parse("2016-06-01T09:00:00Z");
  private static final LocalDate ON = LocalDate.of(2016, 6, 1);
  private static final String THIRD = "report-" + CommunityFixtures.PRISON_RELEASE_3.value();

  @TempDir Path dir;

  private final Circulation circulation =
      Circulation.builder()
          .settings(CirculationFixtures.settings())
          .clock(Clock.fixed(LATER, ZoneOffset.UTC))
          .build();

  @Test
  void aCirculatedSessionIsRecordedAsACountAndReportNotCirculatedGoesQuiet() throws Exception {
    Community community = CommunityFixtures.sotcopWithConsent();
    assertThat(notCirculated(community)).contains(Optional.of(CommunityFixtures.PRISON_RELEASE_3));
    Circulation.Plan plan = circulation.plan(community, CommunityFixtures.PRISON_RELEASE_3);
    CirculationResult result;
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      result = circulation.send(plan, Delivery.outbox(dir.resolve("outbox")), log);
      assertThat(log.deliveredTo(CommunityFixtures.CHAIR))
          .extracting(SendLog.Entry::circulation)
          .containsExactly(THIRD);
    }
    assertThat(result.isComplete()).isTrue();
    Community recorded = Circulation.record(community, plan, result, ON);

    assertThat(recorded.session(CommunityFixtures.PRISON_RELEASE_3).orElseThrow().circulations())
        .containsExactly(
            CirculationRecord.of(
                ON, THIRD, ConsentPurpose.COMMUNITY_COMMUNICATIONS, result.delivered().size()));
    assertThat(result.delivered()).hasSize(3);
    assertThat(notCirculated(recorded))
        .doesNotContain(Optional.of(CommunityFixtures.PRISON_RELEASE_3));
    // what the archive holds of it names no one
    ArchiveJson archive = ArchiveJson.create();
    StringBuilder json = new StringBuilder();
    for (var session :
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(archive.write(recorded))
            .get("sessions")) {
      json.append(session.path("circulations"));
    }
    assertThat(json.toString()).contains(THIRD).doesNotContain("p-").doesNotContain("@");
  }

  @Test
  void anIncompleteCirculationIsNotRecordedAndARerunAfterACrashRecordsItOnce() {
    Community community = CommunityFixtures.sotcopWithConsent();
    Circulation.Plan plan = circulation.plan(community, CommunityFixtures.PRISON_RELEASE_3);
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      CirculationResult stopped =
          circulation.send(plan, new StopsAfter(1, Delivery.outbox(dir.resolve("outbox"))), log);
      assertThat(stopped.isComplete()).isFalse();
      assertThatThrownBy(() -> Circulation.record(community, plan, stopped, ON))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("result must be complete");

      CirculationResult rest = circulation.send(plan, Delivery.outbox(dir.resolve("outbox")), log);
      assertThat(rest.isComplete()).isTrue();
      assertThat(rest.delivered()).hasSize(2);
      Community recorded = Circulation.record(community, plan, rest, ON);
      assertThat(recorded.session(CommunityFixtures.PRISON_RELEASE_3).orElseThrow().circulations())
          .extracting(CirculationRecord::recipients)
          .containsExactly(3);

      // the messages went, then the process died before the archive was saved: the rerun sends
      // nothing and records the circulation once; recording it again changes nothing
      CirculationResult rerun = circulation.send(plan, Delivery.outbox(dir.resolve("outbox")), log);
      assertThat(rerun.delivered()).isEmpty();
      Community afterRerun = Circulation.record(community, plan, rerun, ON.plusDays(1));
      assertThat(
              afterRerun.session(CommunityFixtures.PRISON_RELEASE_3).orElseThrow().circulations())
          .containsExactly(
              CirculationRecord.of(
                  ON.plusDays(1), THIRD, ConsentPurpose.COMMUNITY_COMMUNICATIONS, 3));
      assertThat(Circulation.record(afterRerun, plan, rerun, ON.plusDays(2))).isSameAs(afterRerun);
      assertThat(Circulation.record(recorded, plan, rerun, ON.plusDays(2))).isSameAs(recorded);
    }
  }

  @Test
  void aSeriesReportAndItsFindingsAreRecordedWithTheSeriesEachToItsList() {
    Community community = DecisionMakerFixtures.community();
    Circulation.Plan report = circulation.plan(community, CommunityFixtures.PRISON_RELEASE_SERIES);
    Circulation.Plan findings =
        circulation.planFindings(community, CommunityFixtures.PRISON_RELEASE_SERIES);
    Community recorded = community;
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      recorded =
          Circulation.record(
              recorded,
              report,
              circulation.send(report, Delivery.outbox(dir.resolve("outbox")), log),
              ON);
      recorded =
          Circulation.record(
              recorded,
              findings,
              circulation.send(findings, Delivery.outbox(dir.resolve("outbox")), log),
              ON);
    }
    assertThat(
            recorded.series(CommunityFixtures.PRISON_RELEASE_SERIES).orElseThrow().circulations())
        .extracting(
            CirculationRecord::circulation,
            CirculationRecord::purpose,
            CirculationRecord::recipients)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "series-report-" + CommunityFixtures.PRISON_RELEASE_SERIES.value(),
                ConsentPurpose.COMMUNITY_COMMUNICATIONS,
                report.recipients().size()),
            org.assertj.core.groups.Tuple.tuple(
                Circulation.FINDINGS_PREFIX + CommunityFixtures.PRISON_RELEASE_SERIES.value(),
                ConsentPurpose.DECISION_MAKER_COMMUNICATIONS,
                findings.recipients().size()));
    assertThat(findings.recipients()).contains(DecisionMakerFixtures.BOARD);
  }

  @Test
  void theAccessExportListsWhatWasSentToThePersonWhileTheArchiveKeepsOnlyTheCount() {
    Community community = CommunityFixtures.sotcopWithConsent();
    FileArchiveStore store = FileArchiveStore.builder(dir.resolve("store")).build();
    store.save(community, ArchiveVersion.NONE);
    Circulation.Plan plan = circulation.plan(community, CommunityFixtures.PRISON_RELEASE_3);
    CirculationResult result;
    try (SendLog log = SendLog.open(store, community.id())) {
      result = circulation.send(plan, Delivery.outbox(dir.resolve("outbox")), log);
    }
    store.save(
        Circulation.record(community, plan, result, ON),
        store.load(community.id()).orElseThrow().version());

    AccessReport chair = store.access(community.id(), CommunityFixtures.CHAIR).result();
    assertThat(chair.sent()).extracting(AccessReport.Sent::circulation).containsExactly(THIRD);
    // the neutral expert withdrew from the email list: nothing was sent to them
    AccessReport withdrawn =
        store.access(community.id(), CommunityFixtures.NEUTRAL_EXPERT).result();
    assertThat(withdrawn.sent()).isEmpty();
    assertThat(result.delivered()).doesNotContain(RecipientId.of(CommunityFixtures.NEUTRAL_EXPERT));
  }

  private static List<Optional<?>> notCirculated(Community community) {
    return Review.guide().build().review(community, LATER).stream()
        .filter(f -> f.code().equals(GuideCheck.REPORT_NOT_CIRCULATED.code()))
        .<Optional<?>>map(Finding::session)
        .toList();
  }

  /** A delivery that becomes unavailable after {@code n} messages, as a server that goes away. */
  private static final class StopsAfter extends Delivery {
    private final Delivery to;
    private int left;

    StopsAfter(int n, Delivery to) {
      this.left = n;
      this.to = to;
    }

    @Override
    void open(jakarta.mail.Session session) throws Unavailable {
      to.open(session);
    }

    @Override
    boolean arrived(String circulation, RecipientId recipient) {
      return to.arrived(circulation, recipient);
    }

    @Override
    void deliver(MimeMessage message, String circulation, RecipientId recipient)
        throws Refused, Unavailable {
      if (left-- <= 0) {
        throw new Unavailable("the server went away", null);
      }
      to.deliver(message, circulation, recipient);
    }

    @Override
    void close() {
      to.close();
    }

    @Override
    java.util.Properties properties() {
      return to.properties();
    }
  }
}
