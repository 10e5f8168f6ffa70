package org.communityofpractice.core.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A scaling question said in another language: the guide's wording translated, any other kept. */
class ScalingQuestionTest {
  private static final String CY =
      "Ar raddfa o 1 i 10, pa mor agos yw hyn at yr hyn rydyn ni'n gobeithio amdano?";

  @Test
  void theGuidesWordingIsAskedInTheLanguageOnTheSameScale() {
    ScalingQuestion guide = ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, Scale.of(0, 5), 4);
    assertThat(guide.inLanguage("cy")).isEqualTo(ScalingQuestion.of(CY, Scale.of(0, 5), 4));
    assertThat(guide.inLanguage("en-GB")).isSameAs(guide);
    assertThat(guide.inLanguage("fr")).as("a language cop has no words for").isSameAs(guide);
    assertThat(ScalingQuestion.wordingIn(ScalingQuestion.GUIDE_WORDING, "cy")).isEqualTo(CY);
  }

  @Test
  void aCommunitysOwnWordingIsKeptAsItWasAsked() {
    ScalingQuestion own = ScalingQuestion.of("How well planned is the day someone leaves?", 7);
    assertThat(own.inLanguage("cy")).isSameAs(own);
    assertThat(ScalingQuestion.wordingIn(own.text(), "cy")).isEqualTo(own.text());
  }
}
