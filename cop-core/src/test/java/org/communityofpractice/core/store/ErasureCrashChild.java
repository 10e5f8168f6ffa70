package org.communityofpractice.core.store;

import static org.communityofpractice.core.fixtures.CommunityFixtures.EXPERT_CITIZEN;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOTCOP;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.rights.ErasureRequest;

/**
 * The program {@link ErasureCrashTest} kills: erases the Expert Citizen from a store that holds
 * them in its archive, its backups and a paused session's journal. It prints {@code ready .} when
 * the store is open (after a rehearsal on a copy, given second) and {@code erased <nanoseconds> .}
 * when the erasure returned.
 */
public final class ErasureCrashChild {
  /** The erasure the child makes, and the parent makes again to recover. */
  static final ErasureRequest REQUEST =
      ErasureRequest.of(
          EXPERT_CITIZEN,
          Instant.parse("2016-08-01T09:00:00Z"),
          Actor.role("data protection lead"),
          ErasureGround.REQUESTED_BY_PERSON);

  private ErasureCrashChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    // a rehearsal on a copy first, so the classes are loaded and the kill's timing falls in the
    // erasure's own work rather than in the JVM's warming up
    FileArchiveStore.builder(Path.of(args[1])).keepBackups(10).build().erase(SOTCOP, REQUEST);
    FileArchiveStore store = FileArchiveStore.builder(Path.of(args[0])).keepBackups(10).build();
    out.println("ready .");
    out.flush();
    long started = System.nanoTime();
    store.erase(SOTCOP, REQUEST);
    out.println("erased " + (System.nanoTime() - started) + " .");
    out.flush();
  }
}
