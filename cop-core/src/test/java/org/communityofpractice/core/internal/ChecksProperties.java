package org.communityofpractice.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The identifier scan takes exactly what the regular expression it replaced took. */
class ChecksProperties {
  /** The rule as it was written before the scan: 1..64 characters of this class. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]+");

  @Provide
  Arbitrary<String> nearIdentifiers() {
    // mostly identifier characters, with the neighbours a scan could get wrong: other ASCII
    // punctuation, letters and digits of other scripts, controls, and lengths around 64
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            Tuple.of(
                20, Arbitraries.of('a', 'z', 'A', 'Z', '0', '9', '.', '_', '-', 'q', 'M', '5')),
            Tuple.of(
                3,
                Arbitraries.of(
                    '/', ':', '@', '[', '`', '{', '^', ' ', '+', ',', '\u0000', '\u007F')),
            Tuple.of(
                2, Arbitraries.of('é', 'ß', 'Ω', '\u0663', '\uFF21', '\u212A', '\u0130', '\u0131')),
            Tuple.of(1, Arbitraries.chars()));
    return chars
        .list()
        .ofMinSize(0)
        .ofMaxSize(70)
        .map(
            list -> {
              StringBuilder text = new StringBuilder(list.size());
              list.forEach(text::append);
              return text.toString();
            });
  }

  @Property(tries = 2000)
  void theScanTakesExactlyWhatTheRegularExpressionTook(@ForAll("nearIdentifiers") String value) {
    boolean before =
        !value.isEmpty() && value.length() <= 64 && IDENTIFIER.matcher(value).matches();
    assertThat(Checks.isIdentifier(value)).isEqualTo(before);
  }
}
