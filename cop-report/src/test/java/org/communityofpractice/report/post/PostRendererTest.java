package org.communityofpractice.report.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.model.SmallStepNoticed;
import org.communityofpractice.report.spi.ReportRenderers;
import org.junit.jupiter.api.Test;

class PostRendererTest {
  private static final Community SOTCOP = CommunityFixtures.sotcopWithConsent();
  private static final ReportComposer COMPOSER =
      ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2016-07-01T09:00:00Z")));

  private static SessionReport secondSession() {
    return COMPOSER.session(SOTCOP, SOTCOP.sessions().get(1).id());
  }

  @Test
  void isFoundThroughTheRendererSpiAsText() {
    assertThat(ReportRenderers.load().get("post"))
        .isInstanceOf(PostRenderer.class)
        .satisfies(r -> assertThat(r.writesText()).isTrue());
  }

  @Test
  void holdsTheSmallStepsAndWhatWentWellThenTheCommunitysTag() {
    SessionReport report = secondSession();
    String post = PostRenderer.builder().length(2000).build().render(report);
    assertThat(post).startsWith("Small victories since we last met:\n").endsWith("\n#SoTCoP\n");
    for (SmallStepNoticed step : report.smallSteps()) {
      assertThat(post).contains(step.text());
    }
    report.workingWell().forEach(r -> assertThat(post).contains(r.text()));
    assertThat(report.smallSteps()).isNotEmpty();
  }

  @Test
  void neverRunsOverItsLengthAndCutsAtAWordWhenNothingFitsWhole() {
    SessionReport report = secondSession();
    for (int length = PostRenderer.MINIMUM_LENGTH; length <= 400; length += 7) {
      String post = PostRenderer.builder().length(length).build().render(report);
      assertThat(post.stripTrailing().codePointCount(0, post.stripTrailing().length()))
          .as("length %d", length)
          .isLessThanOrEqualTo(length);
      assertThat(post).endsWith("#SoTCoP\n");
    }
    String tight =
        PostRenderer.builder().length(PostRenderer.MINIMUM_LENGTH).build().render(report);
    assertThat(tight).contains("…");
  }

  @Test
  void takesTheCommunitysOwnTagWhenGivenOne() {
    assertThat(PostRenderer.builder().tag("@SoTCoP").build().render(secondSession()))
        .endsWith("\n@SoTCoP\n");
    assertThat(PostRenderer.tagOf("@SoTCoP")).isEqualTo("#SoTCoP");
    assertThat(PostRenderer.tagOf("Stoke CoP!")).isEqualTo("#StokeCoP");
  }

  @Test
  void refusesALengthOrTagItCannotKeepTo() {
    assertThatThrownBy(() -> PostRenderer.builder().length(10))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("length");
    assertThatThrownBy(() -> PostRenderer.builder().tag("no spaces allowed"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("tag");
  }

  @Test
  void aSeriesPostsItsLatestSessionsVictoriesAndTheImpactReportItsLegacy() {
    SessionReport last =
        COMPOSER.session(
            SOTCOP, SOTCOP.sessionsOf(CommunityFixtures.PRISON_RELEASE_SERIES).get(2).id());
    PostRenderer post = PostRenderer.builder().length(5000).build();
    assertThat(post.render(COMPOSER.series(SOTCOP, CommunityFixtures.PRISON_RELEASE_SERIES)))
        .isEqualTo(post.render(last));
    assertThat(post.render(COMPOSER.impact(SOTCOP))).contains("Lone-working procedures changed");
  }
}
