package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.examples.GuideExample;
import org.communityofpractice.examples.GuideMembers;
import org.communityofpractice.examples.PrisonReleaseSeries;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.check.PublicationCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendCommandTest {
  @TempDir Path dir;

  @Test
  void theDemoWritesItsOutboxOnceAndARerunWritesNothingTwice() throws IOException {
    Path folder = DemoArchive.in(dir);
    List<Path> outbox = emls(dir.resolve("outbox"));
    Community community = GuideExample.community();
    int onTheList = DisclosurePolicy.asOf(Instant.now()).mailingList(community).size();
    assertThat(onTheList).isPositive();
    assertThat(outbox).hasSize(onTheList);

    CopRun again = CopRun.of("demo", "--out", dir.toString());
    assertThat(again.out()).contains("(0 messages written now, " + onTheList + " before)");
    assertThat(emls(dir.resolve("outbox"))).isEqualTo(outbox);
    assertThat(folder.resolve("circulation").resolve("send-log.jsonl")).exists();
  }

  @Test
  void sendShowsWhoWouldReceiveItByIdOnADryRunAndSendsNothing() throws IOException {
    Path folder = DemoArchive.in(dir);
    CopRun run =
        CopRun.of(seriesDryRun(folder, "--outbox", dir.resolve("series-outbox").toString()));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("circulation series-report-" + PrisonReleaseSeries.SERIES.value())
        .contains("recipients  p-")
        .contains("dry run: nothing sent")
        .doesNotContain("@example.org");
    assertThat(dir.resolve("series-outbox")).doesNotExist();
  }

  @Test
  void aZoneThatIsNoTimeZoneIsAUsageErrorInTheToolsLanguage() {
    Path folder = DemoArchive.in(dir.resolve("zone"));
    for (String[] language :
        new String[][] {
          {"en", "the value of --zone is not a time zone: give one such as Europe/London."},
          {"cy", "nid yw gwerth --zone yn gylchfa amser: rhowch un fel Europe/London."}
        }) {
      CopRun run =
          CopRun.of(seriesDryRun(folder, "--zone", "Mars/Olympus", "--language", language[0]));
      assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
      assertThat(run.err()).isEqualTo("cop send: " + language[1] + System.lineSeparator());
    }
  }

  /** {@code cop send} of the series' report from {@code folder} as a dry run, then {@code more}. */
  private static String[] seriesDryRun(Path folder, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "send",
                folder.toString(),
                "--series",
                PrisonReleaseSeries.SERIES.value(),
                "--dry-run",
                "--from",
                "hello@sotcop.example.org",
                "--unsubscribe",
                "leave@sotcop.example.org"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void sendWritesEachMessageOnceAcrossRuns() throws IOException {
    Path folder = DemoArchive.in(dir);
    String[] args = {
      "send",
      folder.toString(),
      "--series",
      PrisonReleaseSeries.SERIES.value(),
      "--from",
      "hello@sotcop.example.org",
      "--unsubscribe",
      "leave@sotcop.example.org",
      "--outbox",
      dir.resolve("series-outbox").toString()
    };
    CopRun first = CopRun.of(args);
    assertThat(first.exitCode()).as("%s", first).isZero();
    int sent = emls(dir.resolve("series-outbox")).size();
    assertThat(sent).isPositive();
    assertThat(first.out()).contains(sent + " sent now, 0 sent before");
    CopRun second = CopRun.of(args);
    assertThat(second.out()).contains("0 sent now, " + sent + " sent before");
    assertThat(emls(dir.resolve("series-outbox"))).hasSize(sent);
    // recorded once with the series, as a count: the send log says who
    assertThat(first.out())
        .contains("recorded in ")
        .contains(
            "series-report-"
                + PrisonReleaseSeries.SERIES.value()
                + " was circulated to "
                + sent
                + " on the email list");
    Series recorded =
        org.communityofpractice.core.store.FileArchiveStore.builder(dir.resolve("archives"))
            .build()
            .load(org.communityofpractice.core.community.CommunityId.of("sotcop"))
            .orElseThrow()
            .community()
            .series(PrisonReleaseSeries.SERIES)
            .orElseThrow();
    assertThat(recorded.circulations())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.recipients()).isEqualTo(sent);
              assertThat(c.purpose())
                  .isEqualTo(
                      org.communityofpractice.core.consent.ConsentPurpose.COMMUNITY_COMMUNICATIONS);
            });
  }

  @Test
  void sendWithPdfAttachesTheReportAsPdfToEachMessageAndWithoutItDoesNot() throws IOException {
    Path folder = DemoArchive.in(dir);
    String[] args = {
      "send",
      folder.toString(),
      "--session",
      PrisonReleaseSeries.THIRD.value(),
      "--from",
      "hello@sotcop.example.org",
      "--unsubscribe",
      "leave@sotcop.example.org",
      "--pdf",
      "--outbox",
      dir.resolve("with-pdf").toString()
    };
    CopRun run = CopRun.of(args);
    assertThat(run.exitCode()).as("%s", run).isZero();
    List<Path> sent = emls(dir.resolve("with-pdf"));
    assertThat(sent)
        .isNotEmpty()
        .allSatisfy(
            eml ->
                assertThat(java.nio.file.Files.readString(eml))
                    .contains("Content-Type: application/pdf")
                    .contains("Content-Disposition: attachment;")
                    .contains(".pdf"));
    assertThat(emls(dir.resolve("outbox")))
        .isNotEmpty()
        .allSatisfy(
            eml ->
                assertThat(java.nio.file.Files.readString(eml)).doesNotContain("application/pdf"));
  }

  /**
   * {@code --language cy} circulates in Welsh: the words around the report, not only the report.
   */
  @Test
  void sendInWelshWritesTheMessagesInWelsh() throws Exception {
    Path folder = DemoArchive.in(dir);
    CopRun run =
        CopRun.of(
            "send",
            folder.toString(),
            "--session",
            PrisonReleaseSeries.THIRD.value(),
            "--from",
            "hello@sotcop.example.org",
            "--unsubscribe",
            "leave@sotcop.example.org",
            "--language",
            "cy",
            "--outbox",
            dir.resolve("cy").toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    List<Path> sent = emls(dir.resolve("cy"));
    assertThat(sent).isNotEmpty();
    for (Path eml : sent) {
      jakarta.mail.internet.MimeMessage message;
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(eml)) {
        message = new jakarta.mail.internet.MimeMessage(null, in);
      }
      assertThat(message.getSubject()).contains(": adroddiad y sesiwn “");
      jakarta.mail.internet.MimeMultipart mixed =
          (jakarta.mail.internet.MimeMultipart) message.getContent();
      jakarta.mail.internet.MimeMultipart alternative =
          (jakarta.mail.internet.MimeMultipart) mixed.getBodyPart(0).getContent();
      String text = ((String) alternative.getBodyPart(0).getContent()).replaceAll("\\s+", " ");
      assertThat(text)
          .startsWith("Helo")
          .contains("Diolch i bawb a ddaeth i sesiwn ")
          .contains("Bydd dyddiad y sesiwn nesaf yn dilyn")
          .contains("Rydych chi'n cael y neges hon oherwydd")
          .contains("I beidio â chael y negeseuon hyn, anfonwch ateb at leave@sotcop.example.org")
          .doesNotContain("You receive this because", "To stop, reply to", "Thank you to");
    }
  }

  @Test
  void theSeriesFindingsGoToItsDecisionMakersWithConsentAndToOrganisationsAndLeaveAFollowUpEach()
      throws IOException {
    Path folder = DemoArchive.in(dir);
    org.communityofpractice.core.store.FileArchiveStore store =
        org.communityofpractice.core.store.FileArchiveStore.builder(dir.resolve("archives"))
            .build();
    org.communityofpractice.core.community.CommunityId id =
        org.communityofpractice.core.community.CommunityId.of("sotcop");
    String f = folder.toString();
    String series = PrisonReleaseSeries.SERIES.value();
    for (String[] args :
        List.of(
            new String[] {"--person", GuideMembers.HOUSING_MANAGER.value(), "--kind", "influencer"},
            new String[] {"--person", GuideMembers.COMMISSIONER.value(), "--kind", "board"},
            new String[] {
              "--organisation",
              "safeguarding-board",
              "--name",
              "Example Safeguarding Adults Board",
              "--address",
              "board@council.example.org",
              "--kind",
              "board"
            })) {
      List<String> all =
          new java.util.ArrayList<>(
              List.of("series", "decision-maker", "add", f, "--series", series));
      all.addAll(List.of(args));
      CopRun add = CopRun.of(all.toArray(String[]::new));
      assertThat(add.exitCode()).as("%s", add).isZero();
    }
    CopRun twice =
        CopRun.of(
            "series",
            "decision-maker",
            "add",
            f,
            "--series",
            series,
            "--organisation",
            "safeguarding-board",
            "--name",
            "Again",
            "--address",
            "again@council.example.org",
            "--kind",
            "group");
    assertThat(twice.exitCode()).isEqualTo(Cop.USAGE);
    CopRun badAddress =
        CopRun.of(
            "series",
            "decision-maker",
            "add",
            f,
            "--series",
            series,
            "--organisation",
            "forum",
            "--name",
            "A forum",
            "--address",
            "jo bloggs",
            "--kind",
            "group");
    assertThat(badAddress.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(badAddress.err()).doesNotContain("bloggs");

    var stored = store.load(id).orElseThrow();
    Community before = stored.community();
    // the organisation is kept with the series, not in the register
    assertThat(before.register().people())
        .noneMatch(p -> p.contact().email().orElse("").startsWith("board@"));
    var consent =
        before
            .consent()
            .grant(
                org.communityofpractice.core.consent.ConsentTerms.builder()
                    .person(GuideMembers.HOUSING_MANAGER)
                    .purpose(
                        org.communityofpractice.core.consent.ConsentPurpose
                            .DECISION_MAKER_COMMUNICATIONS)
                    .at(Instant.now().minusSeconds(60))
                    .method(org.communityofpractice.core.consent.ConsentMethod.EMAIL)
                    .notice(before.consent().events().get(0).terms().notice())
                    .recordedBy(org.communityofpractice.core.people.Actor.role("chair"))
                    .build());
    store.save(Community.builder().from(before).consent(consent).build(), stored.version());

    CopRun run =
        CopRun.of(
            "send",
            f,
            "--series",
            series,
            "--decision-makers",
            "--from",
            "hello@sotcop.example.org",
            "--unsubscribe",
            "leave@sotcop.example.org",
            "--outbox",
            dir.resolve("findings").toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("circulation series-findings-" + series + ": 2 decision")
        .contains(
            "recipients  "
                + GuideMembers.HOUSING_MANAGER.value()
                + ", organisation:safeguarding-board")
        .contains("follow up with the decision makers")
        .contains("series-findings-" + series + " was circulated to 2 decision makers");
    assertThat(emls(dir.resolve("findings"))).hasSize(2);
    assertThat(
            store
                .load(id)
                .orElseThrow()
                .community()
                .series(PrisonReleaseSeries.SERIES)
                .orElseThrow()
                .circulations())
        .extracting(
            org.communityofpractice.core.topic.CirculationRecord::purpose,
            org.communityofpractice.core.topic.CirculationRecord::recipients)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                org.communityofpractice.core.consent.ConsentPurpose.DECISION_MAKER_COMMUNICATIONS,
                2));
    RecipientId board =
        RecipientId.of(org.communityofpractice.core.topic.OrganisationId.of("safeguarding-board"));
    assertThat(
            store
                .load(id)
                .orElseThrow()
                .community()
                .series(PrisonReleaseSeries.SERIES)
                .orElseThrow()
                .followUps())
        .extracting(org.communityofpractice.core.topic.FollowUp::decisionMaker)
        .containsExactly(RecipientId.of(GuideMembers.HOUSING_MANAGER), board);

    // the Board asks to hear no more: off the list, and its follow-up with it
    CopRun remove =
        CopRun.of(
            "series",
            "decision-maker",
            "remove",
            f,
            "--series",
            series,
            "--organisation",
            "safeguarding-board");
    assertThat(remove.exitCode()).as("%s", remove).isZero();
    Series after =
        store.load(id).orElseThrow().community().series(PrisonReleaseSeries.SERIES).orElseThrow();
    assertThat(after.decisionMakers())
        .extracting(org.communityofpractice.core.topic.DecisionMaker::recipient)
        .containsExactly(
            RecipientId.of(GuideMembers.HOUSING_MANAGER),
            RecipientId.of(GuideMembers.COMMISSIONER));
    assertThat(after.followUps())
        .extracting(org.communityofpractice.core.topic.FollowUp::decisionMaker)
        .containsExactly(RecipientId.of(GuideMembers.HOUSING_MANAGER));

    // an id that spells a name is not repeated back
    CopRun notOne =
        CopRun.of(
            "series", "decision-maker", "remove", f, "--series", series, "--person", "dee.turner");
    assertThat(notOne.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(notOne.err()).contains("is not a decision maker").doesNotContain("dee.turner");

    CopRun session =
        CopRun.of(
            "send",
            f,
            "--session",
            PrisonReleaseSeries.SECOND.value(),
            "--decision-makers",
            "--from",
            "hello@sotcop.example.org",
            "--unsubscribe",
            "leave@sotcop.example.org");
    assertThat(session.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(session.err()).contains("--decision-makers goes with --series");
  }

  @Test
  void sendStopsWithAOneLineReasonWhenTheMailServerCannotBeReached() throws IOException {
    Path folder = DemoArchive.in(dir);
    CopRun run =
        CopRun.of(
            "send",
            folder.toString(),
            "--session",
            PrisonReleaseSeries.SECOND.value(),
            "--from",
            "hello@sotcop.example.org",
            "--unsubscribe",
            "leave@sotcop.example.org",
            "--smtp",
            "smtp+insecure://127.0.0.1:1");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(run.out()).contains("cannot be reached").contains("Run the same command again");
  }

  @Test
  void thePublicationCheckIsSilentOnEveryReportOfTheDemo() {
    Community community = GuideExample.community();
    DisclosurePolicy policy = DisclosurePolicy.asOf(Instant.now());
    PublicationCheck check = PublicationCheck.of(community, policy);
    ReportComposer composer = ReportComposer.of(policy);
    for (Session s : community.sessions()) {
      assertThat(check.check(composer.session(community, s.id())))
          .as("session %s", s.id())
          .isEmpty();
    }
    for (Series s : community.series()) {
      assertThat(check.check(composer.series(community, s.id()))).as("series %s", s.id()).isEmpty();
    }
  }

  @Test
  void renderWarnsOfANamePlantedInAConclusionByFieldAndIdOnly() throws IOException {
    Community community = GuideExample.community();
    Session second = community.session(PrisonReleaseSeries.SECOND).orElseThrow();
    String name = community.register().find(GuideMembers.EXPERT_CITIZEN).orElseThrow().name();
    Session planted =
        Session.builder()
            .from(second)
            .addConclusions("As " + name + " said, start on day one")
            .build();
    Community changed =
        Community.builder()
            .from(community)
            .sessions(
                community.sessions().stream()
                    .map(s -> s.id().equals(planted.id()) ? planted : s)
                    .toList())
            .build();
    Path file = dir.resolve("planted.json");
    java.nio.file.Files.writeString(
        file, org.communityofpractice.core.json.ArchiveJson.create().write(changed));
    CopRun run =
        CopRun.of(
            "render",
            file.toString(),
            "--session",
            PrisonReleaseSeries.SECOND.value(),
            "--format",
            "text");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.err())
        .contains("warning: the publication check found name in conclusions[")
        .contains("(" + GuideMembers.EXPERT_CITIZEN + ")")
        .doesNotContain(name);
  }

  private static List<Path> emls(Path folder) throws IOException {
    return DemoArchive.files(folder).stream().filter(p -> p.toString().endsWith(".eml")).toList();
  }
}
