package org.communityofpractice.core.store;

import static org.communityofpractice.core.fixtures.CommunityFixtures.SOTCOP;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.ScriptedSession;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.session.SessionId;

/**
 * The program {@link CrashTest} kills: records scripted sessions one after another through a {@link
 * FileArchiveStore}, resuming an interrupted one first, and prints a line after each call returns.
 * Every line ends with " ." so the parent can tell a whole line from one cut by the kill.
 *
 * <ul>
 *   <li>{@code ready .} — started;
 *   <li>{@code resumed <n> <events kept> .} — the journal of session n was reopened;
 *   <li>{@code ack <n> <seq> .} — event number seq of session n is on the disk;
 *   <li>{@code folded <n> .} — session n is in the archive.
 * </ul>
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    FileArchiveStore store = FileArchiveStore.builder(Path.of(args[0])).keepBackups(3).build();
    say(out, "ready");
    if (store.load(SOTCOP).isEmpty()) {
      store.save(sotcop(), ArchiveVersion.NONE);
    }
    while (true) {
      int n = scriptedSessions(store.load(SOTCOP).orElseThrow().community()) + 1;
      SessionId id = ScriptedSession.id(n);
      Optional<LiveSession> resumed =
          store.sessionsInProgress(SOTCOP).contains(id)
              ? store.resumeSession(SOTCOP, id, DamagedJournalPolicy.STRICT)
              : Optional.empty();
      LiveSession live;
      if (resumed.isPresent()) {
        live = resumed.get();
        say(out, "resumed " + n + " " + live.recovery().eventsKept());
      } else {
        live = store.startSession(SOTCOP, ScriptedSession.plan(n));
        say(out, "ack " + n + " 1");
      }
      List<CaptureEvent> script = ScriptedSession.events(n);
      for (int i = live.recorder().events().size() - 1; i < script.size(); i++) {
        live.recorder().record(script.get(i));
        say(out, "ack " + n + " " + live.recorder().events().size());
      }
      store.finishSession(live);
      say(out, "folded " + n);
    }
  }

  static int scriptedSessions(Community community) {
    return (int)
        community.sessions().stream().filter(s -> s.id().value().startsWith("s-scripted-")).count();
  }

  private static void say(PrintStream out, String line) {
    out.println(line + " .");
    out.flush();
  }
}
