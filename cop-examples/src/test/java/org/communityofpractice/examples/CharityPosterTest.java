package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharityPosterTest {
  @Test
  void showsTheSeriesOnOnePageThroughThePluggedInRenderer() {
    String poster = CharityPoster.poster();
    assertThat(poster)
        .startsWith("<!DOCTYPE html>")
        .contains("<h1>Prison release</h1>")
        .contains("3 → 7")
        .contains("Assess housing need before the release date")
        .contains("Challenge short prison sentences");
  }

  @Test
  void namesNoOneWhoDidNotAgreeToBeNamed() {
    assertThat(CharityPoster.poster())
        .doesNotContain("Dee Turner")
        .doesNotContain("Kim Lowe")
        .doesNotContain("@example.org");
  }
}
