package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.FuzzTime;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.store.internal.StoreJson;

/**
 * Coverage-guided fuzz targets for the archive reader and the erasure-log reader. Under {@code
 * ./mvnw verify} each runs once per committed input in {@code ArchiveReaderFuzzTestInputs/<target>}
 * (the hostile strings and malformed documents that were found to hurt a reader, and the inputs
 * fuzzing found); under {@code -Pfuzz} each is fuzzed for {@value FuzzTime#EACH}.
 *
 * <p>What must hold for any bytes: the read either gives a value or an {@link
 * ArchiveFormatException} whose message is one line of at most a few hundred characters with no
 * control character in it; nothing else escapes. A value read is written and read back equal.
 */
class ArchiveReaderFuzzTest {
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();

  @FuzzTest(maxDuration = FuzzTime.EACH)
  void archive(byte[] input) throws ArchiveFormatException {
    Community read;
    try {
      read = ARCHIVE.read(new ByteArrayInputStream(input));
    } catch (ArchiveFormatException e) {
      assertOneShortLine(e);
      read = null;
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail", e);
    }
    // the store's way: strict UTF-8 first, then the text
    Optional<String> text = StoreJson.utf8(input, 0, input.length);
    if (text.isPresent()) {
      try {
        Community again = ARCHIVE.read(text.get());
        assertThat(again).isEqualTo(read);
      } catch (ArchiveFormatException e) {
        assertOneShortLine(e);
        assertThat(read).isNull();
      }
    }
    if (read != null) {
      assertThat(ARCHIVE.read(ARCHIVE.write(read))).isEqualTo(read);
    }
  }

  @FuzzTest(maxDuration = FuzzTime.EACH)
  void erasureLog(byte[] input) throws ArchiveFormatException {
    Optional<String> text = StoreJson.utf8(input, 0, input.length);
    if (text.isEmpty()) {
      return;
    }
    try {
      ErasureLog log = ARCHIVE.readErasureLog(text.get());
      assertThat(ARCHIVE.readErasureLog(ARCHIVE.writeErasureLog(log))).isEqualTo(log);
    } catch (ArchiveFormatException e) {
      assertOneShortLine(e);
    }
  }

  static void assertOneShortLine(ArchiveFormatException e) {
    String message = e.getMessage();
    assertThat(message.length()).as("message length").isLessThan(1200);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      assertThat(
              Character.getType(c) == Character.CONTROL
                  || c == '\u2028'
                  || c == '\u2029'
                  || (c >= '\u202A' && c <= '\u202E')
                  || (c >= '\u2066' && c <= '\u2069'))
          .as("a control or direction character at %d of the message", i)
          .isFalse();
    }
  }
}
