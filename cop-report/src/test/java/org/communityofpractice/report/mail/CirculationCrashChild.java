package org.communityofpractice.report.mail;

import java.nio.file.Path;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.core.topic.RecipientId;

/**
 * A program circulating the larger list through a mail server that stops dead at a chosen moment,
 * saying "paused" and waiting to be killed: {@code <send log> <port> attempt|delivered <n>} pauses
 * at the n-th message just after it is recorded as attempted (not yet handed over), or just after
 * it is recorded as delivered.
 */
public final class CirculationCrashChild {
  private CirculationCrashChild() {}

  public static void main(String[] args) throws Exception {
    Path logFile = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    boolean atAttempt = args[2].equals("attempt");
    int n = Integer.parseInt(args[3]);
    Circulation circulation = CirculationFixtures.circulation();
    Circulation.Plan plan =
        circulation.plan(LargerList.community(), CommunityFixtures.PRISON_RELEASE_2);
    try (SendLog log = SendLog.open(logFile)) {
      circulation.send(
          plan,
          Delivery.smtp(SmtpDeliveryTest.smtp(port)),
          log,
          new Circulation.Listener() {
            int attempts;
            int delivered;

            @Override
            public void attempting(RecipientId recipient) {
              if (atAttempt && ++attempts == n) {
                pause();
              }
            }

            @Override
            public void delivered(RecipientId recipient) {
              if (!atAttempt && ++delivered == n) {
                pause();
              }
            }
          });
    }
    System.out.println("finished");
  }

  private static void pause() {
    System.out.println("paused");
    System.out.flush();
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
