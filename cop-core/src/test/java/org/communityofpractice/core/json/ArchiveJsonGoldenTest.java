package org.communityofpractice.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communityofpractice.core.fixtures.CommunityFixtures;
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
 * and the diff of {@code src/test/resources/golden/sotcop-community.json} is then reviewed like code
 * (a format change also needs a schema version and a migration: see {@code Migrations}).
 */
class ArchiveJsonGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/sotcop-community.json");
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();

  @Test
  void theSotcopFixtureWritesByteForByteAsTheGoldenFile() throws IOException {
    byte[] written = ARCHIVE.write(CommunityFixtures.sotcop()).getBytes(UTF_8);
    if (Boolean.getBoolean("cop.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.write(GOLDEN, written);
    }
    assertThat(Files.readAllBytes(GOLDEN)).isEqualTo(written);
  }

  @Test
  void theGoldenFileReadsBackAsTheSotcopFixture() throws IOException {
    try (InputStream in = Files.newInputStream(GOLDEN)) {
      assertThat(ARCHIVE.read(in)).isEqualTo(CommunityFixtures.sotcop());
    }
  }

  @Test
  void theGoldenFileIsPrettyPrintedWithUnixLineEndsAndAFinalNewline() throws IOException {
    String golden = Files.readString(GOLDEN, UTF_8);
    assertThat(golden).startsWith("{\n  \"schemaVersion\": 2,\n  \"id\": \"sotcop\",\n");
    assertThat(golden).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
  }
}
