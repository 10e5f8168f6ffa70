package org.communityofpractice.report.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOUSING_MANAGER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_SERIES;
import static org.communityofpractice.core.fixtures.DecisionMakerFixtures.BOARD;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.fixtures.DecisionMakerFixtures;
import org.communityofpractice.core.review.GuideCheck;
import org.communityofpractice.core.review.Review;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.core.topic.FollowUp;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.topic.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A complete series' findings go to its decision makers who agreed to receive them, through the
 * same publication check and send log as the email list, and leave follow-ups the review reminds
 * of.
 */
class DisseminationTest {
  private static final Instant SENT_AT = Instant.parse("2016-06-10T09:00:00Z");
  private static final LocalDate SENT_ON = LocalDate.of(2016, 6, 10);

  @TempDir Path dir;

  private final Community community = DecisionMakerFixtures.community();
  private final Circulation circulation =
      Circulation.builder()
          .settings(CirculationFixtures.settings())
          .clock(Clock.fixed(SENT_AT, ZoneOffset.UTC))
          .build();

  @Test
  void theFindingsGoToOrganisationsAndToPeopleWithTheirOwnConsentOnceEach() throws IOException {
    Circulation.Plan plan = circulation.planFindings(community, PRISON_RELEASE_SERIES);
    assertThat(plan.circulation()).isEqualTo("series-findings-prison-release-2016");
    assertThat(plan.toDecisionMakers()).isTrue();
    assertThat(plan.recipients()).containsExactly(BOARD, RecipientId.of(HOUSING_MANAGER));

    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      CirculationResult first = circulation.send(plan, Delivery.outbox(dir.resolve("outbox")), log);
      CirculationResult again = circulation.send(plan, Delivery.outbox(dir.resolve("outbox")), log);
      assertThat(first.delivered()).containsExactly(BOARD, RecipientId.of(HOUSING_MANAGER));
      assertThat(again.delivered()).isEmpty();
      assertThat(again.alreadyDelivered()).containsExactly(BOARD, RecipientId.of(HOUSING_MANAGER));
      // the distribution log names the Board by its own id, and it is no one's personal data
      assertThat(log.statusOf(plan.circulation())).containsEntry(BOARD, SendLog.Outcome.DELIVERED);
      assertThat(log.deliveredTo(HOUSING_MANAGER))
          .extracting(SendLog.Entry::circulation)
          .containsExactly(plan.circulation());
    }
    assertThat(java.nio.file.Files.readString(dir.resolve("send-log.jsonl")))
        .contains("\"organisation\":\"" + BOARD.value() + "\"")
        .doesNotContain(DecisionMakerFixtures.BOARD_ADDRESS)
        .doesNotContain("jo@example.org");
    Map<String, String> text = new HashMap<>();
    for (Path eml : CirculationFixtures.emls(dir.resolve("outbox"))) {
      Message message = CirculationFixtures.parse(eml);
      // one addressee each, and no one sees another's address
      assertThat(message.getTo()).hasSize(1);
      assertThat(message.getCc()).isNull();
      assertThat(message.getBcc()).isNull();
      assertThat(message.getSubject()).contains("findings of the series");
      text.put(
          ((Mailbox) message.getTo().get(0)).getAddress(), java.nio.file.Files.readString(eml));
      assertThat(MessageFormatTest.text(message, "text/plain"))
          .contains("a meeting or a presentation");
    }
    assertThat(text).containsOnlyKeys(DecisionMakerFixtures.BOARD_ADDRESS, "jo@example.org");
    assertThat(text.get(DecisionMakerFixtures.BOARD_ADDRESS)).doesNotContain("jo@example.org");
    assertThat(text.get("jo@example.org")).doesNotContain(DecisionMakerFixtures.BOARD_ADDRESS);
    assertThat(text.get(DecisionMakerFixtures.BOARD_ADDRESS))
        .contains("holds this address as the address of");
    assertThat(text.get("jo@example.org")).contains("agreed to receive the findings");
  }

  @Test
  void anOrganisationTakenOffTheSeriesReceivesNothingMore() throws IOException {
    Series series = community.series(PRISON_RELEASE_SERIES).orElseThrow();
    Community without =
        Community.builder()
            .from(community)
            .series(
                List.of(
                    Series.builder()
                        .from(series)
                        .decisionMakers(
                            series.decisionMakers().stream()
                                .filter(d -> !d.recipient().equals(BOARD))
                                .toList())
                        .build()))
            .build();
    assertThat(circulation.planFindings(without, PRISON_RELEASE_SERIES).recipients())
        .containsExactly(RecipientId.of(HOUSING_MANAGER));
  }

  @Test
  void theFindingsAreHeldByTheSamePublicationCheckAndGoOnceRedacted() throws IOException {
    Community named = withConclusion(community, "Robin Example will take this to the Board.");
    Circulation.Plan plan = circulation.planFindings(named, PRISON_RELEASE_SERIES);
    assertThat(plan.openFindings()).isNotEmpty();
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      CirculationResult held = circulation.send(plan, Delivery.outbox(dir.resolve("outbox")), log);
      assertThat(held.held()).isNotEmpty();
      assertThat(held.delivered()).isEmpty();
      assertThat(log.entries()).isEmpty();

      // redacted by an explicit decision, the findings go without the name
      Circulation.Plan redacted = plan;
      for (var f : plan.openFindings()) {
        redacted =
            redacted.redact(f.key(), org.communityofpractice.core.people.Actor.role("chair"));
      }
      assertThat(redacted.openFindings()).isEmpty();
      assertThat(
              circulation.send(redacted, Delivery.outbox(dir.resolve("outbox")), log).delivered())
          .hasSize(2);
    }
    for (Path eml : CirculationFixtures.emls(dir.resolve("outbox"))) {
      assertThat(java.nio.file.Files.readString(eml)).doesNotContain("Robin");
      assertThat(MessageFormatTest.text(CirculationFixtures.parse(eml), "text/plain"))
          .contains("[removed] will take this to the Board.");
    }
  }

  private static Community withConclusion(Community c, String text) {
    Session last = c.session(CommunityFixtures.PRISON_RELEASE_3).orElseThrow();
    Session changed = Session.builder().from(last).addConclusions(text).build();
    return Community.builder()
        .from(c)
        .sessions(
            c.sessions().stream().map(s -> s.id().equals(changed.id()) ? changed : s).toList())
        .build();
  }

  @Test
  void recordingTheDistributionLeavesAFollowUpTheReviewRemindsOf() throws IOException {
    CirculationResult result;
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      result =
          circulation.send(
              circulation.planFindings(community, PRISON_RELEASE_SERIES),
              Delivery.outbox(dir.resolve("outbox")),
              log);
    }
    Community recorded =
        Circulation.recordDistributed(
            community, PRISON_RELEASE_SERIES, result, SENT_ON, FollowUp.DEFAULT_AFTER);
    assertThat(recorded.series(PRISON_RELEASE_SERIES).orElseThrow().followUps())
        .extracting(FollowUp::decisionMaker, FollowUp::due)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BOARD, SENT_ON.plusWeeks(4)),
            org.assertj.core.groups.Tuple.tuple(
                RecipientId.of(HOUSING_MANAGER), SENT_ON.plusWeeks(4)));
    // recording the same result again owes nothing more
    assertThat(
            Circulation.recordDistributed(
                recorded,
                PRISON_RELEASE_SERIES,
                result,
                SENT_ON.plusDays(1),
                FollowUp.DEFAULT_AFTER))
        .isSameAs(recorded);

    Instant dueDay = SENT_ON.plusWeeks(4).atStartOfDay(ZoneOffset.UTC).toInstant();
    assertThat(Review.guide().build().review(recorded, dueDay))
        .filteredOn(f -> f.code().equals(GuideCheck.FOLLOW_UP_DUE.code()))
        .hasSize(2);
    assertThat(Review.guide().build().review(recorded, dueDay.minusSeconds(86_400)))
        .filteredOn(f -> f.code().equals(GuideCheck.FOLLOW_UP_DUE.code()))
        .isEmpty();
  }
}
