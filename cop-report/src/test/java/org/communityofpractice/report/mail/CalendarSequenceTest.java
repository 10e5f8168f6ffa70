package org.communityofpractice.report.mail;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.store.SendLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next session keeps one calendar UID; its SEQUENCE goes up when its date, time or venue moves.
 */
class CalendarSequenceTest {
  private static final Instant LATER = Instant.parse("2016-06-01T09:00:00Z");

  @TempDir Path dir;

  @Test
  void aMovedNextSessionKeepsItsUidAndRaisesItsSequence() throws IOException {
    Community community = CommunityFixtures.sotcopWithConsent();
    Circulation circulation =
        Circulation.builder()
            .settings(CirculationFixtures.settings())
            .clock(Clock.fixed(LATER, ZoneOffset.UTC))
            .build();
    VEvent first =
        chairsEvent(
            circulation, circulation.plan(community, CommunityFixtures.PRISON_RELEASE_3), "a");

    Session last = community.session(CommunityFixtures.PRISON_RELEASE_3).orElseThrow();
    NextSession next = last.nextSession().orElseThrow();
    Session moved =
        Session.builder()
            .from(last)
            .nextSession(new NextSession(next.startsAt().plusWeeks(1), next.venue(), next.topic()))
            .build();
    Community changed =
        Community.builder()
            .from(community)
            .sessions(
                community.sessions().stream()
                    .map(s -> s.id().equals(moved.id()) ? moved : s)
                    .toList())
            .build();
    VEvent second =
        chairsEvent(
            circulation, circulation.plan(changed, CommunityFixtures.PRISON_RELEASE_SERIES), "b");

    assertThat(second.getUid().getValue()).isEqualTo(first.getUid().getValue());
    assertThat(first.getSequence().getValue()).isZero();
    assertThat(second.getSequence().getValue()).isEqualTo(1);
    assertThat(second.getDateStart().getValue().toInstant())
        .isEqualTo(next.startsAt().plusWeeks(1).toInstant());
  }

  private VEvent chairsEvent(Circulation circulation, Circulation.Plan plan, String outbox)
      throws IOException {
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      assertThat(circulation.send(plan, Delivery.outbox(dir.resolve(outbox)), log).isComplete())
          .isTrue();
    }
    List<Path> emls = CirculationFixtures.emls(dir.resolve(outbox));
    Path chair =
        emls.stream()
            .filter(p -> p.getFileName().toString().startsWith("p-chair"))
            .findFirst()
            .orElseThrow();
    String ics = MessageFormatTest.text(CirculationFixtures.parse(chair), "text/calendar");
    return Biweekly.parse(ics).first().getEvents().get(0);
  }
}
