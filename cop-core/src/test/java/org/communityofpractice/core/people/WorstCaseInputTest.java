package org.communityofpractice.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.internal.EmailAddresses;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Every check of text a person or a file supplies runs in time linear in the text, or is bounded
 * before it starts. Each pattern is fed its worst case here: long input shaped to make a
 * backtracking matcher try every split. The bound is generous, for a busy machine; a quadratic
 * matcher takes minutes on these inputs (an email of 100,000 dots took 12.6 s).
 */
class WorstCaseInputTest {
  private static final Duration LINEAR = Duration.ofSeconds(5);

  /**
   * The pattern cop once used for email addresses, for comparing what the hand-written check takes.
   */
  private static final Pattern OLD_EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Test
  void anEmailOfDotsIsRefusedInLinearTime() {
    String dots = "a@" + ".".repeat(100_000) + " ";
    assertTimeoutPreemptively(
        LINEAR,
        () ->
            assertThatThrownBy(() -> ContactDetails.email(dots))
                .isInstanceOf(InvalidValueException.class));
    String manyAts = "a@b".repeat(300_000) + ".c";
    assertTimeoutPreemptively(
        LINEAR, () -> assertThat(EmailAddresses.isPlausible(manyAts)).isFalse());
    String longHost = "a@" + "b.".repeat(500_000) + "c";
    assertTimeoutPreemptively(
        LINEAR, () -> assertThat(EmailAddresses.isPlausible(longHost)).isFalse());
  }

  @Property(tries = 2000)
  void theEmailCheckTakesWhatTheOldPatternTookUpToTheLengthBound(@ForAll("emailish") String text) {
    assertThat(EmailAddresses.isPlausible(text)).isEqualTo(OLD_EMAIL.matcher(text).matches());
  }

  @Provide
  Arbitrary<String> emailish() {
    return Arbitraries.strings()
        .withChars('a', 'b', '@', '.', ' ', '\t', '\n', '-', '\u00e9')
        .ofMaxLength(12);
  }

  @Test
  void anEmailLongerThanAnSmtpPathAllowsIsRefused() {
    String local = "a".repeat(250);
    assertThatThrownBy(() -> ContactDetails.email(local + "@b.cd"))
        .isInstanceOf(InvalidValueException.class);
    assertThat(ContactDetails.email("a".repeat(248) + "@b.cd").email()).isPresent();
  }

  @Test
  void phoneNumbersRolesAndIdsAreBoundedBeforeTheyAreMatched() {
    String digits = "1".repeat(1_000_000);
    assertTimeoutPreemptively(
        LINEAR,
        () -> {
          assertThatThrownBy(() -> ContactDetails.of(null, digits + "x"))
              .isInstanceOf(InvalidValueException.class);
          assertThatThrownBy(() -> PersonId.of("a".repeat(1_000_000) + "!"))
              .isInstanceOf(InvalidValueException.class);
          assertThatThrownBy(() -> Actor.role("a ".repeat(500_000) + "!"))
              .isInstanceOf(InvalidValueException.class);
        });
  }
}
