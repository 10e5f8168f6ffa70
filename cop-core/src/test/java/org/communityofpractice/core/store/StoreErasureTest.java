package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.fixtures.CommunityFixtures.EXPERT_CITIZEN;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOUSING_MANAGER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOTCOP;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.ScriptedSession;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Tombstone;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.rights.RetentionCategory;
import org.communityofpractice.core.rights.RetentionPolicy;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreErasureTest {
  private static final Actor DPO = Actor.role("data protection lead");
  private static final String OWN_WORDS = "My own words about the day I left, 2";

  @TempDir Path root;

  /**
   * A store with the person everywhere: the current archive and its backups (one of them damaged),
   * a folded session, and a session in progress whose journal holds their words and ends in a torn
   * line.
   */
  private FileArchiveStore storeWithTheExpertCitizenEverywhere() throws IOException {
    return storeWithTheExpertCitizenEverywhere(0);
  }

  /**
   * The same store, the journal in progress ending in {@code zeros} zero bytes after its torn line,
   * as a crash leaves the space the journal wrote ahead of its lines.
   */
  private FileArchiveStore storeWithTheExpertCitizenEverywhere(int zeros) throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).keepBackups(10).build();
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    store.save(Community.builder().from(sotcop()).name("@SoTCoP, renamed").build(), v1);
    StoredArchive v2 = store.load(SOTCOP).orElseThrow();
    store.save(sotcop(), v2.version());
    try (LiveSession live = store.startSession(SOTCOP, ScriptedSession.plan(1))) {
      List<CaptureEvent> events = ScriptedSession.events(1);
      events.subList(0, 25).forEach(live.recorder()::record);
      live.recorder().addArtefact(photographOfThem(1));
      events.subList(25, events.size()).forEach(live.recorder()::record);
      store.finishSession(live);
    }
    try (LiveSession live = store.startSession(SOTCOP, ScriptedSession.plan(2))) {
      List<CaptureEvent> events = ScriptedSession.events(2);
      events.subList(0, 25).forEach(live.recorder()::record);
      live.recorder().addArtefact(photographOfThem(2));
      live.recorder()
          .record(
              new CaptureEvent.Contributed(
                  new Contribution(
                      ContributionKind.COMMENT,
                      OWN_WORDS,
                      Optional.of(EXPERT_CITIZEN),
                      Optional.empty())));
    }
    Path journal = store.journalFile(SOTCOP, ScriptedSession.id(2));
    Files.writeString(
        journal,
        "{\"seq\":27,\"event\":{\"type\":\"contributed\",\"text\":\"" + OWN_WORDS,
        StandardOpenOption.APPEND);
    Files.write(journal, new byte[zeros], StandardOpenOption.APPEND);
    Path oldest = store.archiveFile(SOTCOP, v1);
    byte[] whole = Files.readAllBytes(oldest);
    Files.write(oldest, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
    return store;
  }

  private static Artefact photographOfThem(int n) {
    return Artefact.of(
            "photos/the-expert-citizen-at-the-flip-chart-" + n + ".jpg",
            "Our release-day map, " + n,
            "A flip chart of a release day")
        .picturing(List.of(EXPERT_CITIZEN));
  }

  @Test
  void aPhotographThatShowsThePersonIsInTheirAccessReportAndGoesFromEveryFileWithThem()
      throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere();
    Set<String> photographs =
        Set.of("the-expert-citizen-at-the-flip-chart-1", "the-expert-citizen-at-the-flip-chart-2");
    assertThat(filesHolding(photographs))
        .anyMatch(f -> f.startsWith("sotcop/journals/"))
        .anyMatch(f -> f.startsWith("sotcop/archive-"));
    assertThat(store.access(SOTCOP, EXPERT_CITIZEN).result().attendance())
        .filteredOn(a -> a.roles().contains(AccessReport.SessionRole.PICTURED))
        .extracting(AccessReport.Attendance::session)
        .contains(ScriptedSession.id(1), ScriptedSession.id(2));

    store.erase(
        SOTCOP,
        ErasureRequest.of(
                EXPERT_CITIZEN,
                Instant.parse("2016-08-01T09:00:00Z"),
                DPO,
                ErasureGround.REQUESTED_BY_PERSON)
            .keepingContributionsUnattributed());

    // even when their words stay unattributed, a photograph of them is their image and goes
    assertThat(filesHolding(photographs)).isEmpty();
  }

  @Test
  void erasureTakesThePersonOutOfTheSendLogAndWaitsForACirculationToFinish() throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere();
    PersonId other = org.communityofpractice.core.fixtures.CommunityFixtures.CHAIR;
    Instant at = Instant.parse("2016-04-01T09:00:00Z");
    try (SendLog log = SendLog.open(store, SOTCOP)) {
      log.attempting("report-s-1", EXPERT_CITIZEN, at);
      log.delivered("report-s-1", EXPERT_CITIZEN, at);
      log.attempting("report-s-1", other, at);
      log.delivered("report-s-1", other, at);
      // an organisation a series' findings went to, even one whose id spells the person's, is not
      // them
      log.delivered(
          "series-findings-1",
          org.communityofpractice.core.topic.RecipientId.of(
              org.communityofpractice.core.topic.OrganisationId.of(EXPERT_CITIZEN.value())),
          at);
      log.sequenceOf("next-session-uid", "2016-05-01 VOICES");
      ErasureRequest request =
          ErasureRequest.of(EXPERT_CITIZEN, at, DPO, ErasureGround.REQUESTED_BY_PERSON);
      assertThatThrownBy(() -> store.erase(SOTCOP, request))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.SEND_LOG_IN_USE));
    }
    Path file = SendLog.fileIn(store, SOTCOP);
    assertThat(Files.readString(file)).contains(EXPERT_CITIZEN.value());

    store.erase(
        SOTCOP, ErasureRequest.of(EXPERT_CITIZEN, at, DPO, ErasureGround.REQUESTED_BY_PERSON));

    assertThat(Files.readString(file)).doesNotContain("\"person\":\"" + EXPERT_CITIZEN.value());
    try (SendLog log = SendLog.open(store, SOTCOP)) {
      assertThat(log.statusOf("report-s-1"))
          .containsOnlyKeys(org.communityofpractice.core.topic.RecipientId.of(other));
      assertThat(log.statusOf("series-findings-1")).hasSize(1);
      assertThat(log.sequenceOf("next-session-uid", "2016-05-01 VOICES"))
          .isZero(); // calendar lines stay
    }
  }

  /** The person's name, contact details and every word recorded in their name. */
  private static Set<String> personalStrings(Community community, PersonId id) {
    AccessReport access = DataSubjectRights.access(community, id).result();
    Person entry = access.entry();
    Set<String> strings = new LinkedHashSet<>();
    strings.add(entry.name());
    entry.contact().email().ifPresent(strings::add);
    entry.contact().phone().ifPresent(strings::add);
    Stream.concat(access.said().stream(), access.smallSteps().stream())
        .forEach(s -> strings.add(s.text()));
    strings.add(OWN_WORDS);
    return strings;
  }

  /** Every file under the store's root holding one of the strings, as text or JSON-escaped. */
  private List<String> filesHolding(Set<String> strings) throws IOException {
    return StoreScan.filesHolding(root, strings);
  }

  @Test
  void afterErasureNoFileInTheStoreHoldsThePersonsPersonalStrings() throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere();
    Community before = store.load(SOTCOP).orElseThrow().community();
    Set<String> strings = personalStrings(before, EXPERT_CITIZEN);
    assertThat(strings).hasSizeGreaterThan(4);
    List<String> beforeErasure = filesHolding(strings);
    assertThat(beforeErasure)
        .anyMatch(f -> f.startsWith("sotcop/archive-000000000004.json"))
        .anyMatch(f -> f.startsWith("sotcop/archive-000000000001.json"))
        .anyMatch(f -> f.startsWith("sotcop/journals/"));

    ErasureAcrossStore done = store.erase(SOTCOP, eraseTheExpertCitizen());

    assertThat(done.outcome().isDone()).isTrue();
    assertThat(filesHolding(strings)).isEmpty();
    assertThat(done.version()).contains(ArchiveVersion.of(5));
    assertThat(done.reached().backupsRewritten())
        .contains(ArchiveVersion.of(4), ArchiveVersion.of(3), ArchiveVersion.of(2));
    assertThat(done.reached().backupsDeleted())
        .containsExactly(ArchiveVersion.of(1)); // the damaged one
    assertThat(done.reached().journalsRewritten()).containsExactly(ScriptedSession.id(2));
    assertThat(done.reached().journalDamage())
        .singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(29));

    Community after = store.load(SOTCOP).orElseThrow().community();
    assertThat(after.register().holds(EXPERT_CITIZEN)).isFalse();
    for (ArchiveBackup b : store.backups(SOTCOP)) {
      assertThat(store.loadBackup(SOTCOP, b.version()).register().holds(EXPERT_CITIZEN)).isFalse();
    }
    // the interrupted session still resumes, with the person's place kept under the opaque id
    PersonId opaque = done.outcome().result().tombstone().id();
    try (LiveSession live =
        store
            .resumeSession(SOTCOP, ScriptedSession.id(2), DamagedJournalPolicy.STRICT)
            .orElseThrow()) {
      Session resumed = live.recorder().finish();
      assertThat(resumed.attendees()).contains(opaque).doesNotContain(EXPERT_CITIZEN);
      assertThat(resumed.contributions()).noneMatch(c -> c.text().equals(OWN_WORDS));
      assertThat(resumed.scaling().get(0).ratings())
          .noneMatch(r -> r.ratedBy().equals(Optional.of(EXPERT_CITIZEN)));
      assertThat(resumed.headcount())
          .isEqualTo(
              ScriptedSession.events(2).subList(0, 25).stream()
                      .filter(e -> e instanceof CaptureEvent.Arrived)
                      .count()
                  + 2);
    }
  }

  @Test
  void anErasureReachesAJournalThatACrashLeftEndingInZeros() throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere(Journal.CHUNK_BYTES / 2);
    Set<String> strings =
        personalStrings(store.load(SOTCOP).orElseThrow().community(), EXPERT_CITIZEN);
    Path journal = store.journalFile(SOTCOP, ScriptedSession.id(2));
    assertThat(filesHolding(strings)).anyMatch(f -> f.startsWith("sotcop/journals/"));

    ErasureAcrossStore done = store.erase(SOTCOP, eraseTheExpertCitizen());

    assertThat(done.outcome().isDone()).isTrue();
    assertThat(done.reached().journalsRewritten()).containsExactly(ScriptedSession.id(2));
    assertThat(done.reached().journalDamage())
        .as("the torn line, and no damage made of the zeros")
        .singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(29));
    assertThat(filesHolding(strings)).isEmpty();
    assertThat(Files.readAllBytes(journal))
        .as("rewritten without the zeros")
        .doesNotContain((byte) 0);
    try (LiveSession live =
        store
            .resumeSession(SOTCOP, ScriptedSession.id(2), DamagedJournalPolicy.STRICT)
            .orElseThrow()) {
      assertThat(live.recorder().finish().contributions())
          .noneMatch(c -> c.text().equals(OWN_WORDS));
    }
  }

  @Test
  void aBackupGetsTheSameOpaqueIdsAsTheCurrentArchive() throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).keepBackups(10).build();
    ArchiveVersion v1 =
        store.save(sotcop(), ArchiveVersion.NONE); // from before the newcomer joined
    PersonId newcomer = PersonId.of("p-newcomer");
    store.save(
        Community.builder()
            .from(sotcop())
            .register(
                MemberRegister.builder()
                    .from(sotcop().register())
                    .addPerson(Person.builder().id(newcomer).name("Nia Newcomer").build())
                    .build())
            .build(),
        v1);
    Instant first = Instant.parse("2016-08-01T09:00:00Z");
    Instant second = Instant.parse("2016-08-02T09:00:00Z");
    store.erase(SOTCOP, ErasureRequest.of(newcomer, first, DPO, ErasureGround.REQUESTED_BY_PERSON));
    ErasureAcrossStore done =
        store.erase(
            SOTCOP,
            ErasureRequest.of(EXPERT_CITIZEN, second, DPO, ErasureGround.REQUESTED_BY_PERSON));

    PersonId opaque = done.outcome().result().tombstone().id();
    List<Tombstone> current = store.load(SOTCOP).orElseThrow().community().register().tombstones();
    assertThat(current).extracting(Tombstone::id).containsExactly(PersonId.of("erased-1"), opaque);
    Community before = store.loadBackup(SOTCOP, v1);
    assertThat(before.register().holds(newcomer)).isFalse();
    // the first backup never held the newcomer; the expert citizen's place there is the same opaque
    // id
    assertThat(before.register().tombstones())
        .singleElement()
        .satisfies(t -> assertThat(t.id()).isEqualTo(opaque))
        .satisfies(t -> assertThat(t.erasedAt()).isEqualTo(second));
    assertThat(before.sessions()).anyMatch(s -> s.attendees().contains(opaque));
    for (ArchiveBackup b : store.backups(SOTCOP)) {
      assertThat(current)
          .containsAll(store.loadBackup(SOTCOP, b.version()).register().tombstones());
    }
    assertThat(store.erasures(SOTCOP)).containsExactly(PersonId.of("erased-1"), opaque);
  }

  @Test
  void keptWordsStayUnattributedInTheJournal() throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere();
    store.erase(
        SOTCOP,
        ErasureRequest.of(
                EXPERT_CITIZEN,
                Instant.parse("2016-08-01T09:00:00Z"),
                DPO,
                ErasureGround.REQUESTED_BY_PERSON)
            .keepingContributionsUnattributed());
    List<CaptureEvent> events =
        Journal.read(store.journalFile(SOTCOP, ScriptedSession.id(2)), DamagedJournalPolicy.STRICT)
            .events();
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e).isInstanceOf(CaptureEvent.Contributed.class);
              Contribution c = ((CaptureEvent.Contributed) e).contribution();
              assertThat(c.text()).isEqualTo(OWN_WORDS);
              assertThat(c.by()).isEmpty();
            });
  }

  @Test
  void theJournalIsRedactedAsTheErasureRedactsTheSession() throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere();
    // the same session, finished and folded, then erased by the domain's rules
    Community before = store.load(SOTCOP).orElseThrow().community();
    List<CaptureEvent> journaled =
        Journal.read(store.journalFile(SOTCOP, ScriptedSession.id(2)), DamagedJournalPolicy.STRICT)
            .events();
    Session inProgress =
        org.communityofpractice.core.capture.SessionRecorder.replay(before, journaled).finish();
    ErasureRequest request =
        ErasureRequest.of(
            EXPERT_CITIZEN,
            Instant.parse("2016-08-01T09:00:00Z"),
            DPO,
            ErasureGround.REQUESTED_BY_PERSON);
    Community folded = Community.builder().from(before).addSession(inProgress).build();
    Session erasedByTheDomain =
        DataSubjectRights.erase(folded, request)
            .result()
            .community()
            .session(inProgress.id())
            .orElseThrow();

    ErasureAcrossStore done = store.erase(SOTCOP, request);
    Community after = store.load(SOTCOP).orElseThrow().community();
    List<CaptureEvent> redacted =
        Journal.read(store.journalFile(SOTCOP, ScriptedSession.id(2)), DamagedJournalPolicy.STRICT)
            .events();
    Session replayed =
        org.communityofpractice.core.capture.SessionRecorder.replay(after, redacted).finish();

    assertThat(done.outcome().isDone()).isTrue();
    assertThat(replayed).isEqualTo(erasedByTheDomain);
  }

  @Test
  void theErasureLogBringsACopyKeptOutsideTheStoreBackIntoLine() throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).build();
    store.save(sotcop(), ArchiveVersion.NONE);
    String copiedOut =
        Files.readString(store.archiveFile(SOTCOP, ArchiveVersion.of(1))); // e.g. an offsite copy
    assertThat(store.erasures(SOTCOP)).isEmpty();

    ErasureRequest request =
        ErasureRequest.of(
            EXPERT_CITIZEN,
            Instant.parse("2016-08-01T09:00:00Z"),
            DPO,
            ErasureGround.REQUESTED_BY_PERSON);
    PersonId opaque = store.erase(SOTCOP, request).outcome().result().tombstone().id();

    assertThat(store.erasures(SOTCOP)).containsExactly(opaque);
    assertThat(FileArchiveStore.builder(root).build().erasures(SOTCOP)).containsExactly(opaque);
    Community restored = org.communityofpractice.core.json.ArchiveJson.create().read(copiedOut);
    assertThat(restored.register().holds(EXPERT_CITIZEN)).isTrue();
    ErasureLog.Replay replay = store.replayErasures(SOTCOP, restored);
    assertThat(replay.applied()).containsExactly(request);
    assertThat(replay.community().register().holds(EXPERT_CITIZEN)).isFalse();
    assertThat(replay.community().register().tombstones())
        .extracting(Tombstone::id)
        .containsExactly(opaque);
    assertThat(Files.readString(store.erasureLogFile(SOTCOP)))
        .as("the log names the person by keyed hash, never by id or name")
        .doesNotContain(EXPERT_CITIZEN.value())
        .doesNotContain(sotcop().register().find(EXPERT_CITIZEN).orElseThrow().name());
  }

  @Test
  void retentionErasuresAreLoggedToo() throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).build();
    store.save(sotcop(), ArchiveVersion.NONE);
    RetentionAcrossStore swept =
        store.applyRetention(
            SOTCOP,
            RetentionPolicy.none().keep(RetentionCategory.WHOLE_RECORD, Period.ofDays(1)),
            Instant.parse("2030-01-01T00:00:00Z"),
            DPO);
    assertThat(swept.report().erasures()).isNotEmpty();
    assertThat(store.erasures(SOTCOP))
        .containsExactlyElementsOf(
            swept.report().erasures().stream().map(ErasureLog.Entry::tombstone).toList());
  }

  @Test
  void aRefusedErasureChangesNothing() throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere();
    List<String> before = listing();
    ErasureAcrossStore refused =
        store.erase(
            SOTCOP,
            ErasureRequest.of(
                PersonId.of("p-nobody"),
                Instant.parse("2016-08-01T09:00:00Z"),
                DPO,
                ErasureGround.REQUESTED_BY_PERSON));
    assertThat(refused.outcome().isDone()).isFalse();
    assertThat(refused.version()).isEmpty();
    assertThat(listing()).isEqualTo(before);
  }

  @Test
  void anErasureWaitsForSessionsBeingRecordedToClose() throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere();
    try (LiveSession live =
        store
            .resumeSession(SOTCOP, ScriptedSession.id(2), DamagedJournalPolicy.STRICT)
            .orElseThrow()) {
      assertThat(live.recorder().events()).isNotEmpty();
      List<String> whileOpen = listing();
      assertThatThrownBy(() -> store.erase(SOTCOP, eraseTheExpertCitizen()))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.JOURNAL_IN_USE));
      assertThat(listing()).isEqualTo(whileOpen);
    }
  }

  @Test
  void retentionRemovesContactDetailsFromTheArchiveAndEveryBackup() throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere();
    Community before = store.load(SOTCOP).orElseThrow().community();
    Set<String> contacts = new LinkedHashSet<>();
    before
        .register()
        .people()
        .forEach(
            p -> {
              p.contact().email().ifPresent(contacts::add);
              p.contact().phone().ifPresent(contacts::add);
            });
    assertThat(filesHolding(contacts)).isNotEmpty();

    RetentionAcrossStore done =
        store.applyRetention(
            SOTCOP,
            RetentionPolicy.none().keep(RetentionCategory.CONTACT_DETAILS, Period.ofMonths(1)),
            Instant.parse("2030-01-01T00:00:00Z"),
            DPO);

    assertThat(done.report().anonymised()).isNotEmpty();
    assertThat(filesHolding(contacts)).isEmpty();
    assertThat(done.reached().backupsRewritten()).isNotEmpty();
    assertThat(done.report().erasures()).isEmpty();
    assertThat(done.reached().journalsRewritten())
        .as("a sweep that erases nobody leaves the journals")
        .isEmpty();
  }

  // ---- an erasure cannot be undone by the obvious path ----

  private static final Instant ERASED_AT = Instant.parse("2016-08-01T09:00:00Z");

  private static ErasureRequest eraseTheExpertCitizen() {
    return ErasureRequest.of(EXPERT_CITIZEN, ERASED_AT, DPO, ErasureGround.REQUESTED_BY_PERSON);
  }

  @Test
  void anErasureMadeOnTheValueAndSavedReachesTheBackupsAndIsLogged() throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere();
    Set<String> strings =
        personalStrings(store.load(SOTCOP).orElseThrow().community(), EXPERT_CITIZEN);
    StoredArchive current = store.load(SOTCOP).orElseThrow();
    org.communityofpractice.core.rights.Erasure erasure =
        DataSubjectRights.erase(current.community(), eraseTheExpertCitizen()).result();

    store.save(erasure.community(), current.version());

    assertThat(filesHolding(strings)).isEmpty();
    for (ArchiveBackup b : store.backups(SOTCOP)) {
      assertThat(store.loadBackup(SOTCOP, b.version()).register().holds(EXPERT_CITIZEN)).isFalse();
    }
    assertThat(store.erasures(SOTCOP)).containsExactly(erasure.tombstone().id());
  }

  @Test
  void eraseStillReachesTheBackupsWhenTheCurrentArchiveNoLongerHoldsThePerson() throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).build();
    store.save(sotcop(), ArchiveVersion.NONE);
    Set<String> strings = personalStrings(sotcop(), EXPERT_CITIZEN);
    // as an earlier version of the store left it: erased on the value and saved, backups untouched
    org.communityofpractice.core.rights.Erasure erasure =
        DataSubjectRights.erase(sotcop(), eraseTheExpertCitizen()).result();
    Files.writeString(
        store.archiveFile(SOTCOP, ArchiveVersion.of(2)),
        org.communityofpractice.core.json.ArchiveJson.create().write(erasure.community()));
    assertThat(filesHolding(strings)).isNotEmpty();

    ErasureAcrossStore done = store.erase(SOTCOP, eraseTheExpertCitizen());

    assertThat(done.outcome().isDone()).isTrue();
    assertThat(done.version()).isEmpty();
    assertThat(done.reached().backupsRewritten()).containsExactly(ArchiveVersion.of(1));
    assertThat(filesHolding(strings)).isEmpty();
    assertThat(store.loadBackup(SOTCOP, ArchiveVersion.of(1)).register().tombstones())
        .extracting(Tombstone::id)
        .containsExactly(erasure.tombstone().id());
  }

  @Test
  void savingACopyFromBeforeAnErasureDoesNotBringThePersonBack() throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).build();
    store.save(sotcop(), ArchiveVersion.NONE);
    PersonId opaque =
        store.erase(SOTCOP, eraseTheExpertCitizen()).outcome().result().tombstone().id();
    Set<String> strings = personalStrings(sotcop(), EXPERT_CITIZEN);

    // the demo run again, or a backup restored from elsewhere, saved over the erasure
    ArchiveVersion v = store.save(sotcop(), store.load(SOTCOP).orElseThrow().version());

    Community saved = store.load(SOTCOP).orElseThrow().community();
    assertThat(v).isEqualTo(ArchiveVersion.of(3));
    assertThat(saved.register().holds(EXPERT_CITIZEN)).isFalse();
    assertThat(saved.register().tombstones()).extracting(Tombstone::id).containsExactly(opaque);
    assertThat(filesHolding(strings)).isEmpty();
  }

  @Test
  void withoutItsKeyTheErasureLogRefusesToLetASaveThrough() throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).build();
    store.save(sotcop(), ArchiveVersion.NONE);
    store.erase(SOTCOP, eraseTheExpertCitizen());
    Files.delete(store.erasureKeyFile(SOTCOP));
    ArchiveVersion current = store.load(SOTCOP).orElseThrow().version();
    assertThatThrownBy(() -> store.save(sotcop(), current))
        .isInstanceOf(CorruptArchiveException.class)
        .hasMessageContaining("erasure-key");
    assertThat(store.load(SOTCOP).orElseThrow().version()).isEqualTo(current);
  }

  /**
   * The kill hunt's finding: a kill while the first erasure wrote the key left an empty key file,
   * and every erasure after it was refused.
   */
  @Test
  void aKeyFileCutShortBeforeAnyErasureWasLoggedIsMadeAgain() throws IOException {
    List<String> cuts = List.of("", "3f9a", "x".repeat(10_000));
    for (int i = 0; i < cuts.size(); i++) {
      FileArchiveStore store = FileArchiveStore.builder(root.resolve("store-" + i)).build();
      store.save(sotcop(), ArchiveVersion.NONE);
      Files.writeString(store.erasureKeyFile(SOTCOP), cuts.get(i));

      store.erase(SOTCOP, eraseTheExpertCitizen());

      assertThat(Files.readString(store.erasureKeyFile(SOTCOP)))
          .as("the key made again over %d characters", cuts.get(i).length())
          .matches("[0-9a-f]{64}\n");
      assertThat(store.load(SOTCOP).orElseThrow().community().register().holds(EXPERT_CITIZEN))
          .isFalse();
      try (Stream<Path> files = Files.list(store.erasureKeyFile(SOTCOP).getParent())) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .as("temporary files left")
            .noneMatch(n -> n.startsWith(".tmp-"));
      }
    }
  }

  @Test
  void aKeyFileCutShortOnceErasuresAreLoggedIsRefusedAndNothingIsWritten() throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).build();
    store.save(sotcop(), ArchiveVersion.NONE);
    store.erase(SOTCOP, eraseTheExpertCitizen());
    byte[] log = Files.readAllBytes(store.erasureLogFile(SOTCOP));
    Files.writeString(store.erasureKeyFile(SOTCOP), "3f9a");
    ArchiveVersion current = store.load(SOTCOP).orElseThrow().version();

    ErasureRequest eraseAnother =
        ErasureRequest.of(HOUSING_MANAGER, ERASED_AT, DPO, ErasureGround.REQUESTED_BY_PERSON);
    assertThatThrownBy(() -> store.erase(SOTCOP, eraseAnother))
        .isInstanceOf(CorruptArchiveException.class)
        .hasMessageContaining("erasure-key")
        .hasMessageContaining("64 lower-case hex digits");
    assertThat(Files.readString(store.erasureKeyFile(SOTCOP))).isEqualTo("3f9a");
    assertThat(Files.readAllBytes(store.erasureLogFile(SOTCOP))).isEqualTo(log);
    assertThat(store.load(SOTCOP).orElseThrow().version()).isEqualTo(current);
  }

  @Test
  void aCopyHoldingAnErasedPersonForALegalClaimIsNotSaved() throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).build();
    store.save(sotcop(), ArchiveVersion.NONE);
    store.erase(SOTCOP, eraseTheExpertCitizen());
    Community held =
        DataSubjectRights.restrict(
                sotcop(),
                EXPERT_CITIZEN,
                org.communityofpractice.core.people.RestrictionGround.NEEDED_FOR_LEGAL_CLAIM,
                DPO,
                ERASED_AT)
            .result();
    ArchiveVersion current = store.load(SOTCOP).orElseThrow().version();
    assertThatThrownBy(() -> store.save(held, current))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.ERASURE_NOT_REPLAYED))
        .hasMessageNotContaining(EXPERT_CITIZEN.value());
    assertThat(store.load(SOTCOP).orElseThrow().version()).isEqualTo(current);
  }

  @Test
  void theAccessReportIncludesWhatTheJournalsHold() throws IOException {
    FileArchiveStore store = storeWithTheExpertCitizenEverywhere();
    Community current = store.load(SOTCOP).orElseThrow().community();
    AccessReport archiveOnly = DataSubjectRights.access(current, EXPERT_CITIZEN).result();
    AccessReport withJournals = store.access(SOTCOP, EXPERT_CITIZEN).result();
    assertThat(archiveOnly.said()).noneMatch(x -> x.text().equals(OWN_WORDS));
    assertThat(withJournals.said()).anyMatch(x -> x.text().equals(OWN_WORDS));
    assertThat(withJournals.attendance())
        .extracting(AccessReport.Attendance::session)
        .contains(ScriptedSession.id(2));
  }

  @Test
  void theErasureNamesTheSessionsWhereOtherPeoplesWordsMentionThePerson() throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(root).build();
    String given = sotcop().register().find(EXPERT_CITIZEN).orElseThrow().name().split(" ")[0];
    Session first = sotcop().sessions().get(0);
    Session mentioning =
        Session.builder()
            .from(first)
            .addContributions(
                new Contribution(
                    ContributionKind.COMMENT,
                    "Thanks to " + given + " for the story",
                    Optional.of(org.communityofpractice.core.fixtures.CommunityFixtures.CHAIR),
                    Optional.empty()))
            .build();
    List<Session> sessions = new ArrayList<>(sotcop().sessions());
    sessions.set(0, mentioning);
    store.save(Community.builder().from(sotcop()).sessions(sessions).build(), ArchiveVersion.NONE);

    ErasureAcrossStore done = store.erase(SOTCOP, eraseTheExpertCitizen());

    assertThat(done.mentionedIn()).containsExactly(first.id());
  }

  @Test
  void everythingTheStoreWritesIsOwnerOnly() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(root)
            .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
    Path storeRoot = root.resolve("store");
    FileArchiveStore store = FileArchiveStore.builder(storeRoot).build();
    store.save(sotcop(), ArchiveVersion.NONE);
    Path stray = store.folderOf(SOTCOP).resolve("archive-000000000001.json");
    Files.setPosixFilePermissions(
        stray, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    store.save(sotcop(), ArchiveVersion.of(1));
    try (LiveSession live = store.startSession(SOTCOP, ScriptedSession.plan(2))) {
      ScriptedSession.events(2).subList(0, 5).forEach(live.recorder()::record);
    }
    store.erase(SOTCOP, eraseTheExpertCitizen());
    try (Stream<Path> all = Files.walk(storeRoot)) {
      for (Path p : all.toList()) {
        String perms =
            java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        assertThat(perms)
            .as(storeRoot.relativize(p).toString())
            .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
      }
    }
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<String> out = new ArrayList<>();
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.add(root.relativize(f) + " " + java.util.Arrays.hashCode(Files.readAllBytes(f)));
      }
      return out;
    }
  }
}
