package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** subject export and subject erase, end to end on the demo's archive store. */
class SubjectCommandsTest {
  @TempDir Path dir;
  Path archive;

  @BeforeEach
  void demo() {
    archive = DemoArchive.in(dir.resolve("demo"));
  }

  @Test
  void exportWritesEverythingHeldAboutThePersonAsCsvAndJsonLines() throws IOException {
    Path out = dir.resolve("request");
    CopRun run =
        CopRun.of(
            "subject",
            "export",
            archive.toString(),
            "--person",
            "p-w942hh3944b6",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(out.resolve("p-w942hh3944b6-access.csv"))
        .content()
        .startsWith("section,item,field,value,explanation")
        .contains("register,1,name,Dee Turner")
        .contains("attendance,5,session,lone-working-2");
    assertThat(Files.readAllLines(out.resolve("p-w942hh3944b6-access.jsonl")))
        .anySatisfy(l -> assertThat(l).contains("\"field\":\"name\"").contains("Dee Turner"));
    assertThat(run.out()).contains("5 sessions attended").doesNotContain("Dee Turner");
  }

  @Test
  void anUnknownPersonIsAUsageErrorAndNothingIsWritten() throws IOException {
    Path out = dir.resolve("request");
    CopRun run =
        CopRun.of(
            "subject",
            "export",
            archive.toString(),
            "--person",
            "p-7kx2qd9m4tbz",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("holds no person p-7kx2qd9m4tbz");
    assertThat(out).doesNotExist();
  }

  @Test
  void eraseAsksFirstAndErasesOnlyOnYes() throws IOException {
    List<Path> before = DemoArchive.files(archive);
    CopRun no =
        CopRun.withInput(
            "no\n",
            "subject",
            "erase",
            archive.toString(),
            "--person",
            "p-fb0pd29tg35j",
            "--by",
            "data protection lead");
    assertThat(no.exitCode()).as("%s", no).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(no.out()).contains("Type 'yes' to erase").contains("Nothing was erased.");
    assertThat(DemoArchive.files(archive)).isEqualTo(before);

    CopRun yes =
        CopRun.withInput(
            "yes\n",
            "subject",
            "erase",
            archive.toString(),
            "--person",
            "p-fb0pd29tg35j",
            "--by",
            "data protection lead");
    assertThat(yes.exitCode()).as("%s", yes).isZero();
    assertThat(yes.out())
        .contains("Erased p-fb0pd29tg35j")
        .contains("tombstone")
        .contains("backups")
        .contains("erasures.json");
    assertThat(DemoArchive.files(archive))
        .hasSize(before.size() + 3) // the new version, the erasure log and its key
        .anySatisfy(f -> assertThat(f.getFileName()).hasToString("erasures.json"))
        .anySatisfy(f -> assertThat(f.getFileName()).hasToString("erasure-key"));
    CopRun gone = CopRun.of("subject", "export", archive.toString(), "--person", "p-fb0pd29tg35j");
    assertThat(gone.exitCode()).as("%s", gone).isEqualTo(Cop.USAGE);
  }

  @Test
  void eraseWithYesLeavesTheSeriesReportWhole() throws IOException {
    String before =
        CopRun.of(
                "render", archive.toString(), "--series", "prison-release-2016", "--format", "text")
            .out();
    CopRun run =
        CopRun.of(
            "subject",
            "erase",
            archive.toString(),
            "--person",
            "p-w942hh3944b6",
            "--by",
            "data protection lead",
            "--yes");
    assertThat(run.exitCode()).as("%s", run).isZero();
    CopRun after =
        CopRun.of(
            "render", archive.toString(), "--series", "prison-release-2016", "--format", "text");
    assertThat(after.exitCode()).as("%s", after).isZero();
    assertThat(after.out())
        .contains("People taking part: 8")
        .contains("median 3")
        .contains("median 7")
        .contains("Recommendations");
    assertThat(before).contains("People taking part: 8");
    assertThat(DemoArchive.files(archive))
        .hasSizeGreaterThan(1)
        .allSatisfy(
            file ->
                assertThat(Files.readString(file))
                    .as("%s", file)
                    .doesNotContain("Dee Turner")
                    .doesNotContain("dee@example.org"));
  }

  @Test
  void eraseOfAPlainJsonFileIsRefusedBecauseChangesGoThroughTheStore() throws IOException {
    Path plain = dir.resolve("sotcop.json");
    Files.copy(DemoArchive.currentFile(archive), plain);
    CopRun run =
        CopRun.of(
            "subject",
            "erase",
            plain.toString(),
            "--person",
            "p-fb0pd29tg35j",
            "--by",
            "data protection lead",
            "--yes");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("not a folder of an archive store");
    assertThat(Files.readString(plain))
        .isEqualTo(Files.readString(DemoArchive.currentFile(archive)));
  }

  @Test
  void eraseOfAnUnknownPersonChangesNothing() throws IOException {
    List<Path> before = DemoArchive.files(archive);
    CopRun run =
        CopRun.of(
            "subject",
            "erase",
            archive.toString(),
            "--person",
            "p-7kx2qd9m4tbz",
            "--by",
            "data protection lead",
            "--yes");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(DemoArchive.files(archive)).isEqualTo(before);
  }

  @Test
  void eraseReachesTheJournalOfAPausedCapture() throws IOException {
    CopRun paused =
        CopRun.withInput(
            String.join(
                "\n",
                "arrived p-fb0pd29tg35j p-w942hh3944b6",
                "next",
                "next",
                "next",
                "hope p-fb0pd29tg35j: Kim hopes to hear what worked",
                "pause",
                ""),
            DemoArchive.captureLoneWorking(archive));
    assertThat(paused.exitCode()).as("%s", paused).isZero();
    Path journal = archive.resolve("journals").resolve("lone-working-3.jsonl");
    assertThat(Files.readString(journal)).contains("p-fb0pd29tg35j").contains("Kim hopes");

    CopRun erased =
        CopRun.of(
            "subject",
            "erase",
            archive.toString(),
            "--person",
            "p-fb0pd29tg35j",
            "--by",
            "data protection lead",
            "--yes");
    assertThat(erased.exitCode()).as("%s", erased).isZero();
    assertThat(erased.out()).contains("journals redacted: 1");
    assertThat(Files.readString(journal)).doesNotContain("p-fb0pd29tg35j").doesNotContain("Kim");
  }

  @Test
  void aNameTypedInsteadOfAnIdIsNotRepeatedBack() {
    CopRun run = CopRun.of("subject", "export", archive.toString(), "--person", "Dee Turner");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("--person is not an id").doesNotContain("Dee");
  }

  private static final String CASE_STUDY = "Released on a Friday afternoon with nowhere to go";

  @Test
  void eraseTakesTheTitleOfTheCaseStudyTheyPresentedFromEveryFileAndSaysWhatItCouldNotReach()
      throws IOException {
    Path store = dir.resolve("demo").resolve("archives");
    assertThat(DemoArchive.files(store))
        .anySatisfy(f -> assertThat(Files.readString(f)).contains(CASE_STUDY));
    CopRun run =
        CopRun.of(
            "subject",
            "erase",
            archive.toString(),
            "--person",
            "p-w942hh3944b6",
            "--by",
            "data protection lead",
            "--yes");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(DemoArchive.files(store))
        .allSatisfy(
            f ->
                assertThat(Files.readString(f))
                    .as("%s", f)
                    .doesNotContain(CASE_STUDY)
                    .doesNotContain("Dee Turner"));
    assertThat(run.out())
        .contains("Not reached")
        .contains("reports, exports and analysis tables written")
        .contains("other people's words")
        .doesNotContain("Dee");
  }

  @Test
  void theDemoRunAgainAfterAnErasureDoesNotBringThePersonBack() throws IOException {
    CopRun erase =
        CopRun.of(
            "subject",
            "erase",
            archive.toString(),
            "--person",
            "p-w942hh3944b6",
            "--by",
            "data protection lead",
            "--yes");
    assertThat(erase.exitCode()).as("%s", erase).isZero();

    CopRun again = CopRun.of("demo", "--out", dir.resolve("demo").toString());

    assertThat(again.exitCode()).as("%s", again).isZero();
    assertThat(again.out()).contains("stay erased");
    assertThat(DemoArchive.files(dir.resolve("demo").resolve("archives")))
        .allSatisfy(
            f ->
                assertThat(Files.readString(f))
                    .as("%s", f)
                    .doesNotContain("Dee Turner")
                    .doesNotContain(CASE_STUDY));
    assertThat(DemoArchive.files(dir.resolve("demo").resolve("reports")))
        .allSatisfy(
            f ->
                assertThat(
                        new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8))
                    .as("%s", f)
                    .doesNotContain(CASE_STUDY));
  }
}
