package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.examples.GuideExample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The community's consent rules live in its archive, and the {@code cop} tool applies them with no
 * option to forget: consent given in 2016 under rules that let it lapse after two years names no
 * one in a report rendered today.
 */
class ConsentRulesFromTheArchiveTest {
  @TempDir Path dir;
  String json;

  @BeforeEach
  void guideExample() {
    json = ArchiveJson.create().write(GuideExample.community());
  }

  private CopRun render(String archive) throws IOException {
    Path file = dir.resolve("archive.json");
    Files.writeString(file, archive, StandardCharsets.UTF_8);
    return CopRun.of(
        "render", file.toString(), "--series", "prison-release-2016", "--format", "text");
  }

  @Test
  void consentThatHasLapsedUnderTheArchivesRulesNamesNoOne() throws IOException {
    CopRun asRecorded = render(json);
    assertThat(asRecorded.exitCode()).as("%s", asRecorded).isZero();
    assertThat(asRecorded.out()).contains("Morgan Hale");
    String lapsing = json.replaceFirst("\\{", "{\"consentRules\": {\"expiresAfter\": \"P2Y\"},");
    assertThat(ArchiveJson.create().read(lapsing).consentRules().expiresAfter()).isPresent();
    CopRun lapsed = render(lapsing);
    assertThat(lapsed.exitCode()).as("%s", lapsed).isZero();
    assertThat(lapsed.out()).doesNotContain("Morgan Hale");
  }
}
