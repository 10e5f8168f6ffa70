package org.communityofpractice.core.community;

import java.util.List;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.internal.GuideText;

/**
 * A principle a community holds to and reminds its members of.
 *
 * @param text the principle, in the community's words
 */
public record Principle(String text) {
  /** "No Name, No Blame, No Shame". */
  public static final Principle NO_NAME_NO_BLAME_NO_SHAME = guide("no-name-no-blame-no-shame");

  /** Everyone attending is viewed as inherently competent. */
  public static final Principle COMPETENCE_BASED = guide("competence-based");

  /** Hosting a community gives no one control. */
  public static final Principle FLATTENED_HIERARCHY = guide("flattened-hierarchy");

  /** Lived experience is of equal value to practice. */
  public static final Principle LIVED_EXPERIENCE_EQUAL = guide("lived-experience-equal");

  /** "Topic does not mean Agenda". */
  public static final Principle TOPIC_IS_NOT_AGENDA = guide("topic-is-not-agenda");

  /** The bundle keys of the guide's principles, in the order {@link #guide()} gives them. */
  private static final List<String> GUIDE_KEYS =
      List.of(
          "no-name-no-blame-no-shame",
          "competence-based",
          "flattened-hierarchy",
          "lived-experience-equal",
          "topic-is-not-agenda");

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

  private static Principle guide(String key) {
    return new Principle(GuideText.british().get("principle." + key));
  }

  /**
   * This principle for members who speak another language: one of the guide's principles (as the
   * guide words it) in the language of {@code languageTag} — {@code "cy"} gives "Dim Enw, Dim Bai,
   * Dim Cywilydd" — and a principle in the community's own words as it is.
   *
   * <pre>{@code
   * Principle.NO_NAME_NO_BLAME_NO_SHAME.inLanguage("cy").text(); // "Dim Enw, Dim Bai, Dim Cywilydd"
   * }</pre>
   *
   * @param languageTag a BCP 47 tag such as {@code "cy"}; must not be {@literal null}
   * @return the principle in that language; never {@literal null}
   * @throws NullPointerException if {@code languageTag} is {@literal null}
   */
  public Principle inLanguage(String languageTag) {
    List<Principle> guide = guide();
    int i = guide.indexOf(this);
    return i < 0
        ? this
        : new Principle(GuideText.of(languageTag).get("principle." + GUIDE_KEYS.get(i)));
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

  // written out rather than left to the record: a record's own equals is linked at its first call,
  // through machinery that costs milliseconds to start, and every reading of an archive compares
  // these (the same comparison, component by component, and the same hash)
  @Override
  public boolean equals(Object o) {
    return o instanceof Principle other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
