package org.communityofpractice.core.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A scaling round, its question and its scale check themselves when built. */
class ScalingRoundTest {
  private static final ScalingQuestion HOW_NEAR =
      ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7);
  private static final PersonId SAM = PersonId.of("p-sam");

  @Test
  void rejectsARatingOutsideTheScale() {
    assertThatThrownBy(
            () ->
                ScalingRound.builder()
                    .question(HOW_NEAR)
                    .addRating(Rating.anonymous(4))
                    .addRating(Rating.anonymous(11))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ratings[1].value must be within 1..10 but was 11")
        .satisfies(
            e -> {
              InvalidValueException invalid = (InvalidValueException) e;
              assertThat(invalid.field()).isEqualTo("ratings[1].value");
              assertThat(invalid.value()).isEqualTo("11");
            });
  }

  @Test
  void rejectsARatingBelowAScaleThatStartsAtZero() {
    ScalingQuestion q = ScalingQuestion.of("From 0 to 5?", Scale.of(0, 5), 3);
    assertThatThrownBy(
            () -> ScalingRound.builder().question(q).addRating(Rating.anonymous(-1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ratings[0].value must be within 0..5 but was -1");
  }

  @Test
  void acceptsBothEndsOfTheScale() {
    ScalingRound round =
        ScalingRound.builder()
            .question(HOW_NEAR)
            .addRatings(Rating.anonymous(1), Rating.anonymous(10))
            .build();
    assertThat(round.values()).containsExactly(1, 10);
  }

  @Test
  void rejectsAPersonRatingTwiceInOneRound() {
    assertThatThrownBy(
            () ->
                ScalingRound.builder()
                    .question(HOW_NEAR)
                    .addRatings(Rating.by(SAM, 4), Rating.anonymous(5), Rating.by(SAM, 6))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "ratings[2].ratedBy must rate at most once in a round (value withheld (personal data))");
  }

  @Test
  void rejectsAPersonRatingTwiceInALargeRoundAndNamesTheSecondRating() {
    ScalingRound.Builder round = ScalingRound.builder().question(HOW_NEAR);
    for (int i = 0; i < 100; i++) {
      round.addRatings(Rating.by(PersonId.of("p-" + i), 5), Rating.anonymous(5));
    }
    round.addRating(Rating.by(PersonId.of("p-70"), 6));
    assertThatThrownBy(round::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ratings[200].ratedBy must rate at most once in a round but was p-70");
  }

  @Test
  void anonymousRatingsMayRepeat() {
    ScalingRound round =
        ScalingRound.builder()
            .question(HOW_NEAR)
            .addRatings(Rating.anonymous(5), Rating.anonymous(5))
            .build();
    assertThat(round.ratings()).allMatch(Rating::isAnonymous);
  }

  @Test
  void rejectsAGoodEnoughLevelOutsideTheScale() {
    assertThatThrownBy(() -> ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 11))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("goodEnough must be within 1..10 but was 11");
    assertThatThrownBy(() -> ScalingQuestion.of("q", Scale.of(0, 5), -1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("goodEnough must be within 0..5 but was -1");
  }

  @Test
  void rejectsScalesThatAreEmptyOrTooWide() {
    assertThatThrownBy(() -> Scale.of(5, 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("scale.max must be within 6..100 but was 5");
    assertThatThrownBy(() -> Scale.of(-1, 10))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("scale.min must be within 0..99 but was -1");
    assertThatThrownBy(() -> Scale.of(0, 101))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("scale.max must be within 1..100 but was 101");
  }

  @Test
  void theGuidesScaleRunsFromOneToTen() {
    assertThat(HOW_NEAR.scale()).isEqualTo(Scale.ONE_TO_TEN);
    assertThat(Scale.ONE_TO_TEN.points()).isEqualTo(10);
    assertThat(Scale.ONE_TO_TEN).hasToString("1..10");
  }

  @Test
  void rejectsBlankQuestionsAndIdeas() {
    assertThatThrownBy(() -> ScalingQuestion.of(" ", 7))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("text must not be blank but was \" \"");
    assertThatThrownBy(() -> OnePointUpIdea.of("\t"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("text must not be blank");
  }
}
