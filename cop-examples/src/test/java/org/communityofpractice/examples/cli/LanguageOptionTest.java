package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --language}: the language of the reports and messages every command writes. */
class LanguageOptionTest {
  @TempDir static Path dir;
  static Path archive;

  @BeforeAll
  static void demo() {
    archive = DemoArchive.in(dir.resolve("demo"));
  }

  private static CopRun render(String... more) {
    return renderSession("prison-release-1", more);
  }

  private static CopRun renderSession(String session, String... more) {
    String[] args = {"render", archive.toString(), "--session", session, "--format", "markdown"};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CopRun.of(all);
  }

  @Test
  void welshWritesTheReportInWelsh() {
    CopRun welsh = render("--language", "cy");
    assertThat(welsh.exitCode()).as("%s", welsh).isZero();
    assertThat(welsh.out())
        .contains("# Adroddiad y sesiwn: ", "## Casgliadau", "Dydd Iau 3 Mawrth 2016")
        .doesNotContain("## Conclusions", "Session report", "Thursday");
  }

  @Test
  void englishIsTheDefault() {
    CopRun plain = render();
    assertThat(plain.out()).contains("## Conclusions", "Thursday 3 March 2016");
    assertThat(render("--language", "en").out()).isEqualTo(plain.out());
    assertThat(render("--language", "en-GB").out()).isEqualTo(plain.out());
  }

  @Test
  void welshReviewsInWelshWithTheSameFindingsAndExitCode() {
    CopRun english = CopRun.of("review", archive.toString());
    CopRun welsh = CopRun.of("review", archive.toString(), "--language", "cy");
    assertThat(welsh.exitCode()).as("%s", welsh).isEqualTo(english.exitCode());
    assertThat(welsh.out()).contains("    beth nesaf: ").doesNotContain("try next", "Consider");
    assertThat(english.out()).contains("    try next: ");
    // the same findings, by code, in the same order
    assertThat(codes(welsh.out())).isEqualTo(codes(english.out())).isNotEmpty();
  }

  private static java.util.List<String> codes(String review) {
    return review
        .lines()
        .filter(l -> l.startsWith("["))
        .map(l -> l.substring(l.indexOf(']') + 1).strip().split("[ :]")[0])
        .toList();
  }

  @Test
  void anUnknownLanguageIsAUsageErrorThatNamesTheLanguagesThereAre() {
    CopRun french = render("--language", "fr");
    assertThat(french.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(french.out()).isEmpty();
    assertThat(french.err())
        .isEqualTo(
            "cop render: unknown language 'fr'. The languages are: en, cy."
                + System.lineSeparator());
    // what was typed is shown back only when it looks like one of the tool's own words
    assertThat(render("--language", "Jane Smith").err())
        .contains("unknown language what was given (not repeated here)")
        .doesNotContain("Jane");
  }

  @Test
  void theErrorsEveryCommandSharesAreInWelshAndStillRepeatNothingPersonal() {
    CopRun missing =
        CopRun.of("validate", dir.resolve("nowhere.json").toString(), "--language", "cy");
    assertThat(missing.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(missing.err())
        .startsWith("cop validate: ")
        .contains("nowhere.json: dim ffeil na ffolder o'r fath. Rhowch archif cymuned")
        .doesNotContain("no such file");

    CopRun noSession = renderSession("no-such-session", "--language", "cy");
    assertThat(noSession.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(noSession.err())
        .contains("nid oes sesiwn 'no-such-session' yn ", "Ei sesiynau yw: ", "prison-release-1")
        .doesNotContain("holds no session");

    // a name typed where an id belongs is not shown back, in Welsh as in English
    CopRun named = renderSession("dee.turner", "--language", "cy");
    assertThat(named.err())
        .contains("nid oes sesiwn yr hyn a roddwyd (nas ailadroddir yma) yn ")
        .doesNotContain("dee", "turner");
    assertThat(renderSession("Dee Turner", "--language", "cy").err())
        .contains("nid yw gwerth --session yn ddynodydd")
        .doesNotContain("Dee", "Turner");
    assertThat(renderSession("Dee Turner").err())
        .contains("the value of --session is not an id")
        .doesNotContain("Dee", "Turner");
  }

  /**
   * The tool's {@code --language}, typed before the command, is the command's language too: the
   * same words as the command's own option gives, for its output, its errors and a command within a
   * command.
   */
  @Test
  void theLanguageTypedBeforeTheCommandIsTheCommandsLanguage() {
    String nowhere = dir.resolve("nowhere.json").toString();
    String[][] commands = {
      {"render", archive.toString(), "--session", "prison-release-1", "--format", "markdown"},
      {"validate", nowhere},
      {"subject", "find", nowhere, "--email", "nobody@example.org"},
    };
    for (String[] command : commands) {
      CopRun after = CopRun.of(with(command, "--language", "cy"));
      assertThat(after.out() + after.err()).as("%s", after).containsAnyOf("Adroddiad", "Rhowch");
      for (String[] before : new String[][] {{"--language", "cy"}, {"--language=cy"}}) {
        assertThat(CopRun.of(with(before, command)))
            .as("cop %s %s", String.join(" ", before), String.join(" ", command))
            .isEqualTo(after);
      }
    }
    // built alone, as a command named first is
    assertThat(Cop.commandLine(new Cop(), "--language", "cy", "validate", nowhere).getSubcommands())
        .containsOnlyKeys("validate");
  }

  @Test
  void aCommandsOwnLanguageOutranksTheOneTypedBeforeIt() {
    String[] english = {
      "render",
      archive.toString(),
      "--session",
      "prison-release-1",
      "--format",
      "markdown",
      "--language",
      "en"
    };
    assertThat(CopRun.of(with(new String[] {"--language", "cy"}, english))).isEqualTo(render());
  }

  @Test
  void anUnknownLanguageBeforeTheCommandIsRefusedByTheCommand() {
    CopRun french =
        CopRun.of("--language", "fr", "validate", dir.resolve("nowhere.json").toString());
    assertThat(french.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(french.err())
        .isEqualTo(
            "cop validate: unknown language 'fr'. The languages are: en, cy."
                + System.lineSeparator());
  }

  private static String[] with(String[] first, String... then) {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(first), java.util.Arrays.stream(then))
        .toArray(String[]::new);
  }
}
