package org.communityofpractice.report.spi;

import org.communityofpractice.core.fixtures.MessageBundles;
import org.junit.jupiter.api.Test;

class LabelBundlesTest {
  private static final String BASE = "/report/labels_en_GB.properties";

  /**
   * Every language's bundle has every text of British English with the same arguments, and each
   * writes its apostrophes for how its texts are read.
   */
  @Test
  void everyLanguageHasEveryTextWithItsArgumentsAndApostrophesWrittenAsRead() {
    MessageBundles.assertEveryLanguageKeepsTheRules(Labels.class, BASE);
  }
}
