package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ByTextTest {
  private static <T> T byChars(ByText<T> table, String text) {
    // the text in the middle of a longer buffer, as the parser hands it out
    char[] buffer = ("<<" + text + ">>").toCharArray();
    return table.get(buffer, 2, text.length());
  }

  /**
   * The {@code k}th of {@code 2^blocks} texts that share one {@link String#hashCode()}: "Aa" and
   * "BB" hash alike, so every string of such pairs, of one length, does too.
   */
  static String colliding(int k, int blocks) {
    StringBuilder text = new StringBuilder("p-");
    for (int i = 0; i < blocks; i++) {
      text.append((k >>> i & 1) == 0 ? "Aa" : "BB");
    }
    return text.toString();
  }

  @Test
  void findsEachValueByItsTextAsCharactersOrAsAString() {
    ByText<Integer> table = new ByText<>();
    for (int i = 0; i < 100_000; i++) {
      table.put("p-" + i, i);
    }
    for (int i = 0; i < 100_000; i++) {
      assertThat(byChars(table, "p-" + i)).isEqualTo(i);
      assertThat(table.get("p-" + i)).isEqualTo(i);
    }
    // ids that count up spread over the table: hardly any needs more than its slots (2 here)
    assertThat(table.overflowing()).isLessThan(100);
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

  /**
   * Texts chosen to share one hash take at most {@link ByText#PROBES} slots of the table, so none
   * is compared with more than that many others there; the rest are found through the overflow
   * map's search tree. A plain open-addressing table compared the last of them with all before it.
   */
  @Test
  void textsThatShareOneHashTakeNoMoreThanTheirSlotsAndAreAllFound() {
    int blocks = 14;
    int count = 1 << blocks;
    ByText<Integer> table = new ByText<>();
    for (int k = 0; k < count; k++) {
      String text = colliding(k, blocks);
      assertThat(text.hashCode()).isEqualTo(colliding(0, blocks).hashCode());
      table.put(text, k);
    }
    assertThat(table.overflowing()).isEqualTo(count - ByText.PROBES);
    for (int k = 0; k < count; k++) {
      String text = colliding(k, blocks);
      assertThat(table.get(text)).isEqualTo(k);
      assertThat(byChars(table, text)).isEqualTo(k);
    }
    assertThat(table.get(colliding(0, blocks - 1) + "Ab")).isNull();
    assertThat(byChars(table, colliding(0, blocks - 1) + "Ab")).isNull();
  }

  /** Whatever texts it is given, colliding or not, the table answers as a map does. */
  @Property(tries = 300)
  void answersAsAMapDoes(
      @ForAll @Size(max = 400) List<@From("texts") String> given,
      @ForAll @Size(max = 50) List<@From("texts") String> asked) {
    ByText<Integer> table = new ByText<>();
    Map<String, Integer> map = new HashMap<>();
    for (String text : given) {
      if (!map.containsKey(text)) {
        map.put(text, map.size());
        table.put(text, map.get(text));
      }
    }
    for (String text : given) {
      assertThat(table.get(text)).isEqualTo(map.get(text));
      assertThat(byChars(table, text)).isEqualTo(map.get(text));
    }
    for (String text : asked) {
      assertThat(table.get(text)).isEqualTo(map.get(text));
      assertThat(byChars(table, text)).isEqualTo(map.get(text));
    }
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> sameHash =
        IntStream.range(0, 64).mapToObj(k -> colliding(k, 6)).collect(Collectors.toList());
    return Arbitraries.oneOf(
        Arbitraries.of(sameHash),
        Arbitraries.strings().withChars("aAbB-p0").ofMaxLength(6),
        Arbitraries.strings().ofMaxLength(20));
  }
}
