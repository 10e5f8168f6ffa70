package org.communityofpractice.core.runningorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.communityofpractice.core.community.Principle;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.junit.jupiter.api.Test;

/** The guide's running orders, principles and scaling question in Welsh, from the same bundles. */
class GuideInWelshTest {
  @Test
  void theGuidesRunningOrderInWelshKeepsItsStagesAndTheirOrder() {
    RunningOrder english = RunningOrder.subsequentSession();
    RunningOrder welsh = english.inLanguage("cy");
    assertThat(welsh.id()).isEqualTo(english.id());
    assertThat(welsh.name()).isEqualTo("Sesiwn ddilynol");
    assertThat(welsh.stages())
        .extracting(Stage::key)
        .isEqualTo(english.stages().stream().map(Stage::key).toList());
    assertThat(welsh.stages())
        .extracting(Stage::core)
        .isEqualTo(english.stages().stream().map(Stage::core).toList());
    for (int i = 0; i < english.stages().size(); i++) {
      assertThat(welsh.stages().get(i).prompts()).hasSameSizeAs(english.stages().get(i).prompts());
      assertThat(welsh.stages().get(i).title()).isNotEqualTo(english.stages().get(i).title());
    }
    assertThat(welsh.stage(StageKey.BEST_HOPES).orElseThrow().prompts().get(0))
        .isEqualTo("Os yw'r sesiwn hon yn ddefnydd da o'ch amser, beth fydd wedi digwydd?");
    assertThat(
            RunningOrder.firstSession()
                .inLanguage("cy")
                .stage(StageKey.GONE_WELL)
                .orElseThrow()
                .title())
        .isEqualTo("Beth sydd wedi mynd yn dda yn ddiweddar?");
  }

  @Test
  void britishEnglishAndALanguageWithoutWordsLeaveARunningOrderAsItIs() {
    assertThat(RunningOrder.firstSession().inLanguage("en-GB"))
        .isEqualTo(RunningOrder.firstSession());
    assertThat(RunningOrder.firstSession().inLanguage("xx")).isEqualTo(RunningOrder.firstSession());
    assertThat(RunningOrder.firstSession().isTemplate()).isTrue();
  }

  @Test
  void aCommunitysOwnStagesAndNameStayInItsOwnWords() {
    Stage ours = Stage.optional(StageKey.of("tea"), "Tea and cake", "Who would like a slice?");
    RunningOrder order =
        RunningOrder.builder()
            .id("first-session")
            .name("Our first session")
            .addStage(RunningOrder.firstSession().stage(StageKey.BEST_HOPES).orElseThrow())
            .addStage(ours)
            .build();
    RunningOrder welsh = order.inLanguage("cy");
    assertThat(welsh.name()).isEqualTo("Our first session");
    assertThat(welsh.stages().get(0).title()).isEqualTo("Cyflwyniadau a gobeithion gorau");
    assertThat(welsh.stages().get(1)).isEqualTo(ours);
  }

  @Test
  void theGuidesPrinciplesInWelshAndACommunitysOwnAsItWroteThem() {
    assertThat(Principle.guide().stream().map(p -> p.inLanguage("cy").text()).toList())
        .containsExactly(
            "Dim Enw, Dim Bai, Dim Cywilydd",
            "Yn seiliedig ar gymhwysedd: mae pawb yn gymwys yn eu hanfod",
            "Hierarchaeth wastad",
            "Mae profiad bywyd yr un mor werthfawr ag arbenigedd proffesiynol",
            "Nid yw Pwnc yn golygu Agenda");
    assertThat(Principle.guide().stream().map(p -> p.inLanguage("en-GB")).toList())
        .isEqualTo(Principle.guide());
    assertThat(Principle.of("Tea first").inLanguage("cy")).isEqualTo(Principle.of("Tea first"));
  }

  @Test
  void theBritishEnglishWordsAreTheGuidesAsTheyWereWritten() {
    // the constants now come from the bundle: the same words, byte for byte, as before
    assertThat(Principle.NO_NAME_NO_BLAME_NO_SHAME.text()).isEqualTo("No Name, No Blame, No Shame");
    assertThat(Principle.TOPIC_IS_NOT_AGENDA.text()).isEqualTo("Topic does not mean Agenda");
    assertThat(ScalingQuestion.guideWording("en-GB")).isEqualTo(ScalingQuestion.GUIDE_WORDING);
    assertThat(ScalingQuestion.guideWording("cy"))
        .isEqualTo("Ar raddfa o 1 i 10, pa mor agos yw hyn at yr hyn rydyn ni'n gobeithio amdano?");
    assertThat(RunningOrder.firstSession().stage(StageKey.DISCUSSION).orElseThrow().prompts())
        .contains(ScalingQuestion.GUIDE_WORDING)
        .contains(
            "Does this have to be a 10 out of 10? What would be a 'good enough' at this point?");
    assertThat(List.of(RunningOrder.firstSession().name(), RunningOrder.subsequentSession().name()))
        .containsExactly("First session", "Subsequent session");
  }
}
