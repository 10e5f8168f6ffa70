package org.communityofpractice.examples;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.DamagedJournalPolicy;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.core.store.LiveSession;
import org.communityofpractice.core.store.RecoveryReport;

/**
 * Live capture of a session, and recovery after a crash. A volunteer records the fourth prison
 * release session into the embedded file store; every entry is in the session's journal when its
 * call returns. The laptop dies while the last entry is being written — the journal's last line is
 * torn. Reopening the store finds the journal, drops the torn line (and says so), replays the rest
 * to the same recorder state, and the volunteer carries on and finishes: the session is folded into
 * the archive and the journal removed.
 *
 * <pre>{@code
 * LiveCaptureWithRecovery.Outcome o = LiveCaptureWithRecovery.run(folder);
 * o.recovery().tornLastLine().isPresent(); // true: the entry being written was lost, nothing else
 * }</pre>
 */
public final class LiveCaptureWithRecovery {
  /** The session recorded. */
  public static final SessionId SESSION = SessionId.of("prison-release-4");

  private LiveCaptureWithRecovery() {}

  /**
   * What happened.
   *
   * @param entriesBeforeCrash the entries acknowledged before the crash, the opening included
   * @param recovery what reopening the journal found
   * @param session the session as finished and folded into the archive
   * @param archive the community as stored afterwards
   */
  public record Outcome(
      int entriesBeforeCrash, RecoveryReport recovery, Session session, Community archive) {}

  /** Runs the story in a temporary folder and prints what recovery found. */
  public static void main(String[] args) throws IOException {
    Outcome o = run(Files.createTempDirectory("cop-capture"));
    System.out.println("acknowledged before the crash: " + o.entriesBeforeCrash() + " entries");
    System.out.println("recovery: " + o.recovery());
    System.out.println(
        "finished "
            + o.session().id()
            + ": "
            + o.session().headcount()
            + " in the room, "
            + o.session().bestHopes().size()
            + " best hopes, "
            + o.session().scaling().size()
            + " scaling round");
  }

  /** Runs the story with a file store in {@code folder}. */
  public static Outcome run(Path folder) throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(folder).build();
    store.save(GuideExample.community(), ArchiveVersion.NONE);
    SessionPlan plan = plan();

    int acknowledged;
    Path journal;
    try (LiveSession live = store.startSession(GuideExample.ID, plan)) {
      SessionRecorder r = live.recorder();
      r.arrived(GuideMembers.EXPERT_CITIZEN);
      r.arrived(GuideMembers.FORMER_GOVERNOR);
      r.arrived(GuideMembers.HOUSING_MANAGER);
      r.advance(); // welcome new members
      r.advance(); // welcome returning members
      r.advance(); // introductions and best hopes
      r.giveBestHope(
          BestHope.by(GuideMembers.FORMER_GOVERNOR, "To hear how the checklist is going"));
      r.contribute(
          ContributionKind.COMMENT,
          "This entry is being written when the laptop dies",
          Optional.empty());
      acknowledged = r.events().size();
      journal = live.journalFile();
    } // the program stops here: the journal is closed, the session not finished
    tearLastLine(journal);

    try (LiveSession resumed =
        store.resumeSession(GuideExample.ID, SESSION, DamagedJournalPolicy.STRICT).orElseThrow()) {
      SessionRecorder r = resumed.recorder();
      r.advance(); // on to what's gone well
      r.returnTo(org.communityofpractice.core.runningorder.StageKey.DISCUSSION);
      r.askScalingQuestion(ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7));
      for (int value : List.of(7, 8, 7, 8)) {
        r.rate(Rating.anonymous(value));
      }
      Session session = store.finishSession(resumed);
      Community stored = store.load(GuideExample.ID).orElseThrow().community();
      return new Outcome(acknowledged, resumed.recovery(), session, stored);
    }
  }

  /**
   * The plan of the session captured: the fourth of the prison-release series, in {@link
   * GuideExample#community()}.
   */
  public static SessionPlan plan() {
    return SessionPlan.builder()
        .id(SESSION)
        .topic(PrisonReleaseSeries.TOPIC)
        .startsAt(Sessions.morning(java.time.LocalDate.of(2016, 6, 2)))
        .venue(Sessions.VOICES)
        .facilitator(GuideMembers.FACILICHAIR)
        .addRecorder(GuideMembers.RECORDER)
        .build();
  }

  /** A power cut in the middle of writing the last entry: half of its line reaches the disk. */
  private static void tearLastLine(Path journal) throws IOException {
    List<String> lines = Files.readAllLines(journal);
    int last = lines.get(lines.size() - 1).length() + 1;
    try (RandomAccessFile file = new RandomAccessFile(journal.toFile(), "rw")) {
      file.setLength(file.length() - last / 2);
    }
  }
}
