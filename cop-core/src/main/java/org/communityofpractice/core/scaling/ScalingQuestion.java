package org.communityofpractice.core.scaling;

import java.util.Objects;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.internal.GuideText;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A solution-focused scaling question with its scale and the level the group agreed is good enough.
 *
 * <pre>{@code
 * ScalingQuestion q = ScalingQuestion.of(
 *     "On a scale from 1 to 10 how near is this to what we're hoping for?", 7);
 * q.scale();      // 1..10
 * q.goodEnough(); // 7
 * }</pre>
 *
 * @param text the question as asked
 * @param scale the bounds of the answers
 * @param goodEnough the level at which things would be good enough, on the scale
 */
public record ScalingQuestion(String text, Scale scale, int goodEnough) {
  /** The guide's own wording. */
  public static final String GUIDE_WORDING =
      "On a scale from 1 to 10 how near is this to what we're hoping for?";

  /**
   * The guide's own wording in the language of {@code languageTag}, such as {@code "cy"}; {@link
   * #GUIDE_WORDING} for British English and for a language cop has no words for.
   *
   * @param languageTag a BCP 47 tag; must not be {@literal null}
   * @return the guide's wording of the question in that language; never {@literal null}
   * @throws NullPointerException if {@code languageTag} is {@literal null}
   */
  public static String guideWording(String languageTag) {
    return GuideText.of(languageTag).get("scaling.guideWording");
  }

  /**
   * Checks the question.
   *
   * @param text the question as asked; must not be {@literal null} or blank
   * @param scale the bounds of the answers; must not be {@literal null}
   * @param goodEnough the good-enough level; must lie on the scale
   * @throws NullPointerException if {@code text} or {@code scale} is {@literal null}
   * @throws InvalidValueException if the text is blank or {@code goodEnough} is off the scale,
   *     naming the field
   */
  public ScalingQuestion {
    Checks.text(text, "text");
    Objects.requireNonNull(scale, "scale");
    if (!scale.contains(goodEnough)) {
      throw InvalidValueException.of("goodEnough", "must be within " + scale, goodEnough);
    }
  }

  /**
   * A question on the default 1..10 scale.
   *
   * @param text the question as asked, such as {@link #GUIDE_WORDING}; must not be {@literal null}
   *     or blank
   * @param goodEnough the level the group agreed is good enough, within 1..10
   * @return the question, never {@literal null}
   * @throws InvalidValueException if the text is blank or {@code goodEnough} is outside 1..10
   */
  public static ScalingQuestion of(String text, int goodEnough) {
    return new ScalingQuestion(text, Scale.ONE_TO_TEN, goodEnough);
  }

  /**
   * A question on the given scale.
   *
   * @param text the question as asked; must not be {@literal null} or blank
   * @param scale the bounds of the answers; must not be {@literal null}
   * @param goodEnough the level the group agreed is good enough, on the scale
   * @return the question, never {@literal null}
   * @throws InvalidValueException if the text is blank or {@code goodEnough} is off the scale
   */
  public static ScalingQuestion of(String text, Scale scale, int goodEnough) {
    return new ScalingQuestion(text, scale, goodEnough);
  }

  /**
   * This question for members who speak another language: the guide's own wording in the language
   * of {@code languageTag}, on the same scale and good-enough level, and a question in the
   * community's own words as it was asked. An archive keeps the guide's wording as {@link
   * #GUIDE_WORDING} whatever language the session was run in, so that its rounds are one question
   * across sessions; a report or a screen shows it through this.
   *
   * <pre>{@code
   * ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7).inLanguage("cy").text();
   * // "Ar raddfa o 1 i 10, pa mor agos yw hyn at yr hyn rydyn ni'n gobeithio amdano?"
   * }</pre>
   *
   * @param languageTag a BCP 47 tag such as {@code "cy"}; must not be {@literal null}
   * @return the question in that language; never {@literal null}
   * @throws NullPointerException if {@code languageTag} is {@literal null}
   */
  public ScalingQuestion inLanguage(String languageTag) {
    String wording = wordingIn(text, languageTag);
    return wording.equals(text) ? this : new ScalingQuestion(wording, scale, goodEnough);
  }

  /**
   * The words a question of the wording {@code text} is asked in, in the language of {@code
   * languageTag}: the guide's wording in that language for {@link #GUIDE_WORDING}, any other text
   * as it is; for a question known only by its text, such as a {@link ScalingMovement}'s.
   *
   * @param text the question's text as an archive keeps it; must not be {@literal null}
   * @param languageTag a BCP 47 tag such as {@code "cy"}; must not be {@literal null}
   * @return the text in that language; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   */
  public static String wordingIn(String text, String languageTag) {
    Objects.requireNonNull(languageTag, "languageTag");
    return text.equals(GUIDE_WORDING) ? guideWording(languageTag) : text;
  }
}
