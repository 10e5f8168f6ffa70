package org.communityofpractice.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule of which characters hide themselves, and the form messages show values in. */
class ShownTest {
  @Test
  void theCharactersThatMoveTheCursorReorderALineOrHideThemselvesAreTheHiddenOnes() {
    // escape, right-to-left override, first-strong isolate, zero-width space, line separator,
    // a tag character and a musical formatting character beyond the basic plane, a non-character
    assertThat(List.of(0x1B, 0x202E, 0x2068, 0x200B, 0x2028, 0xE0041, 0x1D173, 0xFFFF, 0xD800))
        .allMatch(Shown::hides);
    assertThat(List.of((int) 'a', (int) 'é', (int) 'ŵ', 0x4E2D, 0x1F600, (int) ' '))
        .noneMatch(Shown::hides);
  }

  /**
   * Every code point, all 1,114,112 of them: shown on its own, it is written as its escape exactly
   * when {@link Shown#hides} says it hides, so the two cannot drift apart.
   */
  @Test
  void everyCodePointIsEscapedExactlyWhenItHides() {
    List<String> disagreements = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp == '\\') {
        continue;
      }
      String one = new String(Character.toChars(cp));
      String shown = Shown.shown(one, Integer.MAX_VALUE);
      StringBuilder escape = new StringBuilder();
      for (int i = 0; i < one.length(); i++) {
        escape.append(Shown.escaped(one.charAt(i)));
      }
      boolean escaped = shown.contentEquals(escape);
      if (escaped != Shown.hides(cp) || (!escaped && !shown.equals(one))) {
        disagreements.add(Integer.toHexString(cp));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void aBackslashIsDoubledSoNoEscapeCanBeForgedAndALongValueIsCut() {
    assertThat(Shown.shown("a\\u202Eb", Integer.MAX_VALUE)).isEqualTo("a\\\\u202Eb");
    assertThat(Shown.shown("x".repeat(70), 8)).isEqualTo("xxxxxxxx…");
    assertThat(Shown.escaped('\u001B')).isEqualTo("\\u001B");
  }
}
