package org.communityofpractice.core.runningorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The guide's two running orders, with its prompts, and a community's own. */
class RunningOrderTest {

  private static List<StageKey> keys(RunningOrder order) {
    return order.stages().stream().map(Stage::key).toList();
  }

  @Test
  void theFirstSessionRunsTheGuidesTwelveStages() {
    assertThat(keys(RunningOrder.firstSession()))
        .containsExactly(
            StageKey.MEET_AND_GREET,
            StageKey.BEST_HOPES,
            StageKey.GONE_WELL,
            StageKey.UPDATES,
            StageKey.PRESENTATION,
            StageKey.GOOD_PRACTICE,
            StageKey.CLARIFICATION,
            StageKey.DISCUSSION,
            StageKey.CONCLUSIONS,
            StageKey.USEFULNESS,
            StageKey.THANKS_AND_NEXT_DATE,
            StageKey.NETWORKING);
    assertThat(RunningOrder.firstSession().stage(StageKey.BEST_HOPES).orElseThrow().prompts())
        .startsWith("If this session is a good use of your time what will have happened?");
  }

  @Test
  void laterSessionsWelcomeMembersAndAskForSmallSteps() {
    List<StageKey> later = keys(RunningOrder.subsequentSession());
    assertThat(later)
        .containsSubsequence(
            StageKey.WELCOME_NEW,
            StageKey.WELCOME_RETURNING,
            StageKey.BEST_HOPES,
            StageKey.SMALL_STEPS,
            StageKey.CHAIRS_SUMMARY,
            StageKey.PRESENTATION);
    assertThat(later).containsAll(keys(RunningOrder.firstSession()));
    assertThat(RunningOrder.subsequentSession().stage(StageKey.SMALL_STEPS).orElseThrow().prompts())
        .containsExactly("What small steps have you noticed since we last met?");
    assertThat(RunningOrder.subsequentSession().stage(StageKey.DISCUSSION).orElseThrow().prompts())
        .contains("On a scale from 1 to 10 how near is this to what we're hoping for?");
  }

  @Test
  void templatesAreFoundByIdAndKnowThemselves() {
    assertThat(RunningOrder.template(RunningOrder.FIRST_SESSION))
        .contains(RunningOrder.firstSession());
    assertThat(RunningOrder.template(RunningOrder.SUBSEQUENT_SESSION))
        .contains(RunningOrder.subsequentSession());
    assertThat(RunningOrder.template("ours")).isEmpty();
    assertThat(RunningOrder.firstSession().isTemplate()).isTrue();
    assertThat(RunningOrder.firstSession().indexOf(StageKey.SMALL_STEPS)).isEmpty();
  }

  @Test
  void rejectsARunningOrderWithoutStagesOrWithAStageTwice() {
    Stage hopes = RunningOrder.firstSession().stage(StageKey.BEST_HOPES).orElseThrow();
    assertThatThrownBy(() -> RunningOrder.builder().id("ours").name("Ours").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("stages must hold at least one stage but was []");
    assertThatThrownBy(
            () -> RunningOrder.builder().id("ours").name("Ours").addStages(hopes, hopes).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("stages[1].key must be unique but was best-hopes");
    assertThatThrownBy(
            () -> RunningOrder.builder().id("our order").name("Ours").addStage(hopes).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("id must be 1..64 letters");
  }

  @Test
  void rejectsABlankPrompt() {
    assertThatThrownBy(() -> Stage.core(StageKey.of("own"), "Our stage", "fine", " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("prompts[1] must not be blank but was \" \"");
  }
}
