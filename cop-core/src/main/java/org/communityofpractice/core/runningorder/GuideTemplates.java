package org.communityofpractice.core.runningorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.communityofpractice.core.internal.GuideText;

/**
 * The guide's two running orders, with its prompts, in any language cop has the guide's words in
 * (the bundle's {@code stage.<key>} titles and {@code stage.<key>.<n>} prompts).
 */
final class GuideTemplates {
  private GuideTemplates() {}

  /** A stage of the guide: its key, the bundle key of its words, and whether it is core. */
  private record GuideStage(StageKey key, String words, boolean core) {
    GuideStage(StageKey key, boolean core) {
      this(key, "stage." + key.value(), core);
    }

    Stage in(GuideText text) {
      return new Stage(key, text.get(words), text.numbered(words), core);
    }
  }

  private static final GuideStage MEET_AND_GREET = new GuideStage(StageKey.MEET_AND_GREET, false);
  private static final GuideStage WELCOME_NEW = new GuideStage(StageKey.WELCOME_NEW, false);
  private static final GuideStage WELCOME_RETURNING =
      new GuideStage(StageKey.WELCOME_RETURNING, false);
  private static final GuideStage BEST_HOPES = new GuideStage(StageKey.BEST_HOPES, true);
  private static final GuideStage GONE_WELL_FIRST =
      new GuideStage(StageKey.GONE_WELL, "stage.gone-well.first", false);
  private static final GuideStage GONE_WELL = new GuideStage(StageKey.GONE_WELL, false);
  private static final GuideStage SMALL_STEPS = new GuideStage(StageKey.SMALL_STEPS, true);
  private static final GuideStage CHAIRS_SUMMARY = new GuideStage(StageKey.CHAIRS_SUMMARY, false);
  private static final GuideStage UPDATES = new GuideStage(StageKey.UPDATES, false);
  private static final GuideStage PRESENTATION = new GuideStage(StageKey.PRESENTATION, true);
  private static final GuideStage GOOD_PRACTICE = new GuideStage(StageKey.GOOD_PRACTICE, false);
  private static final GuideStage CLARIFICATION = new GuideStage(StageKey.CLARIFICATION, false);
  private static final GuideStage DISCUSSION = new GuideStage(StageKey.DISCUSSION, true);
  private static final GuideStage CONCLUSIONS = new GuideStage(StageKey.CONCLUSIONS, true);
  private static final GuideStage USEFULNESS = new GuideStage(StageKey.USEFULNESS, true);
  private static final GuideStage THANKS_AND_NEXT_DATE =
      new GuideStage(StageKey.THANKS_AND_NEXT_DATE, false);
  private static final GuideStage NETWORKING = new GuideStage(StageKey.NETWORKING, false);

  private static final List<GuideStage> FIRST_STAGES =
      List.of(
          MEET_AND_GREET,
          BEST_HOPES,
          GONE_WELL_FIRST,
          UPDATES,
          PRESENTATION,
          GOOD_PRACTICE,
          CLARIFICATION,
          DISCUSSION,
          CONCLUSIONS,
          USEFULNESS,
          THANKS_AND_NEXT_DATE,
          NETWORKING);

  private static final List<GuideStage> SUBSEQUENT_STAGES =
      List.of(
          MEET_AND_GREET,
          WELCOME_NEW,
          WELCOME_RETURNING,
          BEST_HOPES,
          GONE_WELL,
          SMALL_STEPS,
          CHAIRS_SUMMARY,
          UPDATES,
          PRESENTATION,
          GOOD_PRACTICE,
          CLARIFICATION,
          DISCUSSION,
          CONCLUSIONS,
          USEFULNESS,
          THANKS_AND_NEXT_DATE,
          NETWORKING);

  static final RunningOrder FIRST =
      template(RunningOrder.FIRST_SESSION, FIRST_STAGES, GuideText.british());

  static final RunningOrder SUBSEQUENT =
      template(RunningOrder.SUBSEQUENT_SESSION, SUBSEQUENT_STAGES, GuideText.british());

  private static final Map<String, RunningOrder> TRANSLATED = new ConcurrentHashMap<>();

  /** The template with this id in the language of {@code text}. */
  static RunningOrder template(String id, GuideText text) {
    return TRANSLATED.computeIfAbsent(
        id + " " + text.languageTag(),
        k ->
            template(
                id,
                id.equals(RunningOrder.FIRST_SESSION) ? FIRST_STAGES : SUBSEQUENT_STAGES,
                text));
  }

  /**
   * A stage of the guide's in British English, in the language of {@code text}; any other stage as
   * it is.
   */
  static Stage translate(Stage stage, GuideText text) {
    for (List<GuideStage> stages : List.of(FIRST_STAGES, SUBSEQUENT_STAGES)) {
      for (GuideStage guide : stages) {
        if (guide.in(GuideText.british()).equals(stage)) {
          return guide.in(text);
        }
      }
    }
    return stage;
  }

  private static RunningOrder template(String id, List<GuideStage> stages, GuideText text) {
    List<Stage> in = new ArrayList<>();
    for (GuideStage s : stages) {
      in.add(s.in(text));
    }
    return RunningOrder.builder().id(id).name(text.get("runningOrder." + id)).stages(in).build();
  }
}
