package org.communityofpractice.report.spi;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.communityofpractice.core.fixtures.MessageBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelBundlesTest {
  private static final String BASE = "/report/labels_en_GB.properties";

  static Stream<Path> translations() {
    return MessageBundles.translationsBeside(Labels.class, BASE);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyLabelIsInEveryLanguageWithTheSameArguments(Path translation) {
    MessageBundles.assertSameKeysAndArguments(MessageBundles.base(Labels.class, BASE), translation);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void apostrophesInATranslationAreWrittenForHowItIsRead(Path translation) {
    MessageBundles.assertApostrophesFitHowEachTextIsRead(translation);
  }

  @Test
  void apostrophesInBritishEnglishAreWrittenForHowItIsRead() {
    MessageBundles.assertApostrophesFitHowEachTextIsRead(MessageBundles.base(Labels.class, BASE));
  }
}
