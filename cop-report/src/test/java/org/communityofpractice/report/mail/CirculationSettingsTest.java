package org.communityofpractice.report.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class CirculationSettingsTest {
  @Test
  void aLongAddressIsRefusedBeforeItIsMatched() {
    // a domain of dots ending in a space made the address pattern backtrack quadratically
    String dots = "a@" + "b.".repeat(500_000) + " ";
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(
                    () ->
                        CirculationSettings.builder()
                            .from(dots, "@SoTCoP")
                            .unsubscribe("leave@sotcop.example.org")
                            .build())
                .isInstanceOf(InvalidValueException.class));
  }

  @Test
  void anAddressAsLongAsAnSmtpPathAllowsIsAccepted() {
    String longest = "a".repeat(64) + "@" + "b".repeat(185) + ".org";
    assertThat(longest).hasSize(254);
    assertThat(
            CirculationSettings.builder()
                .from(longest, "@SoTCoP")
                .unsubscribe("leave@sotcop.example.org")
                .build()
                .fromAddress())
        .isEqualTo(longest);
    assertThatThrownBy(
            () ->
                CirculationSettings.builder()
                    .from("x" + longest, "@SoTCoP")
                    .unsubscribe("leave@sotcop.example.org")
                    .build())
        .isInstanceOf(InvalidValueException.class);
  }
}
