package org.communityofpractice.core.runningorder;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.internal.GuideText;
import org.communityofpractice.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * An ordered list of stages for a hosted conversation. The guide gives two: one for a community's
 * first session and one for the sessions after it. A community may define its own.
 *
 * <pre>{@code
 * RunningOrder first = RunningOrder.firstSession();
 * first.stage(StageKey.BEST_HOPES).orElseThrow().prompts().get(0);
 * // "If this session is a good use of your time what will have happened?"
 *
 * RunningOrder welsh = RunningOrder.subsequentSession().inLanguage("cy");
 * welsh.stage(StageKey.BEST_HOPES).orElseThrow().title(); // "Cyflwyniadau a gobeithion gorau"
 *
 * RunningOrder ours = RunningOrder.builder()
 *     .id("short-session")
 *     .name("A short session")
 *     .addStage(first.stage(StageKey.BEST_HOPES).orElseThrow())
 *     .addStage(first.stage(StageKey.DISCUSSION).orElseThrow())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RunningOrder {
  /** The id of {@link #firstSession()}. */
  public static final String FIRST_SESSION = "first-session";

  /** The id of {@link #subsequentSession()}. */
  public static final String SUBSEQUENT_SESSION = "subsequent-session";

  RunningOrder() {}

  /** {@return a builder for a running order of the community's own, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RunningOrder}; stage keys must be unique. */
  public static final class Builder extends ImmutableRunningOrder.Builder {
    Builder() {}
  }

  /**
   * {@return the id that identifies the running order within a community, such as {@value
   * #FIRST_SESSION}; never {@literal null}}
   */
  public abstract String id();

  /**
   * {@return the running order's name, as a facilitator sees it; never {@literal null} or blank}
   */
  public abstract String name();

  /** {@return the stages in the order they run; never {@literal null} nor empty} */
  public abstract List<Stage> stages();

  /**
   * The stage with this key, if the running order has it.
   *
   * @param key the stage's key; must not be {@literal null}
   * @return the stage, or empty when the running order has no stage with that key
   */
  public Optional<Stage> stage(StageKey key) {
    return stages().stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /**
   * The position of the stage with this key, if the running order has it.
   *
   * @param key the stage's key; must not be {@literal null}
   * @return the stage's 0-based index in {@link #stages()}, or empty when the running order has no
   *     stage with that key
   */
  public OptionalInt indexOf(StageKey key) {
    // a loop, not a stream: every stage run and every contribution of a session asks
    List<Stage> stages = stages();
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).key().equals(key)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** {@return whether this is one of the guide's two templates, stage for stage} */
  public boolean isTemplate() {
    return this.equals(firstSession()) || this.equals(subsequentSession());
  }

  /**
   * One of the guide's templates by id, if it names one.
   *
   * @param id {@value #FIRST_SESSION} or {@value #SUBSEQUENT_SESSION}; may be {@literal null},
   *     which names none
   * @return the template, or empty when {@code id} names neither
   */
  public static Optional<RunningOrder> template(String id) {
    if (FIRST_SESSION.equals(id)) {
      return Optional.of(firstSession());
    }
    if (SUBSEQUENT_SESSION.equals(id)) {
      return Optional.of(subsequentSession());
    }
    return Optional.empty();
  }

  /**
   * This running order for a facilitator who speaks another language: each of the guide's stages,
   * as the guide words it, and the name of one of the guide's templates, in the language of {@code
   * languageTag} ({@code "cy"} for Welsh); the stages and names a community wrote itself as they
   * are. A language cop has no words for gives the running order as it is.
   *
   * @param languageTag a BCP 47 tag such as {@code "cy"} or {@code "en-GB"}, must not be {@literal
   *     null}
   * @return never {@literal null}
   */
  public RunningOrder inLanguage(String languageTag) {
    GuideText text = GuideText.of(languageTag);
    List<Stage> stages = new java.util.ArrayList<>();
    for (Stage s : stages()) {
      stages.add(GuideTemplates.translate(s, text));
    }
    String name =
        template(id())
            .filter(t -> t.name().equals(name()))
            .map(t -> GuideTemplates.template(id(), text).name())
            .orElse(name());
    return builder().id(id()).name(name).stages(stages).build();
  }

  @Value.Check
  void check() {
    Checks.identifier(id(), "id");
    Checks.text(name(), "name");
    if (stages().isEmpty()) {
      throw InvalidValueException.of("stages", "must hold at least one stage", "[]");
    }
    Checks.unique(stages(), Stage::key, "stages", "key");
  }

  /** {@return the guide's running order for a community's first session, never {@literal null}} */
  public static RunningOrder firstSession() {
    return GuideTemplates.FIRST;
  }

  /**
   * The guide's running order for every later session: the first session's stages with new and
   * returning members welcomed individually, the small steps noticed since last time, and the
   * chair's summary of progress.
   *
   * @return the template, never {@literal null}
   */
  public static RunningOrder subsequentSession() {
    return GuideTemplates.SUBSEQUENT;
  }
}
