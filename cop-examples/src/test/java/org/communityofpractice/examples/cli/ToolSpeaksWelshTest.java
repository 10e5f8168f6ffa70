package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cop --language cy}: what the tool itself says is Welsh throughout — picocli's parsing
 * errors, a command's own errors, the capture console's prompts and lines, a command's output —
 * with none of the British English bundle's words among it.
 */
class ToolSpeaksWelshTest {
  @TempDir static Path dir;
  static Path archive;

  @BeforeAll
  static void demo() {
    archive = DemoArchive.in(dir.resolve("demo"));
  }

  /**
   * The stretches of words of every British English text that Welsh says otherwise: the text cut at
   * its arguments, each piece of at least two words kept.
   */
  static List<String> englishWords() throws IOException {
    Properties english = bundle("messages_en_GB.properties");
    Properties welsh = bundle("messages_cy.properties");
    List<String> pieces = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if (english.getProperty(key).equals(welsh.getProperty(key))) {
        continue; // the same in both: an argument alone, a quoted word
      }
      for (String piece : english.getProperty(key).replace("''", "'").split("\\{\\d+}|\\n")) {
        String words = piece.strip();
        if (words.matches(".*[A-Za-z]{3,}\\s+[A-Za-z]{2,}.*")
            && !commandSyntax(words)
            && !welsh.getProperty(key).replace("''", "'").contains(words)) {
          pieces.add(words);
        }
      }
    }
    assertThat(pieces).as("the British English texts to look for").hasSizeGreaterThan(100);
    return pieces;
  }

  /** A stretch that is what is typed, the same in every language (a command, an option). */
  private static boolean commandSyntax(String words) {
    return words.startsWith("cop ")
        || words.startsWith("'cop ")
        || words.matches(
            "(next|arrived|walk-in|hope|say|present|scale|rate|up|action|step|conclude"
                + "|nextdate|status) .*");
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ToolText.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static void assertNoEnglish(String said) throws IOException {
    for (String english : englishWords()) {
      assertThat(said).as("says in English: %s", english).doesNotContain(english);
    }
    // picocli's own words
    assertThat(said).doesNotContain("Unknown option", "Missing required", "Did you mean", "Usage:");
  }

  @Test
  void picocliParsingErrorsAreWelsh() throws IOException {
    CopRun unknown = CopRun.of("render", archive.toString(), "--language", "cy", "--colour");
    assertThat(unknown.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(unknown.err()).contains("Opsiwn anhysbys: '--colour'", "Defnydd:");
    assertNoEnglish(unknown.err());

    CopRun missing = CopRun.of("people", "import", "--language", "cy");
    assertThat(missing.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(missing.err()).startsWith("Mae angen rhoi ");
    assertNoEnglish(missing.err());

    CopRun noValue = CopRun.of("render", archive.toString(), "--language", "cy", "--session");
    assertThat(noValue.err()).contains("Mae angen gwerth ar gyfer --session");
    assertNoEnglish(noValue.err());

    // and in British English, picocli's own words as before
    assertThat(CopRun.of("render", archive.toString(), "--colour").err())
        .contains("Unknown option: '--colour'");
  }

  @Test
  void theToolsOwnRefusalsAreWelshAndShowNothingPersonal() throws IOException {
    CopRun none = CopRun.of("--language", "cy");
    assertThat(none.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(none.err()).contains("Dywedwch pa orchymyn i'w redeg");
    assertNoEnglish(none.err());

    CopRun name = CopRun.of("Dee Turner", "--language", "cy");
    assertThat(name.err())
        .contains("nid yw yr hyn a roddwyd (nas ailadroddir yma) yn un o orchmynion cop")
        .doesNotContain("Dee");
    assertNoEnglish(name.err());
  }

  @Test
  void theCaptureConsolePromptsAndAnswersInWelsh() throws IOException {
    Path store = DemoArchive.in(dir.resolve("capture"));
    CopRun run =
        CopRun.withInput(
            String.join(
                "\n",
                "help",
                "arrived p-c675hgrb2spk p-c675hgrb2spk",
                "dance",
                "say nonsense words",
                "rate lots",
                "stages",
                "status",
                "next",
                "pause"),
            DemoArchive.captureLoneWorking(store, "--language", "cy"));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains(
            "Cam 1 o ",
            "cyfarch",
            "symud drwy drefn y sesiwn",
            "Mae p-c675hgrb2spk eisoes yn yr ystafell.",
            "heb ei gofnodi: nid yw hynny'n rhywbeth i'w gofnodi",
            "heb ei gofnodi: nid yw hynny'n fath o gyfraniad",
            "heb ei gofnodi: rhaid i sgôr fod yn rhif cyfan",
            "yn yr ystafell, ",
            "Wedi oedi.");
    assertNoEnglish(run.out());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aCommandsOutputIsWelsh() throws IOException {
    Path sheet = dir.resolve("sign-in.csv");
    java.nio.file.Files.writeString(
        sheet, "name,email,communications,notice\nAnn Example,ann@example.org,yes,2016-1\n");
    Path store = DemoArchive.in(dir.resolve("import"));
    CopRun run =
        CopRun.of(
            "people",
            "import",
            store.toString(),
            sheet.toString(),
            "--by",
            "operator",
            "--language",
            "cy");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Mewnforiwyd 1 person o ", "cytunodd 1");
    assertNoEnglish(run.out());

    Path wrong = dir.resolve("wrong.csv");
    java.nio.file.Files.writeString(
        wrong, "name,email,photos\nBea Example,bea@example.org,maybe\n");
    CopRun refused =
        CopRun.of(
            "people",
            "import",
            store.toString(),
            wrong.toString(),
            "--by",
            "operator",
            "--language",
            "cy");
    assertThat(refused.exitCode()).isEqualTo(Cop.FINDINGS_OR_INVALID);
    assertThat(refused.err())
        .contains("ni fewnforiwyd dim; 1 problem", "llinell 2, colofn 'photos'")
        .doesNotContain("Bea", "example.org");
    assertNoEnglish(refused.err());
  }

  @Test
  void sendAndValidateReportInWelsh() throws IOException {
    CopRun dryRun =
        CopRun.of(
            "send",
            archive.toString(),
            "--series",
            org.communityofpractice.examples.PrisonReleaseSeries.SERIES.value(),
            "--dry-run",
            "--from",
            "hello@sotcop.example.org",
            "--unsubscribe",
            "leave@sotcop.example.org",
            "--outbox",
            dir.resolve("dry-outbox").toString(),
            "--language",
            "cy");
    assertThat(dryRun.exitCode()).as("%s", dryRun).isZero();
    assertThat(dryRun.out())
        .contains("cylchrediad series-report-", "ar y rhestr e-bost", "derbynwyr   p-")
        .contains("rhediad prawf: ni anfonwyd dim")
        .doesNotContain("@example.org");
    assertNoEnglish(dryRun.out());

    CopRun valid = CopRun.of("validate", archive.toString(), "--language", "cy");
    assertThat(valid.exitCode()).as("%s", valid).isZero();
    assertThat(valid.out()).contains(": dilys. ", " o bobl, ");
    assertNoEnglish(valid.out());
    // British English as it was
    assertThat(CopRun.of("validate", archive.toString()).out()).contains(": valid. ", " people, ");
  }

  @Test
  void theConsentWordsAtTheDoorAreTheWebAppsInBritishEnglish() {
    ToolText british = ToolText.in(Language.EN);
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      assertThat(british.get("consent.purpose." + purpose.name()))
          .isEqualTo(org.communityofpractice.examples.serve.Words.plainly(purpose));
    }
  }
}
