package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByTextTest {
  private static <T> T byChars(ByText<T> table, String text) {
    // the text in the middle of a longer buffer, as the parser hands it out
    char[] buffer = ("<<" + text + ">>").toCharArray();
    return table.get(buffer, 2, text.length());
  }

  @Test
  void findsEachValueByItsTextAsCharactersOrAsAString() {
    ByText<Integer> table = new ByText<>();
    for (int i = 0; i < 1000; i++) {
      table.put("p-" + i, i);
    }
    for (int i = 0; i < 1000; i++) {
      assertThat(byChars(table, "p-" + i)).isEqualTo(i);
      assertThat(table.get("p-" + i)).isEqualTo(i);
    }
  }

  @Test
  void findsNothingForTextItWasNotGivenThoughItsHashOrItsStartIsTheSame() {
    ByText<String> table = new ByText<>();
    table.put("Aa", "first");
    table.put("p-1", "second");
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(byChars(table, "BB")).isNull();
    assertThat(table.get("BB")).isNull();
    assertThat(byChars(table, "p-")).isNull();
    assertThat(byChars(table, "p-10")).isNull();
    assertThat(byChars(table, "")).isNull();
    assertThat(byChars(table, "Aa")).isEqualTo("first");
  }
}
