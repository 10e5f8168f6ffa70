package org.communityofpractice.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Decimals are written as {@link BigDecimal} writes them plainly, whatever shortcut is taken. */
class DecimalTextProperties {
  @Provide
  Arbitrary<Double> decimals() {
    return Arbitraries.oneOf(
        Arbitraries.doubles(), // any finite double, tiny and huge ones included
        Arbitraries.integers().between(-1000, 1000).map(i -> i / 4.0), // quartiles of ratings
        Arbitraries.integers()
            .between(1, 500)
            .flatMap(
                n ->
                    Arbitraries.integers().between(0, n).map(k -> (double) k / n)), // shares, means
        Arbitraries.longs()
            .between(-10_000_000_000L, 10_000_000_000L)
            .map(l -> (double) l), // integral, with trailing zeros
        Arbitraries.of(
            0.001,
            0.0001,
            1e-3,
            9.999999e6,
            1e7,
            1.0e7 + 0.5,
            100.0,
            1230.0,
            -0.0,
            4.9e-324,
            Double.MAX_VALUE));
  }

  @Property(tries = 3000)
  void decimalTextIsThePlainBigDecimal(@ForAll("decimals") double d) {
    String expected = d == 0 ? "0.0" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    if (d != 0 && expected.indexOf('.') < 0) {
      expected += ".0";
    }
    assertThat(Cells.decimal(d)).isEqualTo(expected);
  }
}
