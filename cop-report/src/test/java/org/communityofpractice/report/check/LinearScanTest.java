package org.communityofpractice.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.junit.jupiter.api.Test;

/**
 * The publication check reads every free-text field of a report, and the reader lets a field hold a
 * million characters: its scan for addresses and numbers must be linear in the text. Each test
 * feeds a worst case, shaped to make a backtracking matcher retry from every position; the bound is
 * generous, for a busy machine (the address pattern as first written needed seconds for 30,000
 * letters and hours for a million).
 */
class LinearScanTest {
  private static final Duration LINEAR = Duration.ofSeconds(10);

  /** The address pattern as first written: right, but quadratic on a long run of letters. */
  private static final Pattern PLAIN_EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+");

  private static final PublicationCheck CHECK =
      PublicationCheck.of(
          CommunityFixtures.sotcopWithConsent(),
          DisclosurePolicy.asOf(Instant.parse("2016-04-10T09:00:00Z")));

  @Test
  void aMillionLettersWithoutAnAddressAreScannedInLinearTime() {
    for (String text :
        List.of(
            "a".repeat(1_000_000),
            "a@".repeat(500_000),
            ".@a".repeat(333_333),
            "1" + " ".repeat(1_000_000),
            "11111111" + "-".repeat(1_000_000),
            "a@b.".repeat(250_000) + "!")) {
      assertTimeoutPreemptively(LINEAR, () -> CHECK.check("conclusions[0]", text));
    }
  }

  @Test
  void anAddressAfterAMillionLettersIsStillFound() {
    String text = "x".repeat(1_000_000) + " alex@example.org";
    assertTimeoutPreemptively(
        LINEAR,
        () ->
            assertThat(CHECK.check("conclusions[0]", text))
                .extracting(PublicationFinding::person)
                .containsExactly(java.util.Optional.of(CommunityFixtures.SOCIAL_WORKER)));
  }

  @Property(tries = 3000)
  void findsTheSameAddressesAsThePlainPattern(@ForAll("addressish") String text) {
    assertThat(matches(PublicationCheck.EMAIL, text)).isEqualTo(matches(PLAIN_EMAIL, text));
    assertThat(PublicationCheck.EMAIL.matcher(text).replaceAll(" "))
        .isEqualTo(PLAIN_EMAIL.matcher(text).replaceAll(" "));
  }

  @Provide
  Arbitrary<String> addressish() {
    return Arbitraries.strings()
        .withChars('a', 'b', 'Z', '1', '.', '@', '_', '-', '%', ' ', '!')
        .ofMaxLength(24);
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.start() + ":" + m.group());
    }
    return found;
  }
}
