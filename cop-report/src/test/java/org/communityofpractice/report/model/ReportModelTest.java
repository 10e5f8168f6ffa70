package org.communityofpractice.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReportModelTest {

  @Test
  void aResourceLinkIsOnlyEverAWebOrMailAddress() {
    assertThat(ResourceLink.safeLink(URI.create("https://example.org/x"))).isTrue();
    assertThat(ResourceLink.safeLink(URI.create("mailto:cop@example.org"))).isTrue();
    assertThat(ResourceLink.safeLink(URI.create("javascript:alert(1)"))).isFalse();
    assertThat(ResourceLink.safeLink(URI.create("data:text/html,hi"))).isFalse();
    assertThat(ResourceLink.safeLink(URI.create("relative/path"))).isFalse();
    assertThatThrownBy(
            () ->
                new ResourceLink(
                    "t", Optional.of(URI.create("JavaScript:alert(1)")), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("link must be an absolute http, https or mailto URI but was JavaScript");
  }

  @Test
  void anArtefactShowsAsAnImageOnlyWithASafeReference() {
    assertThat(artefact("photos/flipchart-1.jpg").hasSafeImageReference()).isTrue();
    assertThat(artefact("https://example.org/a.png").hasSafeImageReference()).isTrue();
    for (String unsafe :
        List.of(
            "javascript:alert(1)",
            "data:image/png;base64,xx",
            "../secret.jpg",
            "/etc/passwd",
            "a b.jpg",
            "x.png\" onerror=\"alert(1)",
            "http:///nohost")) {
      assertThat(artefact(unsafe).hasSafeImageReference()).as(unsafe).isFalse();
    }
  }

  @Test
  void scalingStatisticsMustAnswerTheirQuestion() {
    ScalingQuestion q = ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7);
    ScalingStatistics otherGoodEnough =
        ScalingStatistics.of(new int[] {5, 6}, ScalingQuestion.of("x", 6)).orElseThrow();
    assertThatThrownBy(() -> new ScalingResult(q, Optional.of(otherGoodEnough), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("statistics.goodEnough must be the question's 7 but was 6");
    assertThat(ScalingResult.of(q, List.of(), List.of()).n()).isZero();
    assertThat(ScalingResult.of(q, List.of(7, 3, 5), List.of()).statistics().orElseThrow().median())
        .isEqualTo(5.0);
  }

  @Test
  void blankTextIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> Remark.of("   "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("text must not be blank (value withheld (personal data))");
    assertThatThrownBy(() -> SessionReport.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "[community, place, session, topic, startsAt, venue, representation]");
  }

  @Test
  void toStringShowsCountsAndIdsNeverWhatPeopleSaid() {
    SessionReport hostile = ReportSamples.session(ReportSamples.HOSTILE_TEXTS);
    List<Object> values =
        List.of(
            hostile,
            ReportSamples.series(ReportSamples.HOSTILE_TEXTS),
            hostile.bestHopes().get(0),
            hostile.actions().get(0),
            hostile.smallSteps().get(0),
            hostile.scaling().get(0),
            hostile.presentation().orElseThrow(),
            hostile.artefacts().get(0),
            hostile.resources().get(0),
            hostile.nextSession().orElseThrow());
    for (Object value : values) {
      for (String said : ReportSamples.HOSTILE) {
        assertThat(value.toString()).as(value.getClass().getSimpleName()).doesNotContain(said);
      }
    }
    assertThat(hostile.toString()).isEqualTo("SessionReport[s-1, 2016-03-03, en-GB]");
  }

  private static CaptionedArtefact artefact(String image) {
    return new CaptionedArtefact(image, "caption", "alt");
  }
}
