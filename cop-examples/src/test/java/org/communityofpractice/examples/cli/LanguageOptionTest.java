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
    String[] args = {
      "render", archive.toString(), "--session", "prison-release-1", "--format", "markdown"
    };
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
}
