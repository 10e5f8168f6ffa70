package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.examples.LoneWorkingCaseStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cop capture driven through its input stream, paused, torn by a simulated crash, and finished. */
class CaptureCommandTest {
  private static final String[] START = {
    "--session",
    "lone-working-3",
    "--topic",
    "lone-working",
    "--series",
    "lone-working-2017",
    "--facilitator",
    "p-sxgzkzw8zqr2",
    "--starts-at",
    "2017-04-06T10:00"
  };

  @TempDir Path dir;
  Path archive;

  @BeforeEach
  void demo() {
    archive = DemoArchive.in(dir.resolve("demo"));
  }

  private CopRun capture(String input, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "capture";
    args[1] = archive.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    return CopRun.withInput(input, args);
  }

  @Test
  void walksTheRunningOrderWithTheGuidesPromptsAndSavesTheSession() {
    CopRun run =
        capture(
            String.join(
                "\n",
                "arrived p-c675hgrb2spk p-w942hh3944b6 p-78nxwtq19mz6",
                "next",
                "next",
                "next",
                "hope p-c675hgrb2spk: Hear how the trial spread",
                "next",
                "next",
                "step after="
                    + LoneWorkingCaseStudy.SHARE_PROCEDURE
                    + " p-c675hgrb2spk: Two more teams use the buddy call",
                "next",
                "next",
                "next",
                "present case-study p-c675hgrb2spk: The buddy call in practice",
                "stop",
                "next",
                "say good-practice p-78nxwtq19mz6: Text your buddy when you leave",
                "next",
                "next",
                "scale",
                "rate 6 7 8 p-w942hh3944b6=7",
                "up A buddy rota for the whole team",
                "next",
                "action p-c675hgrb2spk: Write the procedure up for the guide",
                "conclude Buddy calls work across teams",
                "next",
                "say usefulness Hearing it has spread",
                "finish",
                ""),
            START);
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("Stage 1 of 16: Meet, greet and offer refreshments")
        .contains("? If this session is a good use of your time what will have happened?")
        .contains("? What small steps have you noticed since we last met?")
        .contains("Finished session lone-working-3");
    Community after = Archives.read(archive);
    Session s = after.session(SessionId.of("lone-working-3")).orElseThrow();
    assertThat(s.headcount()).isEqualTo(4);
    assertThat(s.smallSteps())
        .singleElement()
        .satisfies(
            step ->
                assertThat(step.followsAction()).contains(LoneWorkingCaseStudy.SHARE_PROCEDURE));
    assertThat(s.scaling().get(0).statistics().orElseThrow().median()).isEqualTo(7.0);
    assertThat(s.presentation()).isPresent();
    assertThat(s.actions())
        .singleElement()
        .satisfies(a -> assertThat(a.id().value()).isEqualTo("lone-working-3-a1"));
    assertThat(s.ran(StageKey.USEFULNESS)).isTrue();
  }

  @Test
  void refusesWhatDoesNotFitAndCarriesOn() throws IOException {
    CopRun run =
        capture(
            String.join(
                "\n",
                "arrived p-nobody",
                "frobnicate",
                "next",
                "next",
                "next",
                "skip",
                "pause",
                ""),
            START);
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("not recorded: that is not something to record")
        .contains("note: 'best-hopes' is core to every session")
        .contains("Paused.");
    List<String> refusals = run.out().lines().filter(l -> l.contains("not recorded:")).toList();
    assertThat(refusals).as("the unknown person and the unknown command").hasSize(2);
    assertThat(Files.readString(archive.resolve("journals").resolve("lone-working-3.jsonl")))
        .doesNotContain("p-nobody");
  }

  @Test
  void whatWasTypedIsNotRepeatedBackWhenItIsRefused() {
    CopRun run =
        capture(
            String.join(
                "\n",
                "arrived dee@example.org",
                "Dee Turner said it",
                "next",
                "next",
                "next",
                "next",
                "next",
                "next",
                "next",
                "next",
                "next",
                "next",
                "next",
                "scale",
                "rate Dee",
                "say dee-turner Hello",
                "pause",
                ""),
            START);
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out().lines().filter(l -> l.contains("not recorded:")).toList())
        .hasSize(4)
        .allSatisfy(l -> assertThat(l).doesNotContainIgnoringCase("dee"));
  }

  @Test
  void carriesOnAfterAPauseAndAfterACrashThatToreTheLastEntry() throws IOException {
    CopRun first =
        capture(
            String.join(
                "\n",
                "arrived p-c675hgrb2spk p-w942hh3944b6",
                "back best-hopes",
                "hope p-c675hgrb2spk: Hear how the trial spread",
                "conclude This line is torn by the crash",
                ""),
            START);
    assertThat(first.exitCode()).as("%s", first).isZero();
    assertThat(first.out()).contains("Paused.");
    Path journal = archive.resolve("journals").resolve("lone-working-3.jsonl");
    assertThat(journal).exists();
    List<String> lines = Files.readAllLines(journal);
    try (RandomAccessFile torn = new RandomAccessFile(journal.toFile(), "rw")) {
      torn.setLength(
          torn.length() - lines.get(lines.size() - 1).length() / 2 - 1); // a power cut mid-write
    }

    CopRun second = capture(String.join("\n", "status", "next", "finish", ""));
    assertThat(second.exitCode()).as("%s", second).isZero();
    assertThat(second.out())
        .contains(
            "Carrying on with session lone-working-3: " + (lines.size() - 1) + " entries were kept")
        .contains("torn")
        .contains("Finished session lone-working-3");
    Session s = Archives.read(archive).session(SessionId.of("lone-working-3")).orElseThrow();
    assertThat(s.bestHopes()).hasSize(1);
    assertThat(s.conclusions()).isEmpty();
    assertThat(s.headcount()).isEqualTo(3);
    assertThat(journal).doesNotExist();
  }

  @Test
  void asksForWhatItNeedsToStart() {
    CopRun run =
        capture(
            String.join("\n", "lone-working-3", "lone-working", "p-sxgzkzw8zqr2", "pause", ""),
            "--starts-at",
            "2017-04-06T10:00");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("Session id")
        .contains("Topic (prison-release, lone-working)")
        .contains("Session lone-working-3 on lone-working, 2017-04-06");
  }

  @Test
  void aPresenterNotYetMarkedAsArrivedIsMarkedAndTheSessionStillFinishes() {
    CopRun run =
        capture(
            String.join(
                "\n",
                "present case-study p-w942hh3944b6: Leaving prison on a Friday",
                "stop",
                "finish",
                ""),
            START);
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("p-w942hh3944b6 marked as arrived")
        .contains("the guide gives it five minutes, until")
        .contains("Finished session lone-working-3");
    Session s = Archives.read(archive).session(SessionId.of("lone-working-3")).orElseThrow();
    assertThat(s.presentation().orElseThrow().presenter()).contains(PersonId.of("p-w942hh3944b6"));
    assertThat(s.attendees()).contains(PersonId.of("p-w942hh3944b6"));
  }

  @Test
  void aPresentersLivedExperienceIsTheDefaultPerspectiveOnlyWithTheirConsentToRecordIt() {
    String present =
        String.join(
            "\n",
            "present case-study p-w942hh3944b6: Leaving prison on a Friday",
            "stop",
            "finish",
            "");
    // the demo's Expert Citizen agreed, in words they confirmed, to their lived experience being
    // recorded
    assertThat(capture(present, START).out()).contains("from the expert by experience perspective");
    assertThat(presentation().perspective()).contains(Perspective.EXPERT_BY_EXPERIENCE);

    archive = DemoArchive.in(dir.resolve("withdrawn"));
    CopRun withdrawn =
        CopRun.of(
            "consent",
            "withdraw",
            archive.toString(),
            "--person",
            "p-w942hh3944b6",
            "--purpose",
            "lived-experience-recorded",
            "--notice",
            "2016-1",
            "--method",
            "form",
            "--by",
            "facilitator",
            "--on",
            "2017-01-05");
    assertThat(withdrawn.exitCode()).as("%s", withdrawn).isZero();
    CopRun run = capture(present, START);
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).doesNotContain("perspective");
    assertThat(presentation().perspective())
        .as("the register's lived experience, without consent, is not copied into the session")
        .isEmpty();
  }

  private Presentation presentation() {
    return Archives.read(archive)
        .session(SessionId.of("lone-working-3"))
        .orElseThrow()
        .presentation()
        .orElseThrow();
  }

  @Test
  void aPresenterTheRegisterDoesNotHoldIsRefusedByIdAndReason() {
    CopRun run =
        capture(
            String.join("\n", "present case-study p-7kx2qd9m4tbz: A title", "finish", ""), START);
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains(
            "not recorded: p-7kx2qd9m4tbz: presenter must be held by the community's register");
  }

  @Test
  void arrivalsAlongsideSomeoneAlreadyInTheRoomAreAllKept() {
    CopRun run =
        capture(
            String.join(
                "\n",
                "arrived p-sxgzkzw8zqr2 p-c675hgrb2spk p-7kx2qd9m4tbz p-w942hh3944b6",
                "finish",
                ""),
            START);
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("p-sxgzkzw8zqr2 is already in the room.")
        .contains("not recorded: p-7kx2qd9m4tbz: person must be held by the community's register");
    Session s = Archives.read(archive).session(SessionId.of("lone-working-3")).orElseThrow();
    assertThat(s.attendees())
        .contains(PersonId.of("p-c675hgrb2spk"), PersonId.of("p-w942hh3944b6"));
  }

  @Test
  void enterAtAPromptAsksAgain() {
    CopRun run =
        capture(
            String.join(
                "\n",
                "",
                "lone-working-3",
                "",
                "lone-working",
                "  ",
                "p-sxgzkzw8zqr2",
                "pause",
                ""),
            "--starts-at",
            "2017-04-06T10:00");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Session lone-working-3 on lone-working, 2017-04-06");
  }

  @Test
  void namesCoFacilitatorsAndRecordersAndThePresentersPerspective() {
    CopRun run =
        CopRun.withInput(
            String.join(
                "\n",
                "present case-study as=expert-by-experience p-c675hgrb2spk: The buddy call",
                "stop",
                "finish",
                ""),
            DemoArchive.captureLoneWorking(
                archive, "--co-facilitator", "p-78nxwtq19mz6", "--recorder", "p-dj18hrrcqtc5"));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("from the expert by experience perspective");
    Session s = Archives.read(archive).session(SessionId.of("lone-working-3")).orElseThrow();
    assertThat(s.coFacilitators()).containsExactly(PersonId.of("p-78nxwtq19mz6"));
    assertThat(s.recorders()).containsExactly(PersonId.of("p-dj18hrrcqtc5"));
    assertThat(s.presentation().orElseThrow().perspective())
        .contains(Perspective.EXPERT_BY_EXPERIENCE);
  }

  @Test
  void countsThePresentationDownWhileItRuns() {
    CopRun run =
        capture(String.join("\n", "present materials Leaflets", "status", "pause", ""), START);
    assertThat(run.out()).contains("left of the guide's five minutes");
  }

  @Test
  void showsTheOpenActionsAtTheSmallStepsStage() {
    CopRun run =
        capture(String.join("\n", "next", "next", "next", "next", "next", "pause", ""), START);
    assertThat(run.out())
        .contains("Open actions, for the small steps noticed:")
        .contains(LoneWorkingCaseStudy.SHARE_PROCEDURE.value());
  }

  @Test
  void aFirstSessionAsksForTheCommunitysTimeZoneAndTellsTheChairWhoIsNew() throws IOException {
    Community demo = Archives.read(archive);
    Path fresh = dir.resolve("fresh");
    FileArchiveStore.builder(fresh)
        .build()
        .save(
            Community.builder().from(demo).sessions(List.of()).legacy(List.of()).build(),
            ArchiveVersion.NONE);
    CopRun run =
        CopRun.withInput(
            String.join(
                "\n", "Mars/Olympus", "Europe/Dublin", "arrived p-c675hgrb2spk", "pause", ""),
            "capture",
            fresh.resolve(demo.id().value()).toString(),
            "--session",
            "first",
            "--topic",
            "lone-working",
            "--facilitator",
            "p-sxgzkzw8zqr2",
            "--venue",
            "The hub",
            "--starts-at",
            "2017-04-06T10:00");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("The community's time zone (such as Europe/London)")
        .contains("That is not a time zone")
        .contains("p-c675hgrb2spk is new to the community: welcome them")
        .contains("New to the community, to welcome: p-sxgzkzw8zqr2");
    FileArchiveStore store = FileArchiveStore.builder(fresh).build();
    assertThat(store.sessionsInProgress(demo.id())).containsExactly(SessionId.of("first"));
  }

  @Test
  void aWalkInIsRegisteredAtTheDoorWithEachConsentAskedAndNothingAssumed() {
    Community before = Archives.read(archive);
    List<String> answers =
        new java.util.ArrayList<>(
            List.of(
                "walk-in",
                "Robin Walker",
                "robin-at-example",
                "Support Worker",
                "frontline-practitioner",
                "robin@example.org",
                "2016-1"));
    // every purpose asked in turn: an unclear answer is asked again; yes to the first two only
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      if (purpose.ordinal() == 0) {
        answers.add("maybe");
      }
      answers.add(purpose.ordinal() < 2 ? "yes" : "no");
    }
    answers.addAll(List.of("next", "finish", ""));
    CopRun run = capture(String.join("\n", answers), START);

    assertThat(run.exitCode()).as("%s", run).isZero();
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      assertThat(run.out()).contains(org.communityofpractice.examples.serve.Words.plainly(purpose));
    }
    assertThat(run.out())
        .contains("Please answer yes or no: nothing is assumed")
        .contains("That email cannot be used")
        .contains("marked as arrived; new to the community: welcome them")
        .as("what was typed about them is not echoed")
        .doesNotContain("robin-at-example")
        .doesNotContain("Robin Walker");
    Community after = Archives.read(archive);
    PersonId walkIn =
        after.register().ids().stream()
            .filter(id -> !before.register().holds(id))
            .collect(
                java.util.stream.Collectors.collectingAndThen(
                    java.util.stream.Collectors.toList(),
                    l -> {
                      assertThat(l).hasSize(1);
                      return l.get(0);
                    }));
    assertThat(after.register().find(walkIn).orElseThrow().name()).isEqualTo("Robin Walker");
    assertThat(after.register().find(walkIn).orElseThrow().contact().email())
        .contains("robin@example.org");
    assertThat(after.session(SessionId.of("lone-working-3")).orElseThrow().attendees())
        .contains(walkIn);
    java.time.Instant now = java.time.Instant.now();
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      assertThat(after.consent().inForce(walkIn, purpose, now))
          .as("%s", purpose)
          .isEqualTo(purpose.ordinal() < 2);
    }
    assertThat(after.consent().events())
        .filteredOn(e -> e.terms().person().equals(walkIn))
        .allSatisfy(e -> assertThat(e.terms().method()).isEqualTo(ConsentMethod.VERBAL));
  }

  @Test
  void aWalkInLeftUnfinishedKeepsNothingAboutThemAndTheSessionCarriesOn() throws IOException {
    Community before = Archives.read(archive);
    CopRun run =
        capture(
            String.join(
                "\n",
                "arrived p-c675hgrb2spk",
                "walk-in",
                "Robin Walker",
                "",
                "",
                "",
                "2016-1",
                "yes"),
            START);
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("Not registered: nothing about them was kept")
        .contains("Paused.");
    Community after = Archives.read(archive);
    assertThat(after.register().ids()).isEqualTo(before.register().ids());
    assertThat(after.consent().events()).hasSameSizeAs(before.consent().events());
    FileArchiveStore store = FileArchiveStore.builder(archive.getParent()).build();
    assertThat(store.sessionsInProgress(after.id()))
        .containsExactly(SessionId.of("lone-working-3"));
    assertThat(capture("finish\n", START).exitCode()).isZero();
    assertThat(
            Archives.read(archive)
                .session(SessionId.of("lone-working-3"))
                .orElseThrow()
                .attendees())
        .containsExactlyInAnyOrder(PersonId.of("p-c675hgrb2spk"), PersonId.of("p-sxgzkzw8zqr2"));
  }

  @Test
  void aPlainJsonFileIsRefused() throws IOException {
    Path plain = dir.resolve("sotcop.json");
    Files.copy(DemoArchive.currentFile(archive), plain);
    CopRun run = CopRun.withInput("", "capture", plain.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("not a folder of an archive store");
  }
}
