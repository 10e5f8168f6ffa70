package org.communityofpractice.examples.poster;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.communityofpractice.core.fixtures.MessageBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The poster's own words, in every language it has: the same keys and arguments in each. */
class PosterBundlesTest {
  private static final String BASE = "poster_en_GB.properties";

  static Stream<Path> translations() {
    return MessageBundles.translationsBeside(PosterRenderer.class, BASE);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyWordIsInEveryLanguageWithTheSameArguments(Path translation) {
    MessageBundles.assertSameKeysAndArguments(
        MessageBundles.base(PosterRenderer.class, BASE), translation);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void apostrophesInATranslationAreWrittenForHowItIsRead(Path translation) {
    MessageBundles.assertApostrophesFitHowEachTextIsRead(translation);
  }

  @Test
  void apostrophesInBritishEnglishAreWrittenForHowItIsRead() {
    MessageBundles.assertApostrophesFitHowEachTextIsRead(
        MessageBundles.base(PosterRenderer.class, BASE));
  }
}
