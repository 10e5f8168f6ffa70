package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOTCOP;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.ScriptedSession;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.store.internal.StoreJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a program recording sessions through the journal and the file store with SIGKILL ({@link
 * Process#destroyForcibly()} on Linux) at random moments, again and again. After each kill: every
 * event whose record call had returned (the child said "ack") is still in the journal or folded
 * into the archive, and every archive file is exactly one version of the community — the old or the
 * new one, never a mix. The next child then recovers the interrupted session itself.
 *
 * <p>Kills are timed by the child's progress (after a random number of its lines, then a random few
 * milliseconds), not by the clock alone, so a busy machine cannot starve the test of finished
 * sessions. {@code -Dcop.kills=N} (the {@code kill-hunt} profile: 500) kills more often; the test
 * prints the kills, events acknowledged and recovered, archive files checked and the loss.
 */
class CrashTest {
  private static final int KILLS = Integer.getInteger("cop.kills", 50);

  /** Every this many kills, the child is killed only after it has folded a session. */
  private static final int FOLD_EVERY = 10;

  private static final Pattern ACK = Pattern.compile("ack (\\d+) (\\d+) \\.");
  private static final Pattern FOLDED = Pattern.compile("folded (\\d+) \\.");
  private static final Pattern RESUMED = Pattern.compile("resumed (\\d+) (\\d+) \\.");
  private static final Pattern ARCHIVE = Pattern.compile("archive-(\\d{12})\\.json");

  @TempDir Path root;
  @TempDir Path scratch;
  private Path errors;

  private final Map<Integer, Integer> acked = new HashMap<>();
  private final Map<Integer, Community> communities = new HashMap<>(); // after n scripted sessions
  private int folded;
  private int archivesChecked;
  private int lost;
  private int recovered;

  @Test
  void everyAcknowledgedEventSurvivesAKillAndTheArchiveIsNeverAMix() throws Exception {
    Random random = new Random(20160707L);
    errors = scratch.resolve("child-stderr.txt");
    long started = System.nanoTime();
    int resumes = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      List<String> lines = runAndKill(random, kill % FOLD_EVERY == FOLD_EVERY - 1);
      for (String line : lines) {
        Matcher ack = ACK.matcher(line);
        Matcher fold = FOLDED.matcher(line);
        Matcher resumed = RESUMED.matcher(line);
        if (ack.matches()) {
          acked.merge(Integer.parseInt(ack.group(1)), Integer.parseInt(ack.group(2)), Math::max);
        } else if (fold.matches()) {
          folded = Math.max(folded, Integer.parseInt(fold.group(1)));
        } else if (resumed.matches()) {
          resumes++;
          int n = Integer.parseInt(resumed.group(1));
          assertThat(Integer.parseInt(resumed.group(2)))
              .as("events kept when session %d was resumed", n)
              .isGreaterThanOrEqualTo(acked.getOrDefault(n, 0));
        }
      }
      check(kill);
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    int acknowledged = acked.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "CrashTest: %d kills in %d s; %d events acknowledged, %d recovered, %d archive files checked,"
            + " loss %d; %d sessions folded, %d resumed%n",
        KILLS, seconds, acknowledged, recovered, archivesChecked, lost, folded, resumes);
    assertThat(lost).as("acknowledged events lost").isZero();
    assertThat(folded).as("sessions folded across %d kills in %d s", KILLS, seconds).isPositive();
    assertThat(resumes).as("interrupted sessions resumed").isPositive();
  }

  private List<String> runAndKill(Random random, boolean afterAFold) throws Exception {
    KilledChild child = KilledChild.start(CrashChild.class, errors, root.toString());
    if (afterAFold) {
      // on a starved machine the kills alone might never let a session finish: every so often
      // one is allowed to, so the test always covers kills after a fold (the random draw still
      // happens, keeping the kills that follow where the seed puts them)
      child.awaitLineMatching(FOLDED);
    }
    // kill after a random number of the child's lines — anywhere from starting or resuming,
    // through the events of a session (mid-capture), to its last event and the save that folds
    // it (mid-save) — and a random few milliseconds, so the kill lands inside a write too
    int perSession = ScriptedSession.events(1).size() + 2;
    child.awaitLines(1 + random.nextInt(2 * perSession));
    Thread.sleep(random.nextInt(25));
    return child.kill();
  }

  private void check(int kill) throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).build();
    Path folder = store.folderOf(SOTCOP);
    if (store.load(SOTCOP).isEmpty()) {
      assertThat(acked).as("acknowledgements before the first archive was saved").isEmpty();
      return;
    }
    // every archive file is one whole version: version v holds the first v - 1 scripted sessions
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Matcher m = ARCHIVE.matcher(f.getFileName().toString());
        if (m.matches()) {
          int sessions = Integer.parseInt(m.group(1)) - 1;
          archivesChecked++;
          assertThat(StoreJson.ARCHIVE.read(Files.readString(f)))
              .as("archive file %s after kill %d", f.getFileName(), kill)
              .isEqualTo(community(sessions));
        }
      }
    }
    Community current = store.load(SOTCOP).orElseThrow().community();
    int inArchive = CrashChild.scriptedSessions(current);
    assertThat(inArchive)
        .as("sessions in the archive after kill %d", kill)
        .isGreaterThanOrEqualTo(folded);
    int next = inArchive + 1;
    acked.keySet().forEach(n -> assertThat(n).as("acknowledged session").isLessThanOrEqualTo(next));
    Path journal = store.journalFile(SOTCOP, ScriptedSession.id(next));
    int ackedNext = acked.getOrDefault(next, 0);
    countLoss(inArchive, journal);
    if (Files.exists(journal)) {
      List<CaptureEvent> events = Journal.read(journal, DamagedJournalPolicy.STRICT).events();
      assertThat(events.size())
          .as("events of session %d kept after kill %d", next, kill)
          .isGreaterThanOrEqualTo(ackedNext);
      assertThat(events).isEqualTo(expectedEvents(next).subList(0, events.size()));
    } else {
      assertThat(ackedNext).as("acknowledged events of session %d with no journal", next).isZero();
    }
  }

  /**
   * Recounts, after a kill, the acknowledged events still held — in the archive (a folded session
   * holds all its events) or in the journal — and those lost.
   */
  private void countLoss(int inArchive, Path journal) throws IOException {
    int held = 0;
    int missing = 0;
    for (Map.Entry<Integer, Integer> a : acked.entrySet()) {
      int kept =
          a.getKey() <= inArchive
              ? a.getValue()
              : Files.exists(journal) && a.getKey() == inArchive + 1
                  ? Math.min(
                      a.getValue(),
                      Journal.read(journal, DamagedJournalPolicy.STRICT).events().size())
                  : 0;
      held += kept;
      missing += a.getValue() - kept;
    }
    recovered = held;
    lost = Math.max(lost, missing);
  }

  private static List<CaptureEvent> expectedEvents(int n) {
    List<CaptureEvent> events = new ArrayList<>();
    events.add(new CaptureEvent.Opened(ScriptedSession.plan(n), RunningOrder.subsequentSession()));
    events.addAll(ScriptedSession.events(n));
    return events;
  }

  /** The community after {@code n} scripted sessions, as the child builds it. */
  private Community community(int n) {
    communities.putIfAbsent(0, sotcop());
    for (int k = 1; k <= n; k++) {
      if (!communities.containsKey(k)) {
        Community before = communities.get(k - 1);
        SessionRecorder recorder = SessionRecorder.start(before, ScriptedSession.plan(k));
        ScriptedSession.events(k).forEach(recorder::record);
        communities.put(k, Community.builder().from(before).addSession(recorder.finish()).build());
      }
    }
    return communities.get(n);
  }
}
