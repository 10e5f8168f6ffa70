package org.communityofpractice.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.fixtures.DecisionMakerFixtures;
import org.junit.jupiter.api.Test;

/**
 * The golden file pins the archive format: {@code CommunityFixtures.sotcop()} must write to it byte
 * for byte, and it must read back to the fixture. A deliberate format change (or a change to the
 * fixture) regenerates it with
 *
 * <pre>
 * ./mvnw -B -q -pl cop-core -am -Dcop.golden.update=true -Dtest=ArchiveJsonGoldenTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false verify
 * </pre>
 *
 * and the diff of {@code src/test/resources/golden/sotcop-community.json} is then reviewed like
 * code (a format change also needs a schema version and a migration: see {@code Migrations}).
 */
class ArchiveJsonGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/sotcop-community.json");
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();

  /** The same community with its consent ledger, pinning the ledger's format too. */
  static final Path GOLDEN_WITH_CONSENT =
      Path.of("src/test/resources/golden/sotcop-with-consent.json");

  @Test
  void theSotcopFixtureWritesByteForByteAsTheGoldenFile() throws IOException {
    assertWritesAs(CommunityFixtures.sotcop(), GOLDEN);
  }

  @Test
  void theGoldenFileReadsBackAsTheSotcopFixture() throws IOException {
    assertReadsAs(GOLDEN, CommunityFixtures.sotcop());
  }

  @Test
  void theSotcopFixtureWithConsentWritesAndReadsAsItsGoldenFile() throws IOException {
    assertWritesAs(CommunityFixtures.sotcopWithConsent(), GOLDEN_WITH_CONSENT);
    assertReadsAs(GOLDEN_WITH_CONSENT, CommunityFixtures.sotcopWithConsent());
  }

  /**
   * Decision makers of both forms — a person in the register, written as it was before
   * organisations had their own form, and an organisation with its generic address — and the
   * follow-ups owed to each.
   */
  static final Path GOLDEN_DECISION_MAKERS =
      Path.of("src/test/resources/golden/sotcop-decision-makers.json");

  @Test
  void theDecisionMakersFixtureWritesAndReadsAsItsGoldenFile() throws IOException {
    assertWritesAs(DecisionMakerFixtures.followedUp(), GOLDEN_DECISION_MAKERS);
    assertReadsAs(GOLDEN_DECISION_MAKERS, DecisionMakerFixtures.followedUp());
  }

  private static void assertWritesAs(Community community, Path golden) throws IOException {
    byte[] written = ARCHIVE.write(community).getBytes(UTF_8);
    if (Boolean.getBoolean("cop.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, written);
    }
    assertThat(Files.readAllBytes(golden))
        .as("%s (regenerate with -Dcop.golden.update=true)", golden)
        .isEqualTo(written);
  }

  private static void assertReadsAs(Path golden, Community community) throws IOException {
    try (InputStream in = Files.newInputStream(golden)) {
      assertThat(ARCHIVE.read(in)).isEqualTo(community);
    }
  }

  @Test
  void theGoldenFileIsPrettyPrintedWithUnixLineEndsAndAFinalNewline() throws IOException {
    String golden = Files.readString(GOLDEN, UTF_8);
    assertThat(golden).startsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"sotcop\",\n");
    assertThat(golden).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
  }
}
