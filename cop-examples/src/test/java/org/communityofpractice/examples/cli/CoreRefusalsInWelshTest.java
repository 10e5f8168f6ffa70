package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cop --language cy} says why cop-core refused an archive in Welsh: the JSON path and the
 * value as they are, what the place must hold and the words around it in Welsh; in British English
 * the reason is cop-core's message word for word, as before.
 */
class CoreRefusalsInWelshTest {
  @TempDir static Path dir;
  static Path store;

  @BeforeAll
  static void demo() {
    store = DemoArchive.in(dir.resolve("demo"));
  }

  @Test
  void aMissingFieldIsSaidInWelshAndInTheSameEnglishAsBefore() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\":\"cop-archive\",\"version\":1,\"community\":{}}");

    CopRun welsh = CopRun.of("validate", "--language", "cy", bad.toString());
    assertThat(welsh.exitCode()).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(welsh.err())
        .contains(
            bad
                + ": nid yw'n archif cymuned ddilys: $.schemaVersion: mae'n ofynnol, ond mae ar"
                + " goll");
    assertNoCoreEnglish(welsh.err());

    CopRun english = CopRun.of("validate", bad.toString());
    assertThat(english.err())
        .contains(
            bad + ": not a valid community archive: $.schemaVersion is required but was missing");
  }

  @Test
  void aFaultTheParserFoundIsPlacedOnceAtItsLineAndColumn() throws IOException {
    Path bad = dir.resolve("truncated.json");
    Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"community\": [");
    for (String language : new String[] {"en", "cy"}) {
      CopRun run = CopRun.of("validate", "--language", language, bad.toString());
      assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.FINDINGS_OR_INVALID);
      assertThat(run.err())
          .as(language)
          .containsPattern("\\((at line|llinell) 3, (column|colofn) \\d+\\)")
          .doesNotContainPattern("\\((line|llinell) \\d+\\)");
    }
  }

  @Test
  void aValueOffTheScaleIsSaidInWelshWithTheValueAsItIs() throws IOException {
    String json = Files.readString(DemoArchive.currentFile(store), StandardCharsets.UTF_8);
    Path bad = dir.resolve("off-the-scale.json");
    Files.writeString(bad, json.replaceFirst("(\"value\" ?: ?)\\d+", "$111"));

    CopRun welsh = CopRun.of("validate", "--language", "cy", bad.toString());
    assertThat(welsh.exitCode()).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(welsh.err()).containsPattern("\\.value: rhaid iddo fod rhwng 1 a 10; cafwyd 11");
    assertNoCoreEnglish(welsh.err());
  }

  @Test
  void aStoredArchiveThatDoesNotReadIsSaidInWelsh() throws IOException {
    Path copy = DemoArchive.in(dir.resolve("damaged"));
    Files.writeString(DemoArchive.currentFile(copy), "{\"schemaVersion\": 1, ");

    CopRun welsh = CopRun.of("review", "--language", "cy", copy.toString());
    assertThat(welsh.exitCode()).as("%s", welsh).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(welsh.err())
        .contains("ni ellir darllen archif ", "rhaid iddo fod yn JSON wedi'i ffurfio'n gywir")
        .contains("ni throsysgrifennwyd dim");
    assertNoCoreEnglish(welsh.err());
  }

  @Test
  void theCaptureConsoleSaysWhatCopCoreRefusedInWelsh() {
    Path copy = DemoArchive.in(dir.resolve("capture"));
    CopRun run =
        CopRun.withInput(
            String.join("\n", "arrived p-nobody-here", "pause"),
            DemoArchive.captureLoneWorking(copy, "--language", "cy"));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("person: rhaid iddo fod yng nghofrestr y gymuned");
    assertNoCoreEnglish(run.out());
  }

  private static void assertNoCoreEnglish(String said) {
    assertThat(said)
        .doesNotContain(" must ", "but was", "is required", "cannot be read", "nothing was")
        .doesNotContain("withheld", "backup", "at line");
  }
}
