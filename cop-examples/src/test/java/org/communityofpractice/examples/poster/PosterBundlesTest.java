package org.communityofpractice.examples.poster;

import org.communityofpractice.core.fixtures.MessageBundles;
import org.junit.jupiter.api.Test;

/** The poster's own words, in every language it has: the same keys and arguments in each. */
class PosterBundlesTest {
  private static final String BASE = "poster_en_GB.properties";

  /**
   * Every language's bundle has every text of British English with the same arguments, and each
   * writes its apostrophes for how its texts are read.
   */
  @Test
  void everyLanguageHasEveryTextWithItsArgumentsAndApostrophesWrittenAsRead() {
    MessageBundles.assertEveryLanguageKeepsTheRules(PosterRenderer.class, BASE);
  }
}
