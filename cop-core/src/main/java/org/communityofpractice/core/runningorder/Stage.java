package org.communityofpractice.core.runningorder;

import java.util.List;
import java.util.Objects;
import org.communityofpractice.core.internal.Checks;

/**
 * One stage of a running order, with the prompts a facilitator may use in it.
 *
 * <pre>{@code
 * Stage hopes = Stage.core(StageKey.BEST_HOPES, "Introductions and best hopes",
 *     "If this session is a good use of your time what will have happened?");
 * }</pre>
 *
 * @param key names the stage; unique within a running order
 * @param title what the stage is called in the running order
 * @param prompts questions or reminders for the facilitator, in the order they are useful
 * @param core whether the guide treats the stage as core to every session, so skipping it is worth
 *     a warning
 */
public record Stage(StageKey key, String title, List<String> prompts, boolean core) {
  /**
   * Checks the record and copies the prompts.
   *
   * @param key names the stage; must not be {@literal null}
   * @param title what the stage is called; must not be {@literal null} or blank
   * @param prompts questions or reminders for the facilitator; must not be {@literal null} nor hold
   *     {@literal null} or blank text
   * @param core whether skipping the stage is worth a warning
   * @throws NullPointerException if {@code key}, {@code title}, {@code prompts} or a prompt is
   *     {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the title or a prompt
   *     is blank or holds forbidden characters, naming it
   */
  public Stage {
    Objects.requireNonNull(key, "key");
    Checks.text(title, "title");
    prompts = List.copyOf(prompts);
    for (int i = 0; i < prompts.size(); i++) {
      Checks.text(prompts.get(i), "prompts[" + i + "]");
    }
  }

  /**
   * A stage the guide treats as core: skipping it is worth a warning.
   *
   * @param key names the stage; must not be {@literal null}
   * @param title what the stage is called; must not be {@literal null} or blank
   * @param prompts the facilitator's prompts, in the order they are useful; none or more, none
   *     {@literal null}
   * @return the stage, never {@literal null}
   */
  public static Stage core(StageKey key, String title, String... prompts) {
    return new Stage(key, title, List.of(prompts), true);
  }

  /**
   * A stage that may be left out without a warning.
   *
   * @param key names the stage; must not be {@literal null}
   * @param title what the stage is called; must not be {@literal null} or blank
   * @param prompts the facilitator's prompts, in the order they are useful; none or more, none
   *     {@literal null}
   * @return the stage, never {@literal null}
   */
  public static Stage optional(StageKey key, String title, String... prompts) {
    return new Stage(key, title, List.of(prompts), false);
  }
}
