package org.communityofpractice.core.community;

import java.util.List;
import org.communityofpractice.core.internal.Checks;

/**
 * A principle a community holds to and reminds its members of.
 *
 * @param text the principle, in the community's words
 */
public record Principle(String text) {
  /** "No Name, No Blame, No Shame". */
  public static final Principle NO_NAME_NO_BLAME_NO_SHAME =
      new Principle("No Name, No Blame, No Shame");

  /** Everyone attending is viewed as inherently competent. */
  public static final Principle COMPETENCE_BASED =
      new Principle("Competence-based: everyone is inherently competent");

  /** Hosting a community gives no one control. */
  public static final Principle FLATTENED_HIERARCHY = new Principle("A flattened hierarchy");

  /** Lived experience is of equal value to practice. */
  public static final Principle LIVED_EXPERIENCE_EQUAL =
      new Principle("Lived experience is of equal value to professional expertise");

  /** "Topic does not mean Agenda". */
  public static final Principle TOPIC_IS_NOT_AGENDA = new Principle("Topic does not mean Agenda");

  /**
   * Checks the principle.
   *
   * @param text the principle, in the community's words; must not be {@literal null} or blank
   * @throws NullPointerException if {@code text} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public Principle {
    Checks.text(text, "text");
  }

  /**
   * A principle in the community's own words.
   *
   * @param text the principle; must not be {@literal null} or blank
   * @return the principle, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the text is blank or
   *     holds forbidden characters
   */
  public static Principle of(String text) {
    return new Principle(text);
  }

  /**
   * {@return the principles the guide names, in the order it gives them; never {@literal null},
   * unmodifiable}
   */
  public static List<Principle> guide() {
    return List.of(
        NO_NAME_NO_BLAME_NO_SHAME,
        COMPETENCE_BASED,
        FLATTENED_HIERARCHY,
        LIVED_EXPERIENCE_EQUAL,
        TOPIC_IS_NOT_AGENDA);
  }
}
