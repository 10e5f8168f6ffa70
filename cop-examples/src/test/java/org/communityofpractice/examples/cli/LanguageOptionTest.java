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
