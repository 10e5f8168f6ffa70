package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.LifeCycleEntry;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.TopicId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * init, people import, person add, consent, topic, series, action done, and the subject requests,
 * through the store.
 */
class RecordKeepingCommandsTest {
  static final String SHEET =
      String.join(
          "\n",
          "name,email,role,perspectives,communications,named,quoted,notice",
          "Sam Example,sam@example.org,Expert Citizen,expert-by-experience,yes,,yes,2016-1",
          "Alex Example,alex@example.org,Housing Manager,manager,yes,yes,,2016-1",
          "Kim Example,,Support Worker,frontline-practitioner,,,,",
          "");

  @TempDir Path dir;

  Path store() {
    Path store = dir.resolve("my-cop");
    CopRun init =
        CopRun.of(
            "init",
            store.toString(),
            "--name",
            "@MyCoP",
            "--place",
            "Stoke-on-Trent",
            "--zone",
            "Europe/London");
    assertThat(init.exitCode()).as("%s", init).isZero();
    return store;
  }

  Path sheet(String name, String text) throws IOException {
    Path sheet = dir.resolve(name);
    Files.writeString(sheet, text, StandardCharsets.UTF_8);
    return sheet;
  }

  @Test
  void initMakesANewCommunityInANewStoreWithItsTimeZone() {
    Path store = store();
    Community community = Archives.read(store);
    assertThat(community.name()).isEqualTo("@MyCoP");
    assertThat(community.id().value()).isEqualTo("mycop");
    assertThat(InitCommand.zoneOf(store)).isEqualTo(ZoneId.of("Europe/London"));
    CopRun again = CopRun.of("init", store.toString(), "--name", "@Other", "--place", "Leek");
    assertThat(again.exitCode()).as("%s", again).isEqualTo(Cop.USAGE);
  }

  @Test
  void initAwayFromATerminalDoesNotAskButSaysWhatIsMissing() {
    CopRun run =
        CopRun.withInput(
            "@MyCoP\n", "init", dir.resolve("s").toString(), "--place", "Stoke-on-Trent");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("give --name");
    assertThat(dir.resolve("s")).doesNotExist();
  }

  @Test
  void initAtATerminalAsksForWhatIsMissingAndOffersItsDefaultZone() {
    Path store = dir.resolve("asked");
    CopRun run = CopRun.atTerminal("@MyCoP\nStoke-on-Trent\n\n", "init", store.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("The community's name (such as @SoTCoP): ")
        .contains("Where it meets (such as Stoke-on-Trent): ")
        .contains("Its time zone [Europe/London]: ");
    Community community = Archives.read(store);
    assertThat(community.name()).isEqualTo("@MyCoP");
    assertThat(community.place()).isEqualTo("Stoke-on-Trent");
    assertThat(InitCommand.zoneOf(store)).isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void initAtATerminalAsksOnlyForWhatWasNotGivenAndAnUnansweredQuestionWritesNothing() {
    CopRun zoned =
        CopRun.atTerminal(
            "Europe/Dublin\n",
            "init",
            dir.resolve("z").toString(),
            "--name",
            "@MyCoP",
            "--place",
            "Leek");
    assertThat(zoned.exitCode()).as("%s", zoned).isZero();
    assertThat(zoned.out()).doesNotContain("The community's name").doesNotContain("Where it meets");
    assertThat(InitCommand.zoneOf(dir.resolve("z"))).isEqualTo(ZoneId.of("Europe/Dublin"));

    CopRun unanswered =
        CopRun.atTerminal("", "init", dir.resolve("u").toString(), "--place", "Leek");
    assertThat(unanswered.exitCode()).as("%s", unanswered).isEqualTo(Cop.USAGE);
    assertThat(unanswered.err()).contains("give --name");
    assertThat(dir.resolve("u")).doesNotExist();
  }

  @Test
  void importAddsThePeopleOfASignInSheetWithTheConsentEachTicked() throws IOException {
    Path store = store();
    CopRun run =
        CopRun.of(
            "people",
            "import",
            store.toString(),
            sheet("sign-in.csv", SHEET).toString(),
            "--by",
            "facilitator",
            "--on",
            "2016-03-03");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("Imported 3 people")
        .containsPattern("community-communications +2 agreed")
        .containsPattern("named-in-reports +1 agreed");
    Community community = Archives.read(store);
    assertThat(community.register().people()).hasSize(3);
    PersonId sam = community.register().people().get(0).id();
    PersonId kim = community.register().people().get(2).id();
    assertThat(community.register().find(sam).orElseThrow().perspectives())
        .containsExactly(Perspective.EXPERT_BY_EXPERIENCE);
    assertThat(community.consent().history(sam))
        .extracting(e -> e.terms().purpose())
        .containsExactlyInAnyOrder(
            ConsentPurpose.COMMUNITY_COMMUNICATIONS, ConsentPurpose.QUOTED_BY_ROLE);
    assertThat(community.consent().history(sam))
        .allSatisfy(
            e -> {
              assertThat(e.terms().method()).isEqualTo(ConsentMethod.PAPER_ATTENDANCE_LIST);
              assertThat(e.terms().notice().value()).isEqualTo("2016-1");
              assertThat(e.terms().recordedBy()).isEqualTo(Actor.role("facilitator"));
            });
    assertThat(community.consent().history(kim)).as("a blank tick assumes nothing").isEmpty();
  }

  @Test
  void badRowsAreReportedByLineAndColumnAndNothingIsWritten() throws IOException {
    Path store = store();
    List<Path> before = DemoArchive.files(store);
    Path bad =
        sheet(
            "bad.csv",
            String.join(
                "\n",
                "name,email,perspectives,communications,notice",
                "Sam Example,sam@example.org,expert-by-experience,yes,2016-1",
                "Alex Example,alex-at-example,manager,maybe,2016-1",
                ",kim@example.org,frontline-practitioner,yes,",
                ""));
    CopRun run =
        CopRun.of("people", "import", store.toString(), bad.toString(), "--by", "facilitator");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(run.err())
        .contains("nothing was imported")
        .contains("line 3, column email:")
        .contains("line 3, column 'communications': must be yes or no")
        .contains("line 4, column name: is needed")
        .contains("line 4, column notice:")
        .doesNotContain("line 2")
        .doesNotContain("alex-at-example")
        .doesNotContain("maybe");
    assertThat(DemoArchive.files(store)).as("not even the good row is written").isEqualTo(before);
  }

  @Test
  void personConsentTopicAndSeriesAreAddedThroughTheStore() {
    Path store = store();
    String s = store.toString();
    assertThat(
            CopRun.of(
                    "person",
                    "add",
                    s,
                    "--id",
                    "p-chair",
                    "--name",
                    "Steve Example",
                    "--perspectives",
                    "neutral-expert",
                    "--email",
                    "steve@example.org")
                .exitCode())
        .isZero();
    assertThat(
            CopRun.of(
                    "consent",
                    "grant",
                    s,
                    "--person",
                    "p-chair",
                    "--purpose",
                    "named",
                    "--notice",
                    "2016-1",
                    "--method",
                    "form",
                    "--by",
                    "p-chair")
                .exitCode())
        .isZero();
    assertThat(
            CopRun.of(
                    "consent",
                    "withdraw",
                    s,
                    "--person",
                    "p-chair",
                    "--purpose",
                    "named-in-reports",
                    "--notice",
                    "2016-1",
                    "--method",
                    "email",
                    "--by",
                    "facilitator")
                .exitCode())
        .isZero();
    assertThat(
            CopRun.of(
                    "topic",
                    "add",
                    s,
                    "--id",
                    "prison-release",
                    "--title",
                    "Prison release",
                    "--needs",
                    "expert-by-experience;neutral-expert")
                .exitCode())
        .isZero();
    assertThat(
            CopRun.of(
                    "series",
                    "add",
                    s,
                    "--id",
                    "pr-2016",
                    "--topic",
                    "prison-release",
                    "--title",
                    "Prison release 2016")
                .exitCode())
        .isZero();
    CopRun unknownTopic =
        CopRun.of("series", "add", s, "--id", "x", "--topic", "nothing", "--title", "X");
    assertThat(unknownTopic.exitCode()).as("%s", unknownTopic).isEqualTo(Cop.USAGE);

    Community community = Archives.read(store);
    PersonId chair = PersonId.of("p-chair");
    assertThat(community.register().holds(chair)).isTrue();
    assertThat(community.consent().history(chair)).hasSize(2);
    assertThat(community.consent().history(chair).get(0).terms().recordedBy())
        .isEqualTo(Actor.person(chair));
    assertThat(
            community
                .consent()
                .inForce(chair, ConsentPurpose.NAMED_IN_REPORTS, java.time.Instant.now()))
        .isFalse();
    assertThat(community.topic(TopicId.of("prison-release")).orElseThrow().neededPerspectives())
        .containsExactlyInAnyOrder(Perspective.EXPERT_BY_EXPERIENCE, Perspective.NEUTRAL_EXPERT);
    assertThat(community.series(SeriesId.of("pr-2016"))).isPresent();
    assertThat(Archives.inStore(store).archive().version().value())
        .as("one version per change")
        .isEqualTo(6L);
  }

  @Test
  void actionDoneMarksAnOpenActionDoneOnTheDayGiven() {
    Path archive = DemoArchive.in(dir.resolve("demo"));
    CopRun run =
        CopRun.of(
            "action",
            "done",
            archive.toString(),
            "--action",
            "pr-send-report",
            "--on",
            "2016-06-01");
    assertThat(run.exitCode()).as("%s", run).isZero();
    Action action =
        Archives.read(archive)
            .session(SessionId.of("prison-release-3"))
            .orElseThrow()
            .actions()
            .stream()
            .filter(a -> a.id().value().equals("pr-send-report"))
            .findFirst()
            .orElseThrow();
    assertThat(action.completedOn()).contains(LocalDate.of(2016, 6, 1));
    CopRun again = CopRun.of("action", "done", archive.toString(), "--action", "pr-send-report");
    assertThat(again.exitCode()).as("%s", again).isEqualTo(Cop.USAGE);
    assertThat(again.err()).contains("already marked done on 2016-06-01");
    assertThat(
            CopRun.of("action", "done", archive.toString(), "--action", "no-such-action")
                .exitCode())
        .isEqualTo(Cop.USAGE);
  }

  @Test
  void lifeCycleRecordsEachStageEnteredWithItsDateAndShowsTheHistory() {
    Path store = store();
    CopRun norming = CopRun.of("life-cycle", store.toString(), "norming", "--on", "2016-05-05");
    assertThat(norming.exitCode()).as("%s", norming).isZero();
    assertThat(norming.out()).contains("The community entered the norming stage on 2016-05-05.");
    CopRun performing =
        CopRun.of("life-cycle", store.toString(), "Performing", "--on", "2017-01-12");
    assertThat(performing.exitCode()).as("%s", performing).isZero();
    Community community = Archives.read(store);
    assertThat(community.lifeCycleStage()).isEqualTo(LifeCycleStage.PERFORMING);
    assertThat(community.lifeCycleHistory())
        .containsExactly(
            LifeCycleEntry.undated(LifeCycleStage.FORMING),
            LifeCycleEntry.of(LifeCycleStage.NORMING, LocalDate.of(2016, 5, 5)),
            LifeCycleEntry.of(LifeCycleStage.PERFORMING, LocalDate.of(2017, 1, 12)));
    CopRun shown = CopRun.of("life-cycle", store.toString());
    assertThat(shown.exitCode()).as("%s", shown).isZero();
    assertThat(shown.out())
        .containsSubsequence(
            "forming  (date not recorded)", "norming  2016-05-05", "performing  2017-01-12");
  }

  @Test
  void lifeCycleRefusesADayStillToComeAnEarlierDayTheSameStageOrAnUnknownOne() {
    Path store = store();
    assertThat(
            CopRun.of("life-cycle", store.toString(), "norming", "--on", "2016-05-05").exitCode())
        .isZero();
    CopRun future =
        CopRun.of(
            "life-cycle",
            store.toString(),
            "performing",
            "--on",
            LocalDate.now(ZoneId.of("UTC")).plusDays(2).toString());
    assertThat(future.exitCode()).as("%s", future).isEqualTo(Cop.USAGE);
    assertThat(future.err()).contains("is still to come");
    CopRun earlier = CopRun.of("life-cycle", store.toString(), "performing", "--on", "2016-05-05");
    assertThat(earlier.exitCode()).as("%s", earlier).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(earlier.err())
        .contains("lifeCycleHistory[2].enteredOn must be after the date of the entry before it");
    CopRun same = CopRun.of("life-cycle", store.toString(), "norming");
    assertThat(same.exitCode()).as("%s", same).isEqualTo(Cop.USAGE);
    assertThat(same.err()).contains("already norming");
    CopRun unknown = CopRun.of("life-cycle", store.toString(), "shouting");
    assertThat(unknown.exitCode()).as("%s", unknown).isEqualTo(Cop.USAGE);
    assertThat(unknown.err()).contains("forming, storming, norming, performing, adjourning");
    assertThat(Archives.read(store).lifeCycleHistory()).hasSize(2);
  }

  @Test
  void aRequestByEmailFindsTheIdAndNeverPrintsTheName() {
    Path archive = DemoArchive.in(dir.resolve("demo"));
    CopRun run = CopRun.of("subject", "find", archive.toString(), "--email", "Dee@Example.org");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out().strip()).isEqualTo("p-w942hh3944b6");
    CopRun none = CopRun.of("subject", "find", archive.toString(), "--email", "nobody@example.org");
    assertThat(none.exitCode()).as("%s", none).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(none.out()).contains("No one in the register").doesNotContain("nobody@");
  }

  @Test
  void anErasureRecordsWhoDidItAndALaterRequestIsToldWhenTheyWereErased() {
    Path archive = DemoArchive.in(dir.resolve("demo"));
    CopRun erase =
        CopRun.of(
            "subject",
            "erase",
            archive.toString(),
            "--person",
            "p-fb0pd29tg35j",
            "--by",
            "data protection lead",
            "--yes");
    assertThat(erase.exitCode()).as("%s", erase).isZero();
    Community community = Archives.read(archive);
    assertThat(community.register().tombstones())
        .singleElement()
        .satisfies(t -> assertThat(t.actor()).isEqualTo(Actor.role("data protection lead")));

    for (String[] request :
        new String[][] {
          {"subject", "export", archive.toString(), "--person", "p-fb0pd29tg35j"},
          {
            "subject",
            "restrict",
            archive.toString(),
            "--person",
            "p-fb0pd29tg35j",
            "--ground",
            "accuracy-contested",
            "--by",
            "data protection lead"
          },
          {
            "subject",
            "erase",
            archive.toString(),
            "--person",
            "p-fb0pd29tg35j",
            "--by",
            "data protection lead",
            "--yes"
          }
        }) {
      CopRun run = CopRun.of(request);
      assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
      assertThat(run.err())
          .contains("p-fb0pd29tg35j was erased on " + LocalDate.now(java.time.ZoneOffset.UTC))
          .doesNotContain("holds no person");
    }
    CopRun withoutBy =
        CopRun.of("subject", "erase", archive.toString(), "--person", "p-dj18hrrcqtc5", "--yes");
    assertThat(withoutBy.exitCode())
        .as("an erasure must say who did it: %s", withoutBy)
        .isEqualTo(Cop.USAGE);
  }

  @Test
  void restrictAndRectifyKeepWhoDidItInTheAudit() {
    Path archive = DemoArchive.in(dir.resolve("demo"));
    String a = archive.toString();
    CopRun restrict =
        CopRun.of(
            "subject",
            "restrict",
            a,
            "--person",
            "p-m1dm6xcvq7c1",
            "--ground",
            "objection-pending",
            "--by",
            "data protection lead");
    assertThat(restrict.exitCode()).as("%s", restrict).isZero();
    CopRun rectify =
        CopRun.of(
            "subject",
            "rectify",
            a,
            "--person",
            "p-c675hgrb2spk",
            "--role",
            "Senior Social Worker",
            "--by",
            "p-sxgzkzw8zqr2");
    assertThat(rectify.exitCode()).as("%s", rectify).isZero();
    CopRun nothing =
        CopRun.of(
            "subject",
            "rectify",
            a,
            "--person",
            "p-c675hgrb2spk",
            "--role",
            "Senior Social Worker",
            "--by",
            "p-sxgzkzw8zqr2");
    assertThat(nothing.exitCode())
        .as("a correction that changes nothing is refused: %s", nothing)
        .isEqualTo(Cop.FINDINGS_OR_INVALID);

    Community community = Archives.read(archive);
    assertThat(
            community.register().find(PersonId.of("p-m1dm6xcvq7c1")).orElseThrow().isRestricted())
        .isTrue();
    assertThat(community.register().find(PersonId.of("p-c675hgrb2spk")).orElseThrow().role())
        .contains("Senior Social Worker");
    assertThat(community.register().audit())
        .extracting(e -> e.actor())
        .contains(Actor.role("data protection lead"), Actor.person(PersonId.of("p-sxgzkzw8zqr2")));
    CopRun lift =
        CopRun.of(
            "subject",
            "restrict",
            a,
            "--person",
            "p-m1dm6xcvq7c1",
            "--lift",
            "--by",
            "data protection lead");
    assertThat(lift.exitCode()).as("%s", lift).isZero();
  }

  @Test
  void aRetentionSweepGoesThroughTheStoreAndSaysWhatItDid() {
    Path archive = DemoArchive.in(dir.resolve("demo"));
    CopRun run =
        CopRun.of(
            "retention",
            "sweep",
            archive.toString(),
            "--keep",
            "contact-details=P2Y",
            "--by",
            "data protection lead");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Retention sweep:").contains("contact-details removed");
    assertThat(Archives.read(archive).register().people())
        .allSatisfy(p -> assertThat(p.contact().email()).isEmpty());
    CopRun bad =
        CopRun.of(
            "retention",
            "sweep",
            archive.toString(),
            "--keep",
            "forever",
            "--by",
            "data protection lead");
    assertThat(bad.exitCode()).as("%s", bad).isEqualTo(Cop.USAGE);
  }
}
