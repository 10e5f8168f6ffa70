package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.MessageBundles;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.review.Severity;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.report.check.PublicationFinding;
import org.junit.jupiter.api.Test;

/**
 * What the web app says, in every language it has: the same keys and arguments in each, and every
 * key its code and its templates name.
 */
class ServeBundlesTest {
  private static final String BASE = "serve_en_GB.properties";

  /** The values the pages show as labels ({@link Text#label}): every constant has a key. */
  private static final List<Class<? extends Enum<?>>> LABELLED =
      List.of(
          Perspective.class,
          Sector.class,
          ContributionKind.class,
          PresentationKind.class,
          ConsentPurpose.class,
          ConsentMethod.class,
          RestrictionGround.class,
          ErasureGround.class,
          Severity.class,
          Role.class);

  /**
   * Every language's bundle has every message of British English with the same arguments, and each
   * writes its apostrophes for how its texts are read; Welsh is among them.
   */
  @Test
  void everyLanguageHasEveryMessageWithItsArgumentsAndApostrophesWrittenAsRead() {
    assertThat(MessageBundles.translationsBeside(Text.class, BASE))
        .extracting(p -> p.getFileName().toString())
        .contains("serve_cy.properties");
    MessageBundles.assertEveryLanguageKeepsTheRules(Text.class, BASE);
  }

  /** A quoted text that looks like a key: words joined by dots, such as "capture.door". */
  private static final Pattern KEY_LIKE = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z_]+)+)\"");

  /**
   * Every quoted key in the app's code and templates whose first word is one the bundle uses
   * ({@code page}, {@code problem}, {@code capture}…) is in the bundle; a template names its keys
   * as {@code page.t("…")}, the code as an argument of {@code Pages.page}, {@code App.done}, a
   * {@code Forms.Problem} or a form's field.
   */
  @Test
  void everyKeyTheAppsCodeAndTemplatesNameIsInTheBundle() throws IOException {
    Properties british = read(MessageBundles.base(Text.class, BASE));
    Set<String> prefixes =
        british.stringPropertyNames().stream()
            .map(k -> k.substring(0, k.indexOf('.')))
            .collect(Collectors.toSet());
    Set<String> named = new TreeSet<>();
    for (Path dir :
        List.of(
            Path.of("src/main/java/org/communityofpractice/examples/serve"),
            Path.of("src/main/jte"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Matcher m = KEY_LIKE.matcher(Files.readString(file));
          while (m.find()) {
            String key = m.group(1);
            if (prefixes.contains(key.substring(0, key.indexOf('.')))) {
              named.add(key);
            }
          }
        }
      }
    }
    // keys made from a value: the labels, the consent words, the publication check's findings
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> value : type.getEnumConstants()) {
        named.add(Text.labelKey(value));
      }
    }
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      named.add("consent.purpose." + purpose.name());
    }
    for (PublicationFinding.Kind kind : PublicationFinding.Kind.values()) {
      named.add("finding." + kind.name());
    }
    assertThat(named).as("keys found in the code and templates").hasSizeGreaterThan(400);
    assertThat(named)
        .as("keys named and missing from %s", BASE)
        .allSatisfy(key -> assertThat(british.containsKey(key)).as(key).isTrue());
    assertThat(british.stringPropertyNames())
        .as("keys in %s that nothing names (a .one form goes with the key it ends)", BASE)
        .filteredOn(key -> !key.endsWith(".one"))
        .allSatisfy(key -> assertThat(named).as(key).contains(key));
  }

  /**
   * A text Welsh says as British English does is only an argument alone, a date's pattern or a word
   * both languages share: a text left untranslated would otherwise pass every other test.
   */
  @Test
  void welshSaysInWelshEveryTextThatHasWords() throws IOException {
    Properties british = read(MessageBundles.base(Text.class, BASE));
    Properties welsh = read(MessageBundles.base(Text.class, "serve_cy.properties"));
    Set<String> same = new TreeSet<>();
    for (String key : british.stringPropertyNames()) {
      if (british.getProperty(key).equals(welsh.getProperty(key))) {
        same.add(key);
      }
    }
    assertThat(same)
        .containsExactlyInAnyOrder(
            "format.when",
            "page.community",
            "page.person",
            "page.session",
            "done.said",
            "entry.contribution",
            "contributionKind.DATA", // "Data" in both
            "circulate.finding.person"); // "person" in both
  }

  @Test
  void theConsentWordsAtTheDoorAreTheToolsInEveryLanguage() throws IOException {
    for (String language : List.of("en_GB", "cy")) {
      Properties app = read(MessageBundles.base(Text.class, "serve_" + language + ".properties"));
      Properties tool =
          read(
              MessageBundles.base(
                  org.communityofpractice.examples.cli.Cop.class,
                  "messages_" + language + ".properties"));
      for (ConsentPurpose purpose : ConsentPurpose.values()) {
        String key = "consent.purpose." + purpose.name();
        assertThat(app.getProperty(key)).as(key).isEqualTo(tool.getProperty(key));
      }
    }
  }

  private static Properties read(Path bundle) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(bundle)) {
      p.load(in);
    }
    return p;
  }
}
