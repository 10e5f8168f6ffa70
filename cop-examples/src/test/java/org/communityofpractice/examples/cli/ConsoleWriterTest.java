package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A carriage return that ends a line passes (a calendar file's CRLF); any other is escaped. */
class ConsoleWriterTest {
  @Test
  void aCarriageReturnBeforeALineFeedPassesAndAnyOtherIsEscaped() throws IOException {
    assertThat(written("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
        .isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    assertThat(written("over\rwrite\n")).isEqualTo("over\\u000Dwrite\n");
    assertThat(written("ends\r")).isEqualTo("ends\\u000D");
    assertThat(written("\r\r\n")).isEqualTo("\\u000D\r\n");
  }

  @Test
  void aCharacterBeyondTheBasicPlaneThatHidesItselfIsEscapedAndAnyOtherPasses() throws IOException {
    // U+E0041 TAG LATIN CAPITAL LETTER A and U+1D173 MUSICAL SYMBOL BEGIN BEAM hide themselves
    assertThat(written("a\uDB40\uDC41b\uD834\uDD73c")).isEqualTo("a\\uDB40\\uDC41b\\uD834\\uDD73c");
    assertThat(written("smile \uD83D\uDE00")).isEqualTo("smile \uD83D\uDE00");
  }

  private static String written(String text) throws IOException {
    StringWriter out = new StringWriter();
    try (ConsoleWriter console = new ConsoleWriter(out)) {
      console.write(text);
    }
    return out.toString();
  }
}
