package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOTCOP;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.ScriptedSession;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.Resource;
import org.communityofpractice.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArchiveStoreTest {
  @TempDir Path root;

  private FileArchiveStore store(int keepBackups) {
    return FileArchiveStore.builder(root).keepBackups(keepBackups).build();
  }

  private static Community renamed(Community c, String name) {
    return Community.builder().from(c).name(name).build();
  }

  private static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void savesAndLoadsEachVersion() {
    FileArchiveStore store = store(10);
    assertThat(store.load(SOTCOP)).isEmpty();
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    assertThat(v1).isEqualTo(ArchiveVersion.of(1));
    assertThat(store.load(SOTCOP)).contains(new StoredArchive(sotcop(), v1));
    ArchiveVersion v2 = store.save(renamed(sotcop(), "@SoTCoP2"), v1);
    assertThat(store.load(SOTCOP).orElseThrow().community().name()).isEqualTo("@SoTCoP2");
    assertThat(store.loadBackup(SOTCOP, v1)).isEqualTo(sotcop());
    assertThat(store.communities()).containsExactly(SOTCOP);
    assertThat(v2.value()).isEqualTo(2);
  }

  @Test
  void keepsTheNewestBackupsOnly() throws IOException {
    FileArchiveStore store = store(2);
    ArchiveVersion v = ArchiveVersion.NONE;
    for (int i = 1; i <= 5; i++) {
      v = store.save(renamed(sotcop(), "@SoTCoP" + i), v);
    }
    assertThat(store.backups(SOTCOP))
        .extracting(ArchiveBackup::version)
        .containsExactly(ArchiveVersion.of(4), ArchiveVersion.of(3));
    assertThat(filesIn(store.folderOf(SOTCOP)))
        .containsExactly(
            ".lock",
            "archive-000000000003.json",
            "archive-000000000004.json",
            "archive-000000000005.json");
  }

  @Test
  void aSaveNamingAStaleVersionGetsAConflictAndWritesNothing() throws IOException {
    FileArchiveStore store = store(10);
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    store.save(renamed(sotcop(), "@First"), v1);
    List<String> before = filesIn(store.folderOf(SOTCOP));

    assertThatThrownBy(() -> store.save(renamed(sotcop(), "@Second"), v1))
        .isInstanceOfSatisfying(
            ArchiveConflictException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(v1);
              assertThat(e.actual()).isEqualTo(ArchiveVersion.of(2));
              assertThat(e.community()).isEqualTo(SOTCOP);
              assertThat(e.reason()).isEqualTo(StoreException.Reason.VERSION_CONFLICT);
            });
    assertThat(filesIn(store.folderOf(SOTCOP))).isEqualTo(before);
    assertThat(store.load(SOTCOP).orElseThrow().community().name()).isEqualTo("@First");
    assertThatThrownBy(() -> store.save(sotcop(), ArchiveVersion.NONE))
        .isInstanceOf(ArchiveConflictException.class);
  }

  @Test
  void twoWritersAtOnceOneWinsTheOtherIsToldAndNeitherChangeIsLost() throws Exception {
    FileArchiveStore first = store(50);
    FileArchiveStore second =
        store(50); // a second store object on the same folder, like a second program
    ArchiveVersion version = first.save(sotcop(), ArchiveVersion.NONE);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        StoredArchive loaded = first.load(SOTCOP).orElseThrow();
        Community a = withResource(loaded.community(), "a-" + round);
        Community b = withResource(loaded.community(), "b-" + round);
        CountDownLatch go = new CountDownLatch(1);
        Future<Object> fa = pool.submit(() -> attempt(go, first, a, loaded.version()));
        Future<Object> fb = pool.submit(() -> attempt(go, second, b, loaded.version()));
        go.countDown();
        Object ra = fa.get();
        Object rb = fb.get();
        List<Object> results = List.of(ra, rb);
        assertThat(results).filteredOn(r -> r instanceof ArchiveVersion).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof ArchiveConflictException).hasSize(1);
        boolean aWon = ra instanceof ArchiveVersion;
        StoredArchive now = first.load(SOTCOP).orElseThrow();
        assertThat(now.version()).isEqualTo(loaded.version().next());
        assertThat(now.community()).isEqualTo(aWon ? a : b);
        // the writer that lost reloads and applies its change again: both are kept
        Community again = withResource(now.community(), (aWon ? "b-" : "a-") + round);
        version = (aWon ? second : first).save(again, now.version());
        assertThat(first.load(SOTCOP).orElseThrow().community().resources())
            .extracting(Resource::title)
            .contains("a-" + round, "b-" + round);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(version).isEqualTo(ArchiveVersion.of(41));
    assertThat(filesIn(first.folderOf(SOTCOP))).noneMatch(f -> f.startsWith(".tmp"));
  }

  private static Object attempt(
      CountDownLatch go, FileArchiveStore store, Community c, ArchiveVersion expected)
      throws InterruptedException {
    go.await();
    try {
      return store.save(c, expected);
    } catch (ArchiveConflictException e) {
      return e;
    }
  }

  private static Community withResource(Community c, String title) {
    return Community.builder().from(c).addResource(Resource.of(title)).build();
  }

  @Test
  void aTruncatedArchiveIsReportedWithItsFileAndTheNewestGoodBackupAndLeftAsItIs()
      throws IOException {
    FileArchiveStore store = store(10);
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    ArchiveVersion v2 = store.save(renamed(sotcop(), "@Two"), v1);
    Path current = store.archiveFile(SOTCOP, v2);
    byte[] whole = Files.readAllBytes(current);
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
    Files.write(current, truncated);

    assertThatThrownBy(() -> store.load(SOTCOP))
        .isInstanceOfSatisfying(
            CorruptArchiveException.class,
            e -> {
              assertThat(e.location()).isEqualTo(current.toString());
              assertThat(e.jsonPath()).isPresent();
              assertThat(e.newestGoodBackup())
                  .hasValueSatisfying(
                      b -> {
                        assertThat(b.version()).isEqualTo(v1);
                        assertThat(b.location())
                            .isEqualTo(store.archiveFile(SOTCOP, v1).toString());
                      });
              assertThat(e.getMessage())
                  .contains(current.toString(), "version 1", "nothing was overwritten");
            });
    assertThat(Files.readAllBytes(current)).isEqualTo(truncated);
    // restoring is explicit: load the backup and save it as the next version
    ArchiveVersion v3 = store.save(store.loadBackup(SOTCOP, v1), v2);
    assertThat(store.load(SOTCOP)).contains(new StoredArchive(sotcop(), v3));
    assertThat(Files.readAllBytes(current)).isEqualTo(truncated);
  }

  @Test
  void anInvalidValueInTheArchiveIsReportedWithItsJsonPath() throws IOException {
    FileArchiveStore store = store(10);
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    Path file = store.archiveFile(SOTCOP, v1);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode tree = (ObjectNode) mapper.readTree(file.toFile());
    ((ObjectNode) tree.get("sessions").get(0).get("scaling").get(0).get("ratings").get(1))
        .put("value", 11);
    Files.write(file, mapper.writeValueAsBytes(tree));

    assertThatThrownBy(() -> store.load(SOTCOP))
        .isInstanceOfSatisfying(
            CorruptArchiveException.class,
            e -> {
              assertThat(e.jsonPath()).contains("$.sessions[0].scaling[0].ratings[1].value");
              assertThat(e.newestGoodBackup()).isEmpty();
              assertThat(e.getMessage()).contains(file.toString(), "no backup reads");
            });
  }

  @Test
  void aDamagedBackupIsPassedOverForAnOlderGoodOne() throws IOException {
    FileArchiveStore store = store(10);
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    ArchiveVersion v2 = store.save(renamed(sotcop(), "@Two"), v1);
    ArchiveVersion v3 = store.save(renamed(sotcop(), "@Three"), v2);
    Files.writeString(
        store.archiveFile(SOTCOP, v2), "{\"schemaVersion\": 1, ", StandardCharsets.UTF_8);
    Files.writeString(store.archiveFile(SOTCOP, v3), "garbage", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> store.loadBackup(SOTCOP, v2))
        .isInstanceOfSatisfying(
            CorruptArchiveException.class,
            e -> {
              assertThat(e.location()).isEqualTo(store.archiveFile(SOTCOP, v2).toString());
              assertThat(e.newestGoodBackup()).map(ArchiveBackup::version).contains(v1);
            });
    assertThatThrownBy(() -> store.load(SOTCOP))
        .isInstanceOfSatisfying(
            CorruptArchiveException.class,
            e -> assertThat(e.newestGoodBackup()).map(ArchiveBackup::version).contains(v1));
  }

  @Test
  void anArchiveInTheWrongFolderIsNotTakenForThisCommunity() throws IOException {
    FileArchiveStore store = store(10);
    store.save(sotcop(), ArchiveVersion.NONE);
    Community other =
        Community.builder()
            .from(sotcop())
            .id(org.communityofpractice.core.community.CommunityId.of("other"))
            .build();
    Path otherFolder = store.folderOf(other.id());
    Files.createDirectories(otherFolder);
    Files.copy(
        store.archiveFile(SOTCOP, ArchiveVersion.of(1)),
        otherFolder.resolve("archive-000000000001.json"));
    assertThatThrownBy(() -> store.load(other.id()))
        .isInstanceOfSatisfying(
            CorruptArchiveException.class,
            e -> {
              assertThat(e.jsonPath()).contains("$.id");
              assertThat(e.reason()).isEqualTo(StoreException.Reason.ARCHIVE_UNREADABLE);
              assertThat(e.line()).isEmpty();
            });
  }

  @Test
  void leftoverTemporaryFilesAreNeverReadAndAreCleanedAtTheNextSave() throws IOException {
    FileArchiveStore store = store(10);
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    Path leftover = store.folderOf(SOTCOP).resolve(".tmp-crashed.json");
    Files.writeString(leftover, "{\"half\": ");
    assertThat(store.load(SOTCOP)).isPresent();
    store.save(renamed(sotcop(), "@Two"), v1);
    assertThat(leftover).doesNotExist();
  }

  @Test
  void aFinishedSessionIsFoldedIntoTheArchiveAndItsJournalRemoved() throws IOException {
    FileArchiveStore store = store(10);
    store.save(sotcop(), ArchiveVersion.NONE);
    Session session;
    Path journal;
    try (LiveSession live = store.startSession(SOTCOP, ScriptedSession.plan(1))) {
      ScriptedSession.events(1).forEach(live.recorder()::record);
      journal = live.journalFile();
      assertThat(journal).exists();
      assertThat(store.sessionsInProgress(SOTCOP)).containsExactly(ScriptedSession.id(1));
      session = store.finishSession(live);
    }
    assertThat(journal).doesNotExist();
    assertThat(store.sessionsInProgress(SOTCOP)).isEmpty();
    StoredArchive stored = store.load(SOTCOP).orElseThrow();
    assertThat(stored.version()).isEqualTo(ArchiveVersion.of(2));
    assertThat(stored.community().session(ScriptedSession.id(1))).contains(session);
  }

  @Test
  void anInterruptedSessionIsResumedWhereItStopped() throws IOException {
    FileArchiveStore store = store(10);
    store.save(sotcop(), ArchiveVersion.NONE);
    List<CaptureEvent> events = ScriptedSession.events(1);
    Session expected;
    try (LiveSession live = store.startSession(SOTCOP, ScriptedSession.plan(1))) {
      events.subList(0, 10).forEach(live.recorder()::record);
    }
    try (LiveSession live =
        store
            .resumeSession(SOTCOP, ScriptedSession.id(1), DamagedJournalPolicy.STRICT)
            .orElseThrow()) {
      assertThat(live.recovery().eventsKept()).isEqualTo(11);
      events.subList(10, events.size()).forEach(live.recorder()::record);
      expected = live.recorder().finish();
      store.finishSession(live);
    }
    assertThat(store.load(SOTCOP).orElseThrow().community().session(ScriptedSession.id(1)))
        .contains(expected);
  }

  @Test
  @SuppressWarnings("try") // closes the live session inside the block, to copy its journal whole
  void aJournalWhoseSessionTheArchiveHoldsIsRemovedOnResume() throws IOException {
    FileArchiveStore store = store(10);
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    Path journalCopy = root.resolve("copy.jsonl");
    try (LiveSession live = store.startSession(SOTCOP, ScriptedSession.plan(1))) {
      ScriptedSession.events(1).forEach(live.recorder()::record);
      live.close();
      Files.copy(live.journalFile(), journalCopy);
      Session session = live.recorder().finish();
      Community folded = Community.builder().from(sotcop()).addSession(session).build();
      store.save(folded, v1);
      // the program stopped here, after folding and before removing the journal
    }
    assertThat(store.sessionsInProgress(SOTCOP)).containsExactly(ScriptedSession.id(1));
    assertThat(store.resumeSession(SOTCOP, ScriptedSession.id(1), DamagedJournalPolicy.STRICT))
        .isEmpty();
    assertThat(store.sessionsInProgress(SOTCOP)).isEmpty();
  }

  @Test
  void idsThatWouldLeaveTheStoreFolderAreRefused() {
    FileArchiveStore store = store(10);
    assertThatThrownBy(
            () -> store.folderOf(org.communityofpractice.core.community.CommunityId.of("..")))
        .isInstanceOf(org.communityofpractice.core.validation.InvalidValueException.class);
    assertThat(Optional.of(store.folderOf(SOTCOP).getParent()))
        .contains(root.toAbsolutePath().normalize());
    assertThat(new ArrayList<>(store.communities())).isEmpty();
  }
}
