package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.MessageBundles;
import org.junit.jupiter.api.Test;

/** What the cop tool says, in every language it has: the same keys and arguments in each. */
class ToolBundlesTest {
  private static final String BASE = "messages_en_GB.properties";

  /**
   * Every language's bundle has every text of British English with the same arguments, and each
   * writes its apostrophes for how its texts are read.
   */
  @Test
  void everyLanguageHasEveryTextWithItsArgumentsAndApostrophesWrittenAsRead() {
    MessageBundles.assertEveryLanguageKeepsTheRules(ToolText.class, BASE);
  }

  /** A key the tool's code names: {@code says("key"}, {@code get("key"}, {@code format("key"}… */
  private static final Pattern KEY_IN_CODE =
      Pattern.compile("(?:says|get|format|plural)\\(\\s*\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");

  @Test
  void everyKeyTheToolsCodeNamesIsInTheBundle() throws IOException {
    Set<String> named = new TreeSet<>();
    Path sources = Path.of("src/main/java/org/communityofpractice/examples/cli");
    try (Stream<Path> files = Files.list(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    // keys made from a value: the consent words read out at the door
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      named.add("consent.purpose." + purpose.name());
    }
    assertThat(named).as("keys found in the code").hasSizeGreaterThan(150);
    ToolText british = ToolText.in(Language.EN);
    for (String key : named) {
      assertThat(british.has(key)).as("%s is in %s", key, BASE).isTrue();
    }
  }
}
