package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.validation.Shown;
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

  /**
   * The terminal and cop's messages hide the same characters: every code point but the line ends
   * and tab the terminal keeps is escaped by the console exactly when {@link Shown#hides} says so.
   */
  @Test
  void everyCodePointTheMessagesEscapeTheConsoleEscapesToo() throws IOException {
    List<String> disagreements = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp == '\n' || cp == '\r' || cp == '\t') {
        continue;
      }
      String one = new String(Character.toChars(cp));
      boolean escaped = !written(one).equals(one);
      if (escaped != Shown.hides(cp)) {
        disagreements.add(Integer.toHexString(cp));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  private static String written(String text) throws IOException {
    StringWriter out = new StringWriter();
    try (ConsoleWriter console = new ConsoleWriter(out)) {
      console.write(text);
    }
    return out.toString();
  }
}
