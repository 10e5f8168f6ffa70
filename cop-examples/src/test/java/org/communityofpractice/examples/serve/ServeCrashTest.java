package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.DamagedJournalPolicy;
import org.communityofpractice.core.store.FileArchiveStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cop serve} as its own program, killed with SIGKILL while a recorder's entries stream in —
 * each time once the page has confirmed an entry, at a point up to a second later that a seeded
 * random chooses — and started again: every entry the page confirmed ("Recorded.") is in the
 * capture's journal afterwards, once, and the capture carries on.
 */
class ServeCrashTest {
  private static final String AT = "/c/sotcop/capture/sotcop-1";

  /** Fixed, so a failure comes back the same on every run. */
  private static final long SEED = 20_160_602L;

  private static final int KILLS = 5;

  @TempDir Path store;
  @TempDir Path work;

  @Test
  void everyEntryThePageConfirmedOutlivesSigkillAtRandomPoints() throws Exception {
    Path log = work.resolve("serve.log");
    Files.writeString(log, "");
    Random random = new Random(SEED);
    List<String> confirmed = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    ServerProcess server = ServerProcess.start(store, log);
    try {
      WebClient setUp = new WebClient(server.uri());
      setUp.get("/");
      CaptureFlowTest.setUp(setUp);
      setUp.get(AT);
      setUp.submit(AT + "/advance");
      for (int round = 0; round < KILLS; round++) {
        WebClient recorder = new WebClient(server.uri());
        recorder.get(AT);
        // this screen records: before the first kill the set-up's screen held the pen
        recorder.submit(AT + "/take");
        AtomicReference<Throwable> stopped = new AtomicReference<>();
        int before = confirmed.size();
        Thread writing =
            new Thread(
                () -> {
                  try {
                    while (true) {
                      String text = "entry " + next.getAndIncrement();
                      HttpResponse<String> sent = recorder.post(AT + "/hope", "text", text);
                      if (sent.statusCode() == 303
                          && recorder.get(AT).select("p.notice").text().startsWith("Recorded.")) {
                        confirmed.add(text);
                      }
                    }
                  } catch (Exception | AssertionError killed) {
                    // the server went away mid-request: what was not confirmed may or may not be
                    // there
                    stopped.set(killed);
                  }
                });
        writing.start();
        // the kill comes after this round's first confirmed entry, however slow the machine, and
        // then
        // at a random point up to a second later
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (confirmed.size() == before && writing.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        assertThat(confirmed.size())
            .as("entries confirmed in round %d (the writer stopped on %s)", round, stopped.get())
            .isGreaterThan(before);
        Thread.sleep(random.nextInt(1000));
        server.kill();
        writing.join(30_000);
        server = ServerProcess.start(store, log);
      }
    } finally {
      server.close();
    }
    List<String> kept;
    try (var live =
        FileArchiveStore.builder(store)
            .build()
            .resumeSession(
                CommunityId.of("sotcop"), SessionId.of("sotcop-1"), DamagedJournalPolicy.STRICT)
            .orElseThrow()) {
      kept =
          live.recorder().events().stream()
              .filter(e -> e instanceof CaptureEvent.BestHopeGiven)
              .map(e -> ((CaptureEvent.BestHopeGiven) e).bestHope().text())
              .toList();
    }
    assertThat(kept).containsAll(confirmed).doesNotHaveDuplicates();
  }
}
