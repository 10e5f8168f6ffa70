package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checked UTF-8 stream hands out well-formed text byte for byte however the bytes arrive, a
 * sequence cut by a read's end included, and refuses a malformed sequence only after the bytes
 * before it.
 */
class StrictUtf8InputTest {
  /** Text of one, two, three and four bytes a character, long enough to cross many reads. */
  private static final String TEXT =
      "a\u00e9\u20ac\ud83d\ude00 Zo\u00eb, \u65e5\u672c ".repeat(2_000);

  /** A stream that gives at most {@code most} bytes a read, as a pipe or a socket may. */
  private static InputStream trickle(byte[] bytes, int most) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  private static byte[] readAll(InputStream in, int chunk) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[chunk];
    for (int n; (n = in.read(buffer, 0, chunk)) >= 0; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0} bytes a read")
  @ValueSource(ints = {1, 2, 3, 5, 4096, 8191, 100_000})
  void wellFormedTextPassesByteForByteHoweverItArrives(int most) throws IOException {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(new StrictUtf8Input(trickle(bytes, most)), 7)).isEqualTo(bytes);
    assertThat(readAll(new StrictUtf8Input(trickle(bytes, most)), 8000)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"C0 BC", "E0 80 BC", "ED A0 80", "F4 90 80 80", "F8", "80", "E2 82"})
  void aMalformedSequenceIsRefusedAfterTheBytesBeforeIt(String hex) throws IOException {
    byte[] before = TEXT.substring(0, 9_000).getBytes(StandardCharsets.UTF_8);
    String[] pairs = hex.split(" ");
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    document.writeBytes(before);
    for (String pair : pairs) {
      document.write(Integer.parseInt(pair, 16));
    }
    document.write('b');
    // small reads go through the stream's own buffer, a parser's large ones straight into its array
    for (int most : new int[] {3, 8000}) {
      for (int chunk : new int[] {5, 8000}) {
        InputStream in = new StrictUtf8Input(trickle(document.toByteArray(), most));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        assertThatThrownBy(
                () -> {
                  for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
                    out.write(buffer, 0, n);
                  }
                })
            .isInstanceOf(MalformedInputException.class);
        assertThat(out.toByteArray()).as("%d bytes a read of %d", most, chunk).isEqualTo(before);
      }
    }
  }

  @Test
  void aSequenceTheEndCutsShortIsMalformed() {
    byte[] cut = {'a', (byte) 0xF0, (byte) 0x9F, (byte) 0x98};
    assertThatThrownBy(() -> readAll(new StrictUtf8Input(new ByteArrayInputStream(cut)), 16))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> readAll(new StrictUtf8Input(new ByteArrayInputStream(cut)), 8000))
        .isInstanceOf(MalformedInputException.class);
  }
}
