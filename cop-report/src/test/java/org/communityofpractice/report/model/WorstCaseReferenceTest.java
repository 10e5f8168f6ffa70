package org.communityofpractice.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.ReportComposer;
import org.junit.jupiter.api.Test;

/**
 * The report's checks of references and tags finish on any input: a repeated group in a regular
 * expression recursed once per path segment or subtag, and a long enough text overflowed the stack.
 */
class WorstCaseReferenceTest {
  private static final Duration LINEAR = Duration.ofSeconds(5);

  private static CaptionedArtefact artefact(String image) {
    return new CaptionedArtefact(image, "A flip chart", "Notes in three colours");
  }

  @Test
  void aRelativePathOfAMillionSegmentsIsCheckedWithoutOverflowingTheStack() {
    String path = "a/".repeat(500_000) + "b.png";
    assertTimeoutPreemptively(
        LINEAR,
        () -> {
          assertThat(artefact(path).hasSafeImageReference()).isTrue();
          assertThat(artefact(path + "/").hasSafeImageReference()).isFalse();
          assertThat(artefact(path + "/../x").hasSafeImageReference()).isFalse();
        });
  }

  @Test
  void relativePathsAreTakenAsBefore() {
    assertThat(artefact("photos/flipchart-1.jpg").hasSafeImageReference()).isTrue();
    assertThat(artefact("_a/b_.c-d").hasSafeImageReference()).isTrue();
    assertThat(artefact("/photos/x.jpg").hasSafeImageReference()).isFalse();
    assertThat(artefact("photos//x.jpg").hasSafeImageReference()).isFalse();
    assertThat(artefact(".hidden/x.jpg").hasSafeImageReference()).isFalse();
    assertThat(artefact("a b.jpg").hasSafeImageReference()).isFalse();
  }

  @Test
  void aLanguageTagOfManySubtagsIsRefusedWithoutOverflowingTheStack() {
    String tag = "en" + "-a".repeat(500_000);
    assertTimeoutPreemptively(
        LINEAR,
        () ->
            assertThatThrownBy(
                    () ->
                        ReportComposer.builder()
                            .policy(DisclosurePolicy.asOf(Instant.parse("2030-01-01T00:00:00Z")))
                            .language(tag))
                .isInstanceOf(InvalidValueException.class));
  }
}
