package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.analysis.Analysis;
import org.communityofpractice.core.analysis.AnalysisTables;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.table.TableFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, render, review and analyse, end to end on the demo's archive and on bad input. */
class ReadingCommandsTest {
  @TempDir Path dir;
  Path archive;

  @BeforeEach
  void demo() {
    archive = DemoArchive.in(dir.resolve("demo"));
  }

  @Test
  void validateSaysWhatAValidArchiveHolds() throws IOException {
    CopRun folder = CopRun.of("validate", archive.toString());
    assertThat(folder.exitCode()).as("%s", folder).isZero();
    assertThat(folder.out())
        .contains("valid")
        .contains("@SoTCoP (sotcop): 8 people, 2 topics, 2 series, 5 sessions");
    CopRun file = CopRun.of("validate", DemoArchive.currentFile(archive).toString());
    assertThat(file.exitCode()).as("%s", file).isZero();
  }

  @Test
  void validateWarnsOfLivedExperienceHeldWithoutExplicitConsent() throws IOException {
    String json = Files.readString(DemoArchive.currentFile(archive));
    Path unconsented = dir.resolve("unconsented.json");
    Files.writeString(
        unconsented,
        json.replace("\"LIVED_EXPERIENCE_RECORDED\"", "\"RESEARCH_USE\""),
        StandardCharsets.UTF_8);
    CopRun run = CopRun.of("validate", unconsented.toString());
    assertThat(run.exitCode()).as("%s", run).isZero(); // valid, but not as it should be
    assertThat(run.out()).contains("warning (lived-experience-without-consent)");
    assertThat(CopRun.of("validate", archive.toString()).out())
        .doesNotContain("lived-experience-without-consent");
  }

  @Test
  void validateNamesTheFileAndTheJsonPathOfABadValue() throws IOException {
    String json = Files.readString(DemoArchive.currentFile(archive));
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad, json.replaceFirst("\"value\": 3", "\"value\": 11"), StandardCharsets.UTF_8);
    CopRun run = CopRun.of("validate", bad.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(run.err())
        .contains(bad.toString())
        .contains("$.sessions[0].scaling[0].ratings[")
        .contains("must be within 1..10 but was 11")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void validateOfACorruptFileIsInvalidDataWithTheLine() throws IOException {
    Path corrupt = dir.resolve("corrupt.json");
    Files.writeString(corrupt, "{\"schemaVersion\": 1, \"id\": ", StandardCharsets.UTF_8);
    CopRun run = CopRun.of("validate", corrupt.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(run.err())
        .contains(corrupt.toString())
        .contains("not a valid community archive")
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingFileIsAUsageErrorThatSaysWhatToGive() {
    CopRun run = CopRun.of("validate", dir.resolve("nowhere.json").toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("nowhere.json: no such file or folder").contains("cop demo");
  }

  @Test
  void aFolderWithNoArchiveIsAUsageError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CopRun run = CopRun.of("review", empty.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("holds no community archive");
  }

  @Test
  void renderListsEveryFormatOnTheClassPathIncludingTheCharitysPoster() {
    CopRun run = CopRun.of("render", "--list");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("markdown")
        .contains("text")
        .contains("json")
        .contains("csv")
        .contains("poster");
  }

  @Test
  void renderWritesTheSeriesReportToAFile() throws IOException {
    Path out = dir.resolve("series.md");
    CopRun run =
        CopRun.of(
            "render",
            archive.toString(),
            "--series",
            "prison-release-2016",
            "--format",
            "markdown",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(out).content().contains("Prison release").contains("Recommendations");
    assertThat(run.out()).contains("wrote " + out);
  }

  @Test
  void renderWritesASessionReportToStandardOut() {
    CopRun run =
        CopRun.of(
            "render", archive.toString(), "--session", "prison-release-1", "--format", "text");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Prison release").contains("Thursday 3 March 2016");
  }

  @Test
  void aCommunityThatChoosesALowerThresholdSeesTheGroupsThatReachIt() {
    CopRun byDefault =
        CopRun.of(
            "render", archive.toString(), "--series", "prison-release-2016", "--format", "text");
    assertThat(byDefault.out())
        .contains("Groups of fewer than 5 people are not listed")
        .doesNotContain("Perspectives");
    CopRun two =
        CopRun.of(
            "render",
            archive.toString(),
            "--series",
            "prison-release-2016",
            "--format",
            "text",
            "--suppression-threshold",
            "2");
    assertThat(two.exitCode()).as("%s", two).isZero();
    assertThat(two.out()).contains("  - Perspectives").doesNotContain("fewer than 5");
  }

  @Test
  void aThresholdBelowThePolicysLeastIsAUsageErrorAndWritesNothing() {
    Path out = dir.resolve("low.txt");
    CopRun run =
        CopRun.of(
            "render",
            archive.toString(),
            "--series",
            "prison-release-2016",
            "--format",
            "text",
            "--suppression-threshold",
            "1",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("--suppression-threshold must be").contains("it was 1");
    assertThat(out).doesNotExist();
  }

  @Test
  void renderWritesTheNextSessionAsACalendarEntry() throws Exception {
    CopRun run =
        CopRun.of("render", archive.toString(), "--session", "prison-release-1", "--format", "ics");
    assertThat(run.exitCode()).as("%s", run).isZero();
    net.fortuna.ical4j.model.Calendar calendar =
        new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(run.out()));
    assertThat(calendar.getComponents("VEVENT")).hasSize(1);
    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheFormatsAndWritesNothing() throws IOException {
    Path out = dir.resolve("out.docx");
    CopRun run =
        CopRun.of(
            "render",
            archive.toString(),
            "--series",
            "prison-release-2016",
            "--format",
            "docx",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("unknown format 'docx'").contains("markdown").contains("pdf");
    assertThat(DemoArchive.files(dir))
        .noneMatch(p -> p.getFileName().toString().startsWith("out.docx"));
  }

  @Test
  void renderWritesAPdfToAFileAndRefusesToPourItIntoStandardOut() throws IOException {
    Path out = dir.resolve("series.pdf");
    CopRun run =
        CopRun.of(
            "render",
            archive.toString(),
            "--series",
            "prison-release-2016",
            "--format",
            "pdf",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(java.nio.file.Files.readAllBytes(out))
        .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    CopRun toTerminal =
        CopRun.of(
            "render", archive.toString(), "--series", "prison-release-2016", "--format", "pdf");
    assertThat(toTerminal.exitCode()).as("%s", toTerminal).isEqualTo(Cop.USAGE);
    assertThat(toTerminal.err()).contains("the pdf format is not text: give --out FILE");
    assertThat(toTerminal.out()).doesNotContain("%PDF");
  }

  @Test
  void anUnknownSessionIsAUsageErrorListingTheSessions() {
    CopRun run = CopRun.of("render", archive.toString(), "--session", "s-99", "--format", "text");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err())
        .contains("no session 's-99'")
        .contains("prison-release-1, prison-release-2");
  }

  @Test
  void renderNeedsASessionOrASeriesButNotBoth() {
    assertThat(CopRun.of("render", archive.toString(), "--format", "text").err())
        .contains("--session ID or --series ID");
    CopRun both =
        CopRun.of(
            "render",
            archive.toString(),
            "--session",
            "prison-release-1",
            "--series",
            "prison-release-2016",
            "--format",
            "text");
    assertThat(both.exitCode()).as("%s", both).isEqualTo(Cop.USAGE);
  }

  @Test
  void reviewShowsSuggestionsButExitsWithZeroWhenNothingNeedsActingOn() {
    CopRun run = CopRun.of("review", archive.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("[suggestion] missing-perspectives (session prison-release-1)")
        .contains("try next:")
        .contains("prison service")
        .contains("0 important");
  }

  @Test
  void reviewExitsWithOneWhenAFindingIsImportant() throws IOException {
    // the Expert Citizen recorded as a practitioner: no lived experience in the room, "a
    // multi-agency meeting, not a CoP"
    Path noLivedExperience = dir.resolve("no-lived-experience.json");
    String json = Files.readString(DemoArchive.currentFile(archive), StandardCharsets.UTF_8);
    String expertCitizen = "\"perspectives\": [\n          \"EXPERT_BY_EXPERIENCE\"";
    assertThat(json).contains(expertCitizen);
    Files.writeString(
        noLivedExperience,
        json.replace(expertCitizen, expertCitizen.replace("EXPERT_BY_EXPERIENCE", "ACADEMIC")),
        StandardCharsets.UTF_8);
    CopRun run = CopRun.of("review", noLivedExperience.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(run.out()).contains("[important]  no-lived-experience");
  }

  @Test
  void analyseWritesOneTidyTableAsCsvOrJsonLines() throws IOException {
    CopRun csv = CopRun.of("analyse", archive.toString(), "--table", "scaling");
    assertThat(csv.exitCode()).as("%s", csv).isZero();
    assertThat(csv.out().lines().findFirst())
        .hasValueSatisfying(header -> assertThat(header).contains("median"));
    assertThat(csv.out().lines().filter(l -> l.contains("prison-release-"))).hasSize(3);
    Path out = dir.resolve("scaling.jsonl");
    CopRun jsonl =
        CopRun.of(
            "analyse",
            archive.toString(),
            "--table",
            "scaling",
            "--format",
            "jsonl",
            "--out",
            out.toString());
    assertThat(jsonl.exitCode()).as("%s", jsonl).isZero();
    assertThat(Files.readAllLines(out))
        .hasSize(5)
        .allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
  }

  @Test
  void analyseOverManyArchivesShowsProgressOnStandardErrInTheChosenLanguage() throws IOException {
    SyntheticNetwork network =
        SyntheticNetwork.builder().seed(7).communities(3).membersPerCommunity(12).build();
    List<String> args = new ArrayList<>(List.of("analyse", archive.toString()));
    for (int i = 0; i < 3; i++) {
      Path file = dir.resolve("synthetic-" + i + ".json");
      Files.writeString(
          file, ArchiveJson.create().write(network.community(i, 6)), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    args.addAll(List.of("--table", "attendance"));
    CopRun run = CopRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.err()).contains("analysed 1 of 4 archives").contains("analysed 4 of 4 archives");
    assertThat(run.out().lines().skip(1)).hasSize(5 + 3 * 6);
    args.addAll(List.of("--language", "cy"));
    CopRun welsh = CopRun.of(args.toArray(String[]::new));
    assertThat(welsh.exitCode()).as("%s", welsh).isZero();
    assertThat(welsh.err())
        .contains("dadansoddwyd 1 o 4 archif")
        .contains("dadansoddwyd 4 o 4 archif")
        .doesNotContain("analysed");
  }

  @Test
  void analyseStreamsEveryTableAsTheLibraryBuildsItInMemory() throws IOException {
    SyntheticNetwork network =
        SyntheticNetwork.builder().seed(11).communities(3).membersPerCommunity(12).build();
    List<String> files = new ArrayList<>();
    List<Community> communities = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path file = dir.resolve("streamed-" + i + ".json");
      communities.add(network.community(i, 14));
      Files.writeString(
          file, ArchiveJson.create().write(communities.get(i)), StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    AnalysisTables held = Analysis.asOf(Instant.now()).run(communities);
    for (Table table : held.all()) {
      for (String format : List.of("csv", "jsonl")) {
        Path out = dir.resolve(table.name() + "." + format);
        List<String> args = new ArrayList<>(List.of("analyse"));
        args.addAll(files);
        args.addAll(List.of("--table", table.name(), "--format", format, "--out", out.toString()));
        CopRun run = CopRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as("%s", run).isZero();
        TableFormat writer = format.equals("csv") ? TableFormat.CSV : TableFormat.JSON_LINES;
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
            .as(out.toString())
            .isEqualTo(writer.write(table));
        assertThat(run.out()).contains(table.rowCount() + " rows from 42 sessions");
      }
    }
  }

  @Test
  void theSameCommunityTwiceIsInvalidDataNotAStackTrace() throws IOException {
    CopRun run =
        CopRun.of(
            "analyse",
            archive.toString(),
            DemoArchive.currentFile(archive).toString(),
            "--table",
            "scaling");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(run.err()).contains("Give each community once").doesNotContain("\tat ");
  }

  @Test
  void anUnknownTableIsAUsageErrorListingTheTables() {
    CopRun run = CopRun.of("analyse", archive.toString(), "--table", "nonsense");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("unknown table 'nonsense'").contains("scaling_movement");
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] command :
        new String[][] {
          {"demo"},
          {"validate"},
          {"render"},
          {"publish"},
          {"review"},
          {"analyse"},
          {"subject"},
          {"subject", "export"},
          {"subject", "erase"}
        }) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      CopRun run = CopRun.of(args);
      assertThat(run.exitCode()).as("%s", run).isZero();
      assertThat(run.out())
          .as(String.join(" ", command))
          .contains("Usage: cop " + String.join(" ", command));
    }
  }
}
