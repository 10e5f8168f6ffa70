package org.communityofpractice.core.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.communityofpractice.core.internal.GuideText;
import org.junit.jupiter.api.Test;

/**
 * A family of bundles looks for a language's bundle once: a language with none of its own (such as
 * {@code en}, {@code fr} or {@code cy-GB}) is not looked for on the class path again each time its
 * words are wanted, and what is remembered stays within its bound whatever languages are asked for.
 */
class LanguageBundlesTest {
  private static final Locale WELSH = Locale.forLanguageTag("cy");

  /** The words of one bundle: its language and texts. */
  private record Words(Locale language, Properties texts) {}

  private final List<String> opened = new ArrayList<>();

  private LanguageBundles<Words> guide() {
    return new LanguageBundles<>(
        GuideText.class,
        "guide",
        Words::new,
        name -> {
          opened.add(name);
          InputStream in = GuideText.class.getResourceAsStream(name);
          return in;
        });
  }

  @Test
  void aLanguageWithoutABundleIsLookedForOnce() {
    LanguageBundles<Words> bundles = guide();
    for (int i = 0; i < 100; i++) {
      assertThat(bundles.in(Locale.FRENCH)).isSameAs(bundles.british());
      assertThat(bundles.in(Locale.US)).isSameAs(bundles.british());
    }
    assertThat(opened)
        .containsExactly(
            "guide_en_GB.properties",
            "guide_fr.properties",
            "guide_en_US.properties",
            "guide_en.properties");
  }

  @Test
  void aCountryWithoutABundleGetsItsLanguagesWordsAndIsLookedForOnce() {
    LanguageBundles<Words> bundles = guide();
    Words welsh = bundles.in(WELSH);
    assertThat(welsh.language()).isEqualTo(WELSH);
    assertThat(welsh.texts()).isNotEqualTo(bundles.british().texts());
    for (int i = 0; i < 100; i++) {
      assertThat(bundles.in(Locale.forLanguageTag("cy-GB"))).isSameAs(welsh);
      assertThat(bundles.in(WELSH)).isSameAs(welsh);
    }
    assertThat(opened)
        .containsExactly("guide_en_GB.properties", "guide_cy.properties", "guide_cy_GB.properties");
  }

  @Test
  void whatIsRememberedStaysWithinItsBoundWhateverLanguagesAreAskedFor() {
    LanguageBundles<Words> bundles = guide();
    Words welsh = bundles.in(WELSH);
    for (int i = 0; i < 500; i++) {
      Locale asked = new Locale("x" + i);
      assertThat(bundles.in(asked)).isSameAs(bundles.british());
      assertThat(bundles.remembered()).isLessThanOrEqualTo(LanguageBundles.REMEMBERED_LANGUAGES);
    }
    assertThat(bundles.remembered()).isEqualTo(LanguageBundles.REMEMBERED_LANGUAGES);
    // a language asked for once the bound is reached still gets its own words
    assertThat(bundles.in(Locale.forLanguageTag("cy-GB"))).isSameAs(welsh);
  }
}
