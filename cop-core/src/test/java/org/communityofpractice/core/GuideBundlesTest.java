package org.communityofpractice.core;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.communityofpractice.core.fixtures.MessageBundles;
import org.communityofpractice.core.internal.GuideText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The guide's words in every language cop has: the same keys and arguments in each. */
class GuideBundlesTest {
  private static final String BASE = "guide_en_GB.properties";

  static Stream<Path> translations() {
    return MessageBundles.translationsBeside(GuideText.class, BASE);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyTextIsInEveryLanguageWithTheSameArguments(Path translation) {
    MessageBundles.assertSameKeysAndArguments(
        MessageBundles.base(GuideText.class, BASE), translation);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void apostrophesInATranslationAreWrittenForHowItIsRead(Path translation) {
    MessageBundles.assertApostrophesFitHowEachTextIsRead(translation);
  }

  @Test
  void apostrophesInBritishEnglishAreWrittenForHowItIsRead() {
    MessageBundles.assertApostrophesFitHowEachTextIsRead(
        MessageBundles.base(GuideText.class, BASE));
  }
}
