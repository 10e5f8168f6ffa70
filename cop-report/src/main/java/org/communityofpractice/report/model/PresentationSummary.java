package org.communityofpractice.report.model;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.model.internal.Require;

/**
 * The short presentation or case study that opened the conversation.
 *
 * @param kind its kind, such as {@code "CASE_STUDY"}; a renderer shows the label {@code
 *     presentation.<kind>}
 * @param title its title
 * @param presenter how the presenter may be shown, or empty
 * @param summary a short summary, if recorded
 * @param perspective the perspective it came from, such as {@code "EXPERT_BY_EXPERIENCE"}, if
 *     recorded
 * @param minutes how long it ran, in whole minutes (at least 1)
 */
public record PresentationSummary(
    String kind,
    String title,
    Optional<String> presenter,
    Optional<String> summary,
    Optional<String> perspective,
    int minutes) {
  /**
   * Checks every component.
   *
   * @param kind its kind, such as {@code "CASE_STUDY"}; a renderer shows the label {@code
   *     presentation.<kind>}; never {@literal null}
   * @param title its title; not blank; never {@literal null}
   * @param presenter how the presenter may be shown, or empty; empty, or not blank; never {@literal
   *     null}
   * @param summary a short summary, if recorded; empty, or not blank; never {@literal null}
   * @param perspective the perspective it came from, such as {@code "EXPERT_BY_EXPERIENCE"}, if
   *     recorded; never {@literal null}
   * @param minutes how long it ran, in whole minutes (at least 1)
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public PresentationSummary {
    Objects.requireNonNull(kind, "kind");
    Require.text(title, "title");
    Require.optionalText(presenter, "presenter");
    Require.optionalText(summary, "summary");
    Objects.requireNonNull(perspective, "perspective");
    if (minutes < 1) {
      throw InvalidValueException.of("minutes", "must be at least 1", minutes);
    }
  }

  @Override
  public String toString() {
    return "PresentationSummary[" + kind + ", " + minutes + " min]";
  }
}
