package org.communityofpractice.report.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.store.SendLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kills a program in the middle of a circulation ({@link Process#destroyForcibly()}: SIGKILL on
 * Linux) and circulates again: everyone on the list ends with exactly one message, nobody else with
 * any.
 */
class CirculationCrashTest {
  @TempDir Path dir;
  private GreenMail server;

  @BeforeEach
  void startServer() {
    server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  @ParameterizedTest(name = "killed at message {1}, just after it was recorded as {0}")
  @CsvSource({"attempt, 1", "attempt, 7", "delivered, 1", "delivered, 7", "delivered, 15"})
  void aRerunAfterAKillSendsEachRecipientExactlyOneMessage(String moment, int n) throws Exception {
    Path log = dir.resolve("send-log.jsonl");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                CirculationCrashChild.class.getName(),
                log.toString(),
                Integer.toString(server.getSmtp().getPort()),
                moment.trim(),
                Integer.toString(n))
            .redirectError(dir.resolve("child-stderr.txt").toFile())
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine())
          .as("the child pauses; its errors are in child-stderr.txt")
          .isEqualTo("paused");
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    int before = server.getReceivedMessages().length;
    assertThat(before).isEqualTo(moment.trim().equals("attempt") ? n - 1 : n);

    Circulation circulation = CirculationFixtures.circulation();
    Circulation.Plan plan =
        circulation.plan(LargerList.community(), CommunityFixtures.PRISON_RELEASE_2);
    CirculationResult rerun;
    try (SendLog sendLog = SendLog.open(log)) {
      rerun =
          circulation.send(
              plan, Delivery.smtp(SmtpDeliveryTest.smtp(server.getSmtp().getPort())), sendLog);
    }
    assertThat(rerun.isComplete()).isTrue();
    assertThat(rerun.unconfirmed()).hasSize(moment.trim().equals("attempt") ? 1 : 0);
    assertThat(SmtpDeliveryTest.recipients(server))
        .containsExactlyInAnyOrderElementsOf(LargerList.expectedAddresses());
  }
}
