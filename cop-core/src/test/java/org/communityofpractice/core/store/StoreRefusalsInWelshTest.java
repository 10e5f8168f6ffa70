package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOTCOP;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.communityofpractice.core.capture.ScriptedSession;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the store refuses with — a damaged journal, an archive that does not read, a save that came
 * second — is said in Welsh, reasons and all, and in British English exactly as {@code
 * getMessage()} says it.
 */
class StoreRefusalsInWelshTest {
  private static final Locale WELSH = Locale.forLanguageTag("cy");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json at all",
        "",
        "[]",
        "{}",
        "{\"seq\":5}",
        "{\"seq\":1,\"crc32c\":\"0\",\"event\":{}}",
        "{\"surprise\":1}",
        "{\"odd name\": tru}"
      })
  void aDamagedJournalLineIsSaidInWelsh(String line) throws IOException {
    Path file = dir.resolve("s.jsonl");
    try (Journal journal = Journal.create(file, Durability.everyEvent())) {
      SessionRecorder recorder =
          SessionRecorder.start(sotcop(), ScriptedSession.plan(1), Clock.systemUTC(), journal);
      ScriptedSession.events(1).forEach(recorder::record);
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(4, line);
    Files.write(file, lines, StandardCharsets.UTF_8);

    StoreException e =
        catchThrowableOfType(
            StoreException.class,
            () -> Journal.open(file, DamagedJournalPolicy.STRICT, Durability.everyEvent()));

    assertSaidInWelshAndInItsOwnEnglish(e);
    assertThat(e.messageIn(WELSH)).contains(file.toString(), "llinell 5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "{\"schemaVersion\": 1, ", "[]", "rating", "folder", "\u00ff"})
  void anArchiveThatDoesNotReadIsSaidInWelsh(String damage) throws IOException {
    FileArchiveStore store = FileArchiveStore.builder(dir.resolve("store")).build();
    ArchiveVersion v1 = store.save(sotcop(), ArchiveVersion.NONE);
    Path file = store.archiveFile(SOTCOP, v1);
    Community id = sotcop();
    switch (damage) {
      case "rating" -> {
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\"value\" ?: ?\\d+", "\"value\" : 11"));
      }
      case "folder" -> {
        id =
            Community.builder()
                .from(sotcop())
                .id(org.communityofpractice.core.community.CommunityId.of("other"))
                .build();
        Files.createDirectories(store.folderOf(id.id()));
        Files.copy(file, store.folderOf(id.id()).resolve(file.getFileName()));
      }
      case "\u00ff" -> Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe});
      default -> Files.writeString(file, damage, StandardCharsets.UTF_8);
    }
    Community which = id;

    CorruptArchiveException e =
        catchThrowableOfType(CorruptArchiveException.class, () -> store.load(which.id()));

    assertSaidInWelshAndInItsOwnEnglish(e);
    assertThat(e.messageIn(WELSH)).startsWith("ni ellir darllen archif ");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aSaveThatCameSecondIsSaidInWelsh(int saves) {
    FileArchiveStore store = FileArchiveStore.builder(dir.resolve("store")).build();
    ArchiveVersion first = store.save(sotcop(), ArchiveVersion.NONE);
    ArchiveVersion version = first;
    for (int i = 0; i < saves; i++) {
      version = store.save(sotcop(), version);
    }
    ArchiveConflictException e =
        catchThrowableOfType(ArchiveConflictException.class, () -> store.save(sotcop(), first));

    assertSaidInWelshAndInItsOwnEnglish(e);
    assertThat(e.messageIn(WELSH))
        .contains("fersiwn " + (saves + 1), "nid ar fersiwn 1", "ni ysgrifennwyd dim");
  }

  private static void assertSaidInWelshAndInItsOwnEnglish(StoreException e) {
    assertThat(e).isNotNull();
    assertThat(e.messageIn(Locale.UK)).isEqualTo(e.getMessage());
    assertThat(e.messageIn(Locale.GERMAN)).isEqualTo(e.getMessage());
    String welsh = e.messageIn(WELSH);
    assertThat(welsh)
        .as("the Welsh of %s", e.getMessage())
        .isNotEqualTo(e.getMessage())
        .doesNotContain("nothing was", "cannot be read", " must ", "is required", "the file ")
        .doesNotContain("line ", "not UTF-8", "well-formed", "unknown field", "backup")
        .doesNotContain(
            Arrays.stream(ArchiveFormatException.Kind.values())
                .map(k -> k.name() + ":")
                .toArray(String[]::new));
  }
}
