package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.json.Sites.pick;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.communityofpractice.core.community.Resource;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.core.scaling.Scale;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.core.validation.internal.Refusals;

/**
 * Every refusal cop-core makes is said in Welsh with a Welsh expectation — never falling back to
 * English — and in British English exactly as {@code getMessage()} says it: over damaged archives
 * (any value removed, of another type, out of range, naming no one, a field added, the text broken)
 * and over invalid values given to the model's factories.
 */
class RefusalsInEveryLanguageProperties {
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();
  private static final Locale WELSH = Locale.forLanguageTag("cy");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Property(tries = 1000)
  void everyRefusalOfADamagedArchiveIsSaidInWelshAndInItsOwnEnglish(
      @ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll @IntRange(min = 0, max = 6) int how,
      @ForAll @IntRange(min = 0, max = 100) int which) {
    ObjectNode tree = ARCHIVE.tree(CommunityFixtures.sotcopWithConsent());
    Sites.Site site = pick(Sites.all(tree), where);
    String json = null;
    switch (how) {
      case 0 -> {
        if (site.inArray()) {
          replaceWithAnotherType(site, which);
        } else {
          site.remove();
        }
      }
      case 1 -> replaceWithAnotherType(site, which);
      case 2 -> site.replace(outOfItsRange(site.value(), which));
      case 3 -> ((ObjectNode) pick(Sites.objects(tree), where).value()).put("surprise", which);
      case 4 -> site.replace(NODES.textNode("p-nobody-" + which));
      case 5 -> {
        String text = ARCHIVE.pretty(tree);
        int at = (where + which) % text.length();
        json = which % 2 == 0 ? text.substring(0, at) : text.substring(0, at) + "}" + text;
      }
      default -> {
        String text = ARCHIVE.pretty(tree);
        int at = text.indexOf(',', where % text.length());
        json = at < 0 ? text + text : text.substring(0, at) + text.substring(at + 1);
      }
    }
    String document = json == null ? ARCHIVE.pretty(tree) : json;
    try {
      ARCHIVE.read(document);
      Statistics.label("outcome").collect("read");
    } catch (ArchiveFormatException e) {
      Statistics.label("outcome").collect(e.kind());
      assertSaidInWelshAndInItsOwnEnglish(e.getMessage(), e.expectation(), e::messageIn);
      assertThat(e.messageIn(WELSH)).as(e.getMessage()).contains(e.path());
    }
  }

  @Provide
  Arbitrary<Runnable> invalidValues() {
    return Arbitraries.oneOf(
        Arbitraries.integers()
            .between(-50, 150)
            .filter(g -> g < 1 || g > 10)
            .map(g -> () -> ScalingQuestion.of("How near?", g)),
        Arbitraries.integers()
            .between(-5, 120)
            .filter(max -> max <= 0 || max > 100)
            .map(max -> () -> Scale.of(0, max)),
        Arbitraries.integers().between(-1000, -1).map(n -> () -> Count.shown(n, 3)),
        Arbitraries.longs().between(-1000, -1).map(n -> () -> ArchiveVersion.of(n)),
        Arbitraries.strings()
            .ofMinLength(0)
            .ofMaxLength(80)
            .filter(s -> !s.matches("[A-Za-z0-9._-]{1,64}"))
            .map(s -> () -> PersonId.of(s)),
        Arbitraries.strings()
            .withCharRange('\u0000', '\u001f')
            .ofMinLength(1)
            .ofMaxLength(5)
            .map(s -> () -> Venue.of("Voices " + s)),
        Arbitraries.strings()
            .withChars(' ', '\t')
            .ofMinLength(0)
            .ofMaxLength(5)
            .map(s -> () -> Venue.of(s)),
        Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(10)
            .map(s -> () -> ContactDetails.of(s + "@", null)),
        Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(10)
            .map(s -> () -> Resource.of("Notes", URI.create("ftp://" + s + ".example.org/"))));
  }

  @Property(tries = 1000)
  void everyRefusalOfAValueIsSaidInWelshAndInItsOwnEnglish(
      @ForAll("invalidValues") Runnable invalid) {
    try {
      invalid.run();
      throw new AssertionError("accepted an invalid value");
    } catch (InvalidValueException e) {
      Statistics.label("expectation").collect(Refusals.templateOf(e.expectation()).orElse("none"));
      assertSaidInWelshAndInItsOwnEnglish(e.getMessage(), e.expectation(), e::messageIn);
      assertThat(e.messageIn(WELSH)).startsWith(e.field() + ": ");
      if (e.isPersonal()) {
        // a personal value is never shown, in Welsh as in English
        assertThat(e.getMessage()).endsWith("(value withheld (personal data))");
        assertThat(e.messageIn(WELSH))
            .endsWith("(ni ddangosir y gwerth: data personol)")
            .doesNotContain("cafwyd");
      } else {
        assertThat(e.messageIn(WELSH)).contains("; cafwyd ");
        if (e.value().matches("\\S*\\d\\S*")) {
          // a number or an id is shown as it is; only the model's own words for a value are said
          // in Welsh
          assertThat(e.messageIn(WELSH)).endsWith("; cafwyd " + e.value());
        }
      }
    }
  }

  /**
   * The English is {@code getMessage()}, and so is any language cop has no words for; the Welsh
   * comes from a template of cop-core's, holds no English expectation and is not the English.
   */
  static void assertSaidInWelshAndInItsOwnEnglish(
      String message, String expectation, Function<Locale, String> messageIn) {
    assertThat(messageIn.apply(Locale.UK)).isEqualTo(message);
    assertThat(messageIn.apply(Locale.forLanguageTag("en-GB"))).isEqualTo(message);
    assertThat(messageIn.apply(Locale.FRENCH))
        .as("a language cop has no words for")
        .isEqualTo(message);
    assertThat(Refusals.templateOf(expectation))
        .as("the template that writes \"%s\"", expectation)
        .isPresent();
    String welsh = messageIn.apply(WELSH);
    assertThat(welsh).as("the Welsh of %s", message).isNotEqualTo(message);
    assertThat(welsh)
        .as("the Welsh of %s", message)
        .doesNotContain(expectation)
        .doesNotContain(" but was ")
        .doesNotContain("withheld (personal data)");
  }

  private static void replaceWithAnotherType(Sites.Site site, int which) {
    List<JsonNode> others = Sites.otherTypes(site.value());
    site.replace(others.get(which % others.size()).deepCopy());
  }

  /** A value of the same type that the archive does not allow: far out of range, or bad text. */
  private static JsonNode outOfItsRange(JsonNode value, int which) {
    if (value.isIntegralNumber()) {
      return NODES.numberNode(which % 2 == 0 ? -1 - which : 1000 + which);
    }
    if (value.isTextual()) {
      return switch (which % 4) {
        case 0 -> NODES.textNode("");
        case 1 -> NODES.textNode(value.textValue() + "\u0007");
        case 2 -> NODES.textNode("not a date or an id " + which);
        default -> NODES.textNode(value.textValue() + "!");
      };
    }
    return value.isArray() ? NODES.arrayNode() : NODES.objectNode();
  }
}
