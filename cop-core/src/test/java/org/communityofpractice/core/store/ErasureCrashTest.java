package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.EXPERT_CITIZEN;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOTCOP;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.ScriptedSession;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.store.internal.StoreJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a program erasing a person from a store with SIGKILL at random moments inside the erasure:
 * before it logs, between the log and the new version, while it rewrites the backups and the
 * journal, and after. After each kill every archive file is still one whole version, the store
 * loads, and erasing again — what the data protection lead does when the command did not say it was
 * done — leaves no file holding the person's name, contact details or words, while everyone else's
 * record is as it was. When the child had said "erased", nothing of theirs is left even before
 * that.
 *
 * <p>The kill lands a random time after the child opened the store, up to one and a half times the
 * longest erasure seen, so every stage of it is hit. {@code -Dcop.kills=N} (the {@code kill-hunt}
 * profile: 500) kills more often; the test prints how many kills landed in each stage.
 */
class ErasureCrashTest {
  private static final int KILLS = Integer.getInteger("cop.kills", 10);
  private static final Pattern ERASED = Pattern.compile("erased (\\d+) \\.");
  private static final Pattern ARCHIVE = Pattern.compile("archive-(\\d{12})\\.json");
  private static final String OWN_WORDS = "What I said about the day I left, in my own words";

  @TempDir Path scratch;
  private Path template;

  @Test
  void aKillAnywhereInAnErasureLeavesAStoreThatLoadsAndErasingAgainLeavesNothingOfThem()
      throws Exception {
    template = scratch.resolve("template");
    storeWithThePersonEverywhere(template);
    Community before =
        FileArchiveStore.builder(template).build().load(SOTCOP).orElseThrow().community();
    Set<String> theirs = personalStrings(before.register().find(EXPERT_CITIZEN).orElseThrow());
    assertThat(StoreScan.filesHolding(template, theirs))
        .as("the person is in the files to start with")
        .isNotEmpty();
    long templateVersions = archiveFiles(template).size();

    Random random = new Random(20160801L);
    // how long a child's erasure takes on this machine: one run to the end on a copy, raised by
    // every erasure a killed child still finished
    Path calibration = scratch.resolve("calibration");
    copy(template, calibration);
    long longest = runAndKill(calibration, -1).orElseThrow();
    delete(calibration);
    int untouched = 0;
    int loggedOnly = 0;
    int savedNotAll = 0;
    int complete = 0;
    long started = System.nanoTime();
    for (int kill = 0; kill < KILLS; kill++) {
      Path root = scratch.resolve("kill-" + kill);
      copy(template, root);
      long delay = (long) (random.nextDouble() * 1.5 * longest);
      Optional<Long> finished = runAndKill(root, delay);
      if (finished.isPresent()) {
        longest = Math.max(longest, finished.get());
      }

      // every archive file is one whole version, and the store loads
      for (Path f : archiveFiles(root)) {
        StoreJson.ARCHIVE.read(Files.readString(f));
      }
      FileArchiveStore store = FileArchiveStore.builder(root).keepBackups(10).build();
      assertThat(store.load(SOTCOP)).as("the community after the kill").isPresent();
      boolean logged =
          Files.exists(store.erasureLogFile(SOTCOP))
              && Files.size(store.erasureLogFile(SOTCOP)) > 0;
      boolean saved = archiveFiles(root).size() > templateVersions;
      List<String> left = StoreScan.filesHolding(root, theirs);
      if (finished.isPresent()) {
        assertThat(left).as("what is left after the child said erased (kill %d)", kill).isEmpty();
      }
      if (!logged) {
        untouched++;
      } else if (!saved) {
        loggedOnly++;
      } else if (!left.isEmpty()) {
        savedNotAll++;
      } else {
        complete++;
      }

      // the data protection lead erases again: done, or done already
      ErasureAcrossStore again = store.erase(SOTCOP, ErasureCrashChild.REQUEST);
      assertThat(again.outcome().isDone())
          .as("erasing again after kill %d, with files still holding them: %s", kill, left)
          .isEqualTo(!left.isEmpty());
      assertThat(StoreScan.filesHolding(root, theirs))
          .as("what is left after erasing again (kill %d)", kill)
          .isEmpty();
      Community after = store.load(SOTCOP).orElseThrow().community();
      assertThat(after.register().holds(EXPERT_CITIZEN)).isFalse();
      assertThat(after.register().people())
          .as("everyone else, after kill %d", kill)
          .containsExactlyElementsOf(
              before.register().people().stream()
                  .filter(p -> !p.id().equals(EXPERT_CITIZEN))
                  .toList());
      assertThat(after.sessions()).hasSameSizeAs(before.sessions());
      try (LiveSession live =
          store
              .resumeSession(SOTCOP, ScriptedSession.id(2), DamagedJournalPolicy.STRICT)
              .orElseThrow()) {
        assertThat(live.recorder().attendees()).doesNotContain(EXPERT_CITIZEN).isNotEmpty();
      }
      delete(root);
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    System.out.printf(
        "ErasureCrashTest: %d kills in %d s; killed before the log %d, after the log before the new"
            + " version %d, while backups or the journal were rewritten %d, after the erasure %d; longest erasure %d ms;"
            + " left behind after erasing again 0%n",
        KILLS,
        seconds,
        untouched,
        loggedOnly,
        savedNotAll,
        complete,
        TimeUnit.NANOSECONDS.toMillis(longest));
  }

  /**
   * Runs the child and kills it {@code delay} nanoseconds after it opened the store (a negative
   * delay lets it finish); the erasure's time if it finished first.
   */
  private Optional<Long> runAndKill(Path root, long delay) throws Exception {
    Path rehearsal = scratch.resolve("rehearsal");
    if (Files.exists(rehearsal)) {
      delete(rehearsal);
    }
    copy(template, rehearsal);
    KilledChild child =
        KilledChild.start(
            ErasureCrashChild.class,
            scratch.resolve("child-stderr.txt"),
            root.toString(),
            rehearsal.toString());
    child.awaitLines(1);
    if (delay < 0) {
      child.awaitExit();
    }
    LockSupport.parkNanos(Math.max(0, delay));
    List<String> lines = child.kill();
    assertThat(lines).as("the child started").startsWith("ready .");
    for (String line : lines) {
      Matcher m = ERASED.matcher(line);
      if (m.matches()) {
        return Optional.of(Long.parseLong(m.group(1)));
      }
    }
    return Optional.empty();
  }

  /**
   * Three versions of the community (two of them backups) and a paused session whose journal holds
   * the person's arrival and their own words.
   */
  private static void storeWithThePersonEverywhere(Path root) throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).keepBackups(10).build();
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    ArchiveVersion v2 =
        store.save(Community.builder().from(sotcop()).name("@SoTCoP (new name)").build(), v1);
    try (LiveSession live = store.startSession(SOTCOP, ScriptedSession.plan(1))) {
      ScriptedSession.events(1).forEach(live.recorder()::record);
      store.finishSession(live);
    }
    assertThat(store.load(SOTCOP).orElseThrow().version()).isNotEqualTo(v2);
    try (LiveSession live = store.startSession(SOTCOP, ScriptedSession.plan(2))) {
      live.recorder().record(new CaptureEvent.Arrived(EXPERT_CITIZEN));
      live.recorder()
          .record(
              new CaptureEvent.Contributed(
                  new Contribution(
                      ContributionKind.COMMENT,
                      OWN_WORDS,
                      Optional.of(EXPERT_CITIZEN),
                      Optional.empty())));
    }
  }

  private static Set<String> personalStrings(Person person) {
    Set<String> strings = new LinkedHashSet<>();
    strings.add(person.name());
    person.contact().email().ifPresent(strings::add);
    person.contact().phone().ifPresent(strings::add);
    strings.add(OWN_WORDS);
    return strings;
  }

  private static List<Path> archiveFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> ARCHIVE.matcher(f.getFileName().toString()).matches()).toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
