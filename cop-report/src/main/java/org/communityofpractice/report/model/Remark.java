package org.communityofpractice.report.model;

import java.util.Optional;
import org.communityofpractice.report.model.internal.Require;

/**
 * Something said, cleared for publication: a best hope, an example of good practice, a description
 * of the preferred future, what is working well.
 *
 * @param text what was said
 * @param attribution how the speaker may be shown — a consented name or a role such as "Housing
 *     Manager, Stoke-on-Trent" — or empty for "a community member"
 */
public record Remark(String text, Optional<String> attribution) {
  /**
   * Checks every component.
   *
   * @param text what was said; not blank; never {@literal null}
   * @param attribution how the speaker may be shown — a consented name or a role such as "Housing
   *     Manager, Stoke-on-Trent" — or empty for "a community member"; empty, or not blank; never
   *     {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public Remark {
    Require.text(text, "text");
    Require.optionalText(attribution, "attribution");
  }

  /**
   * An unattributed remark: a report shows it as said by "a community member".
   *
   * @param text what was said; not blank; never {@literal null}
   * @return the remark; never {@literal null}
   * @throws NullPointerException if {@code text} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code text} is blank
   */
  public static Remark of(String text) {
    return new Remark(text, Optional.empty());
  }

  /**
   * A remark attributed as {@code attribution}. The caller has already decided the speaker may be
   * shown so: the disclosure policy gives the attribution.
   *
   * @param attribution how the speaker may be shown, such as "Housing Manager, Stoke-on-Trent"; not
   *     blank; never {@literal null}
   * @param text what was said; not blank; never {@literal null}
   * @return the remark; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if an argument is blank
   */
  public static Remark by(String attribution, String text) {
    return new Remark(text, Optional.of(attribution));
  }

  @Override
  public String toString() {
    return "Remark["
        + text.length()
        + " chars"
        + (attribution.isPresent() ? ", attributed" : "")
        + "]";
  }
}
