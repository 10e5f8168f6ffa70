package org.communityofpractice.report.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.core.topic.RecipientId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery through a real SMTP server (GreenMail) started by the test. */
class SmtpDeliveryTest {
  @TempDir Path dir;
  private final List<GreenMail> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(GreenMail::stop);
  }

  @Test
  void everyoneOnTheListGetsExactlyOneMessageAndNobodyElseAny() throws Exception {
    GreenMail server = start();
    CirculationResult result = send(server, new Circulation.Listener() {});
    assertThat(result.isComplete()).isTrue();
    assertThat(result.delivered()).hasSize(LargerList.expectedAddresses().size());
    assertThat(recipients(server))
        .containsExactlyInAnyOrderElementsOf(LargerList.expectedAddresses());

    CirculationResult again = send(server, new Circulation.Listener() {});
    assertThat(again.delivered()).isEmpty();
    assertThat(again.alreadyDelivered()).hasSize(LargerList.expectedAddresses().size());
    assertThat(recipients(server)).hasSize(LargerList.expectedAddresses().size());
  }

  @Test
  void aServerThatGoesAwayMidBatchLeavesTheRestForARerunWhichSendsEachOnce() throws Exception {
    GreenMail first = start();
    int stopAfter = 5;
    List<String> before = new ArrayList<>();
    int port = first.getSmtp().getPort();
    CirculationResult stopped =
        send(
            port,
            new Circulation.Listener() {
              int delivered;

              @Override
              public void delivered(RecipientId recipient) {
                if (++delivered == stopAfter) {
                  try {
                    before.addAll(
                        recipients(first)); // a stopped GreenMail forgets what it received
                  } catch (MessagingException e) {
                    throw new AssertionError(e);
                  }
                  first.stop();
                }
              }
            });
    assertThat(stopped.isComplete()).isFalse();
    assertThat(stopped.stoppedBecause()).isPresent();
    assertThat(stopped.delivered()).hasSize(stopAfter);
    assertThat(stopped.notSent()).hasSize(LargerList.expectedAddresses().size() - stopAfter);
    assertThat(before).hasSize(stopAfter);

    GreenMail second = start();
    CirculationResult rerun = send(second, new Circulation.Listener() {});
    assertThat(rerun.isComplete()).isTrue();
    assertThat(rerun.alreadyDelivered()).containsExactlyElementsOf(stopped.delivered());
    assertThat(rerun.unconfirmed()).hasSize(1); // the one being handed over when the server went
    List<String> all = new ArrayList<>(before);
    all.addAll(recipients(second));
    assertThat(all).containsExactlyInAnyOrderElementsOf(LargerList.expectedAddresses());
  }

  /**
   * A server that refuses one address for good in the middle of the batch: that recipient is
   * reported and logged by id (the reason is the server's code, never the address), everyone else
   * still gets exactly one message, and a rerun sends no one anything more.
   */
  @Test
  void aRecipientRefusedMidBatchIsReportedByIdAndTheOthersStillGetOneMessageEach()
      throws Exception {
    List<String> expected = LargerList.expectedAddresses();
    String refusedAddress = expected.get(expected.size() / 2);
    try (RefusingSmtpServer server = new RefusingSmtpServer(java.util.Set.of(refusedAddress))) {
      CirculationResult first = send(server.port(), new Circulation.Listener() {});
      assertThat(first.isComplete()).isTrue();
      assertThat(first.refused()).hasSize(1);
      RecipientId refused = first.refused().keySet().iterator().next();
      assertThat(
              LargerList.community()
                  .register()
                  .find(refused.person().orElseThrow())
                  .orElseThrow()
                  .contact()
                  .email())
          .contains(refusedAddress);
      assertThat(first.refused().get(refused)).isEqualTo("550").doesNotContain("@");
      assertThat(first.delivered()).hasSize(expected.size() - 1).doesNotContain(refused);
      List<String> others = new ArrayList<>(expected);
      others.remove(refusedAddress);
      assertThat(server.received()).containsExactlyInAnyOrderElementsOf(others);

      CirculationResult again = send(server.port(), new Circulation.Listener() {});
      assertThat(again.delivered()).isEmpty();
      assertThat(again.refused()).containsOnlyKeys(refused);
      assertThat(server.received()).hasSize(others.size());
    }
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      assertThat(log.entries())
          .filteredOn(e -> e.outcome() == SendLog.Outcome.REFUSED)
          .hasSize(1)
          .allSatisfy(e -> assertThat(e.reason()).contains("550"));
    }
  }

  /**
   * A series' findings reach an organisation at its generic address and a consenting person, once
   * each.
   */
  @Test
  void theFindingsReachEachDecisionMakerThroughTheServerOnce() throws Exception {
    GreenMail server = start();
    Circulation circulation = CirculationFixtures.circulation();
    org.communityofpractice.core.community.Community community =
        org.communityofpractice.core.fixtures.DecisionMakerFixtures.community();
    Circulation.Plan plan =
        circulation.planFindings(community, CommunityFixtures.PRISON_RELEASE_SERIES);
    for (int run = 0; run < 2; run++) {
      try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
        assertThat(
                circulation
                    .send(plan, Delivery.smtp(smtp(server.getSmtp().getPort())), log)
                    .isComplete())
            .isTrue();
      }
    }
    assertThat(recipients(server))
        .containsExactlyInAnyOrder(
            org.communityofpractice.core.fixtures.DecisionMakerFixtures.BOARD_ADDRESS,
            "jo@example.org");
  }

  @Test
  void aServerThatCannotBeReachedSendsNothingAndSaysWhy() {
    GreenMail server = start();
    int port = server.getSmtp().getPort();
    server.stop();
    CirculationResult result = send(port, new Circulation.Listener() {});
    assertThat(result.delivered()).isEmpty();
    assertThat(result.notSent()).hasSize(LargerList.expectedAddresses().size());
    assertThat(result.stoppedBecause())
        .get()
        .asString()
        .contains("cannot be reached")
        .doesNotContain("@example.org");
  }

  private GreenMail start() {
    GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
    servers.add(server);
    return server;
  }

  private CirculationResult send(GreenMail server, Circulation.Listener listener) {
    return send(server.getSmtp().getPort(), listener);
  }

  private CirculationResult send(int port, Circulation.Listener listener) {
    Circulation circulation = CirculationFixtures.circulation();
    Circulation.Plan plan =
        circulation.plan(LargerList.community(), CommunityFixtures.PRISON_RELEASE_2);
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      return circulation.send(plan, Delivery.smtp(smtp(port)), log, listener);
    }
  }

  static SmtpSettings smtp(int port) {
    return SmtpSettings.parse(URI.create("smtp+insecure://127.0.0.1:" + port), new char[0])
        .withMessagesPerMinute(60_000)
        .withTimeout(java.time.Duration.ofSeconds(5));
  }

  static List<String> recipients(GreenMail server) throws MessagingException {
    List<String> to = new ArrayList<>();
    for (MimeMessage m : server.getReceivedMessages()) {
      assertThat(m.getRecipients(Message.RecipientType.TO)).hasSize(1);
      to.add(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    }
    return to;
  }
}
