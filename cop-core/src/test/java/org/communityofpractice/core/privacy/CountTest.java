package org.communityofpractice.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class CountTest {

  @Test
  void aCountIsShownFewerThanTheThresholdOrWithheldAndNeverTwoAtOnce() {
    assertThat(Count.shown(3, 5).value()).isEqualTo(OptionalInt.of(3));
    assertThat(Count.shown(3, 5).isShown()).isTrue();
    assertThat(Count.fewerThan(5).isShown()).isFalse();
    assertThat(Count.fewerThan(5).value()).isEmpty();
    assertThat(Count.fewerThan(5).suppression()).isEqualTo(Count.Suppression.FEWER_THAN_THRESHOLD);
    assertThat(Count.withheld(5).suppression()).isEqualTo(Count.Suppression.WITHHELD);
    assertThat(Count.withheld(5).value()).isEmpty();
    assertThat(Count.fewerThan(5)).hasToString("fewer than 5");
  }

  @Test
  void aCountIsTheSameValueWhereverItIsMade() {
    assertThat(Count.shown(7, 5)).isEqualTo(Count.shown(7, 5)).hasSameHashCodeAs(Count.shown(7, 5));
    assertThat(Count.shown(7, 5)).isNotEqualTo(Count.shown(7, 3));
    assertThat(Count.withheld(5)).isNotEqualTo(Count.fewerThan(5));
  }

  @Test
  void rejectsANegativeCountOrAThresholdThePolicyCouldNotHave() {
    assertThatThrownBy(() -> Count.shown(-1, 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("count must not be negative but was -1");
    assertThatThrownBy(() -> Count.fewerThan(1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("suppressionThreshold must be within 2..1000 but was 1");
    assertThatThrownBy(() -> Count.withheld(1001))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("suppressionThreshold must be within 2..1000 but was 1001");
    assertThatThrownBy(() -> Count.shown(3, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("suppressionThreshold must be within 2..1000 but was 0");
  }
}
