package org.communityofpractice.core;

import org.communityofpractice.core.fixtures.MessageBundles;
import org.communityofpractice.core.internal.GuideText;
import org.junit.jupiter.api.Test;

/** The guide's words in every language cop has: the same keys and arguments in each. */
class GuideBundlesTest {
  private static final String BASE = "guide_en_GB.properties";

  /**
   * Every language's bundle has every text of British English with the same arguments, and each
   * writes its apostrophes for how its texts are read.
   */
  @Test
  void everyLanguageHasEveryTextWithItsArgumentsAndApostrophesWrittenAsRead() {
    MessageBundles.assertEveryLanguageKeepsTheRules(GuideText.class, BASE);
  }
}
