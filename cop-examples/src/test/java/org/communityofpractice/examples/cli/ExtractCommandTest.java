package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cop extract}: the de-identified research extract, with the study's key kept apart. */
class ExtractCommandTest {
  @TempDir Path dir;
  Path archive;
  Community community;

  @BeforeEach
  void network() throws IOException {
    community =
        SyntheticNetwork.builder()
            .seed(7)
            .communities(1)
            .membersPerCommunity(12)
            .build()
            .community(0, 8);
    archive = dir.resolve("community.json");
    Files.writeString(archive, ArchiveJson.create().write(community), StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("study"));
  }

  private CopRun extract(Path out, Path key, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "extract",
                archive.toString(),
                "--out",
                out.toString(),
                "--study-key-file",
                key.toString()));
    args.addAll(List.of(more));
    return CopRun.of(args.toArray(String[]::new));
  }

  @Test
  void writesTheExtractWithoutIdsNamesOrTheKeyAndKeepsANewKeyOwnerOnlyApart() throws IOException {
    Path out = dir.resolve("extract");
    Path key = dir.resolve("study").resolve("sotcop-study.key");
    CopRun run = extract(out, key, "--new-study-key");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("de-identified research extract of 8 sessions")
        .contains("never with the extract");
    assertThat(out.resolve("extract_notes.csv")).exists();
    assertThat(out.resolve("paired_movement.csv")).exists();
    assertThat(out.resolve("paired_movement_dictionary.csv")).exists();
    assertThat(Files.readString(out.resolve("paired_movement.csv")))
        .contains("person_key")
        .contains("k-");
    String secret = Files.readString(key).strip();
    assertThat(secret).matches("[0-9a-f]{64}");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
          .isEqualTo("rw-------");
    }
    for (Path file : DemoArchive.files(out)) {
      String text = Files.readString(file);
      assertThat(text).as("%s", file).doesNotContain(secret);
      for (Person p : community.register().people()) {
        assertThat(text).as("%s", file).doesNotContain(p.id().value()).doesNotContain(p.name());
        p.contact().email().ifPresent(e -> assertThat(text).as("%s", file).doesNotContain(e));
      }
    }
  }

  @Test
  void theSameKeyGivesTheSameKeysAndAnotherStudysKeyOthers() throws IOException {
    Path key = dir.resolve("study").resolve("a.key");
    assertThat(extract(dir.resolve("one"), key, "--new-study-key").exitCode()).isZero();
    CopRun again = extract(dir.resolve("two"), key, "--format", "csv");
    assertThat(again.exitCode()).as("%s", again).isZero();
    assertThat(again.out()).doesNotContain("a new study key");
    assertThat(dir.resolve("two").resolve("paired_movement.csv"))
        .hasSameTextualContentAs(dir.resolve("one").resolve("paired_movement.csv"));
    assertThat(
            extract(dir.resolve("three"), dir.resolve("study").resolve("b.key"), "--new-study-key")
                .exitCode())
        .isZero();
    assertThat(Files.readString(dir.resolve("three").resolve("paired_movement.csv")))
        .isNotEqualTo(Files.readString(dir.resolve("one").resolve("paired_movement.csv")));
  }

  @Test
  void aKeyFileInsideTheExtractsFolderIsRefusedAndNothingIsWritten() {
    Path out = dir.resolve("extract");
    CopRun run = extract(out, out.resolve("keys").resolve("study.key"), "--new-study-key");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("never kept beside the extract");
    assertThat(out).doesNotExist();
    CopRun viaDots =
        extract(
            out,
            dir.resolve("study").resolve("..").resolve("extract").resolve("k"),
            "--new-study-key");
    assertThat(viaDots.exitCode()).as("%s", viaDots).isEqualTo(Cop.USAGE);
  }

  @Test
  void aNewKeyNeverReplacesAStudysKeyAndAKeyFilesContentIsNeverShown() throws IOException {
    Path key = dir.resolve("study").resolve("study.key");
    Files.writeString(key, "Dee Turner dee@example.org\n");
    CopRun replace = extract(dir.resolve("extract"), key, "--new-study-key");
    assertThat(replace.exitCode()).as("%s", replace).isEqualTo(Cop.USAGE);
    assertThat(Files.readString(key)).isEqualTo("Dee Turner dee@example.org\n");
    CopRun bad = extract(dir.resolve("extract"), key);
    assertThat(bad.exitCode()).as("%s", bad).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(bad.err())
        .contains("not a study key")
        .doesNotContain("Dee")
        .doesNotContain("example.org");
    assertThat(dir.resolve("extract")).doesNotExist();
    CopRun missing = extract(dir.resolve("extract"), dir.resolve("study").resolve("none.key"));
    assertThat(missing.exitCode()).as("%s", missing).isEqualTo(Cop.USAGE);
    assertThat(missing.err()).contains("--new-study-key");
  }
}
