package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.communityofpractice.core.fixtures.MessageBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the cop tool says, in every language it has: the same keys and arguments in each. */
class ToolBundlesTest {
  private static final String BASE = "messages_en_GB.properties";

  static Stream<Path> translations() {
    return MessageBundles.translationsBeside(ToolText.class, BASE);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyMessageIsInEveryLanguageWithTheSameArguments(Path translation) {
    MessageBundles.assertSameKeysAndArguments(
        MessageBundles.base(ToolText.class, BASE), translation);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void apostrophesInATranslationAreWrittenForHowItIsRead(Path translation) {
    MessageBundles.assertApostrophesFitHowEachTextIsRead(translation);
  }

  @Test
  void apostrophesInBritishEnglishAreWrittenForHowItIsRead() {
    MessageBundles.assertApostrophesFitHowEachTextIsRead(MessageBundles.base(ToolText.class, BASE));
  }
}
