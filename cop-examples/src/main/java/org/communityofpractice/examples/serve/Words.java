package org.communityofpractice.examples.serve;

import java.time.Duration;
import java.util.Locale;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.report.check.PublicationFinding;

/**
 * What the pages show the same in every language: the presentation's clock and the names of form
 * fields; and the consent words in British English, for the {@code cop} tool to say alike. The
 * words of a page's own language are {@link Text}'s.
 */
public final class Words {
  private Words() {}

  /**
   * The name of the circulation form's field that holds the decision on a finding.
   *
   * @param finding must not be {@literal null}
   * @return {@code decide-} and the finding's key
   */
  public static String decisionField(PublicationFinding finding) {
    return "decide-" + finding.key();
  }

  /**
   * A consent purpose in plain British English words, as the person agrees to it at the door.
   *
   * @param purpose must not be {@literal null}
   * @return one sentence in the first person
   */
  public static String plainly(ConsentPurpose purpose) {
    return Text.british().plainly(purpose);
  }

  /**
   * A duration as minutes and seconds, such as "4:05"; a negative one with a minus sign.
   *
   * @param d must not be {@literal null}
   * @return the clock's face
   */
  public static String clock(Duration d) {
    long s = Math.abs(d.toSeconds());
    return (d.isNegative() ? "-" : "")
        + (s / 60)
        + ":"
        + String.format(Locale.ROOT, "%02d", s % 60);
  }
}
