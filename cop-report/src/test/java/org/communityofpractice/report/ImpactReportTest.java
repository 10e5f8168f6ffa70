package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.LifeCycleEntry;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.pdf.PdfChecks;
import org.communityofpractice.report.spi.ReportRenderers;
import org.junit.jupiter.api.Test;

/**
 * The community's impact report: what the guide's "Community of Practice Legacy" asks to report.
 */
class ImpactReportTest {
  private static final Instant AS_OF = Instant.parse("2016-10-01T09:00:00Z");
  private static final Community SOTCOP = CommunityFixtures.sotcopWithConsent();
  private final ReportComposer composer = ReportComposer.of(DisclosurePolicy.asOf(AS_OF));

  @Test
  void reportsTheLegacyWithItsTopicAndDate() {
    ImpactReport impact = composer.impact(SOTCOP);
    assertThat(impact.legacy())
        .first()
        .satisfies(
            l -> {
              assertThat(l.text()).isEqualTo("Lone-working procedures changed");
              assertThat(l.topic()).hasValue("Lone working");
              assertThat(l.recordedOn()).hasValue(LocalDate.of(2016, 9, 1));
            });
    assertThat(impact.legacy()).hasSize(2);
  }

  @Test
  void reportsTheConcludedSeriesWithTheirRecommendations() {
    ImpactReport impact = composer.impact(SOTCOP);
    assertThat(impact.concludedSeries())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.title()).isEqualTo("Prison release, spring 2016");
              assertThat(s.sessions()).isEqualTo(3);
              assertThat(s.recommendations())
                  .isEqualTo(
                      composer
                          .series(SOTCOP, CommunityFixtures.PRISON_RELEASE_SERIES)
                          .recommendations())
                  .isNotEmpty();
            });
  }

  @Test
  void reportsOnlyCompletedActionsEachWithTheSmallStepsThatFollowedIt() {
    ImpactReport impact = composer.impact(SOTCOP);
    assertThat(impact.completedActions())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.action().completedOn()).isPresent());
    long completedInCommunity =
        SOTCOP.sessions().stream()
            .flatMap(s -> s.actions().stream())
            .filter(a -> a.completedOn().isPresent())
            .count();
    assertThat(impact.completedActions()).hasSize((int) completedInCommunity);
    assertThat(impact.completedActions()).anySatisfy(p -> assertThat(p.smallSteps()).isNotEmpty());
  }

  @Test
  void reportsTheLifeCycleStageRepresentationOverTimeAndWhatWentWell() {
    ImpactReport impact = composer.impact(SOTCOP);
    assertThat(impact.lifeCycleStage()).isEqualTo("PERFORMING");
    assertThat(impact.representationOverTime()).hasSize(SOTCOP.sessions().size());
    assertThat(impact.representationOverTime())
        .extracting(ImpactReport.RepresentationAt::date)
        .isSorted();
    assertThat(impact.workingWell()).isNotEmpty();
    assertThat(impact.firstSession()).hasValue(LocalDate.of(2016, 3, 3));
    assertThat(impact.resources()).hasSize(3);
  }

  @Test
  void namesOnlyTheCoreGroupMembersWhoAgreedToBeNamed() {
    ImpactReport impact = composer.impact(SOTCOP);
    String chair = name(CommunityFixtures.CHAIR);
    String housingManager = name(CommunityFixtures.HOUSING_MANAGER);
    String expertCitizen = name(CommunityFixtures.EXPERT_CITIZEN);
    assertThat(impact.coreGroup()).containsExactly(chair, housingManager);
    for (String format : ReportRenderers.load().formats()) {
      assertThat(PdfChecks.readable(ReportRenderers.load().get(format), impact))
          .as(format)
          .doesNotContain(expertCitizen);
    }
    Community withdrawn =
        ConsentSamples.withConsent(
            SOTCOP,
            SOTCOP
                .consent()
                .withdraw(
                    ConsentSamples.terms(
                        CommunityFixtures.CHAIR,
                        ConsentPurpose.NAMED_IN_REPORTS,
                        Instant.parse("2016-09-01T09:00:00Z"))));
    assertThat(composer.impact(withdrawn).coreGroup()).containsExactly(housingManager);
  }

  @Test
  void everyDocumentFormatShowsEachPart() {
    ImpactReport impact = composer.impact(SOTCOP);
    for (String format : new String[] {"markdown", "text", "html"}) {
      String out =
          ReportRenderers.load()
              .get(format)
              .render(impact)
              .replace("\\", "")
              .replaceAll("\\s+", " ");
      assertThat(out)
          .as(format)
          .contains(
              "Our impact: @SoTCoP",
              "Lone-working procedures changed",
              "Prison release, spring 2016",
              "Stage: performing",
              "Who was represented, session by session",
              "What has gone well",
              "Our core group",
              "Example housing advice line");
    }
  }

  @Test
  void everyFormatShowsTheLifeCycleHistoryInOrderWithItsDates() {
    Community moving =
        Community.builder()
            .from(SOTCOP)
            .lifeCycleHistory(
                java.util.List.of(
                    LifeCycleEntry.undated(LifeCycleStage.FORMING),
                    LifeCycleEntry.of(LifeCycleStage.NORMING, LocalDate.of(2016, 5, 5))))
            .lifeCycleStage(LifeCycleStage.NORMING)
            .build()
            .enteringStage(LifeCycleStage.PERFORMING, LocalDate.of(2016, 9, 1));
    ImpactReport impact = composer.impact(moving);
    assertThat(impact.lifeCycleStage()).isEqualTo("PERFORMING");
    assertThat(impact.lifeCycleHistory())
        .containsExactly(
            new ImpactReport.StageEntered("FORMING", java.util.Optional.empty()),
            new ImpactReport.StageEntered(
                "NORMING", java.util.Optional.of(LocalDate.of(2016, 5, 5))),
            new ImpactReport.StageEntered(
                "PERFORMING", java.util.Optional.of(LocalDate.of(2016, 9, 1))));
    String[] lines = {
      "forming, from a date not recorded",
      "norming, from Thursday 5 May 2016",
      "performing, from Thursday 1 September 2016"
    };
    for (String format : new String[] {"markdown", "text", "html", "pdf"}) {
      String out =
          PdfChecks.readable(ReportRenderers.load().get(format), impact)
              .replace("\\", "")
              .replaceAll("\\s+", " ");
      assertThat(out)
          .as(format)
          .contains("Stage: performing", "The stages it has been through:")
          .containsSubsequence(lines);
    }
    String json = ReportRenderers.load().get("json").render(impact);
    assertThat(json.replaceAll("\\s+", ""))
        .contains(
            "\"lifeCycleHistory\":[{\"stage\":\"FORMING\"},{\"stage\":\"NORMING\",\"enteredOn\":\"2016-05-05\"},"
                + "{\"stage\":\"PERFORMING\",\"enteredOn\":\"2016-09-01\"}]");
  }

  @Test
  void aHistoryOfTheCurrentStageAloneIsNotRepeated() {
    ImpactReport impact = composer.impact(SOTCOP);
    assertThat(impact.lifeCycleHistory())
        .containsExactly(new ImpactReport.StageEntered("PERFORMING", java.util.Optional.empty()));
    for (String format : new String[] {"markdown", "text", "html"}) {
      assertThat(ReportRenderers.load().get(format).render(impact))
          .as(format)
          .contains("Stage: performing")
          .doesNotContain("The stages it has been through");
    }
  }

  private static String name(org.communityofpractice.core.people.PersonId id) {
    return SOTCOP.register().find(id).map(Person::name).orElseThrow();
  }
}
