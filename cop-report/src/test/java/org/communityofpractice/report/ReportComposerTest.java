package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.fixtures.CommunityFixtures.EXPERT_CITIZEN;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOUSING_MANAGER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_1;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_SERIES;
import static org.communityofpractice.report.ConsentSamples.terms;
import static org.communityofpractice.report.ConsentSamples.withConsent;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.Resource;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.Remark;
import org.communityofpractice.report.model.ResourceLink;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.ScalingTrend;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.ReportRenderer;
import org.communityofpractice.report.spi.ReportRenderers;
import org.junit.jupiter.api.Test;

class ReportComposerTest {
  private static final Instant BEFORE = Instant.parse("2016-03-01T09:00:00Z");
  private static final Instant AS_OF = Instant.parse("2016-06-30T09:00:00Z");
  private static final Community SOTCOP = CommunityFixtures.sotcop();
  private final ReportComposer composer = ReportComposer.of(DisclosurePolicy.asOf(AS_OF));

  @Test
  void theSessionSummaryHoldsWhatTheGuideAsksForInTheOrderRecorded() {
    SessionReport r = composer.session(SOTCOP, PRISON_RELEASE_1);
    assertThat(r.language()).isEqualTo("en-GB");
    assertThat(r.community()).isEqualTo("@SoTCoP");
    assertThat(r.title()).hasValue("Leaving prison: the first day");
    assertThat(r.topic()).isEqualTo("Prison release");
    assertThat(r.series()).hasValue("Prison release, spring 2016");
    assertThat(r.introduction()).hasValue("We met to understand the day someone leaves prison.");
    assertThat(r.representation().attendees()).isEqualTo(Count.shown(9, 5));
    assertThat(r.representation().livedExperiencePresent()).isTrue();
    // the case study came from lived experience; who brings it is never counted
    assertThat(r.representation().perspectives())
        .extracting(GroupCount::key)
        .contains("FRONTLINE_PRACTITIONER")
        .doesNotContain("EXPERT_BY_EXPERIENCE");
    assertThat(r.bestHopes())
        .extracting(Remark::text)
        .containsExactly(
            "People hear what the first night out is like",
            "Know who to call before someone is released",
            "Leave with one thing to try on Monday");
    assertThat(r.presentation().orElseThrow().minutes()).isEqualTo(5);
    assertThat(r.presentation().orElseThrow().presenter()).isEmpty();
    assertThat(r.goodPractice())
        .extracting(Remark::text)
        .containsExactly("A key worker meets people at the gate");
    assertThat(r.preferredFuture())
        .extracting(Remark::text)
        .containsExactly("Everyone leaves with somewhere to sleep that night");
    assertThat(r.workingWell())
        .extracting(Remark::text)
        .containsExactly("Probation and housing already share a phone list");
    assertThat(r.scaling()).hasSize(2);
    assertThat(r.scaling().get(0).statistics().orElseThrow().n()).isEqualTo(6);
    assertThat(r.actions()).hasSize(2);
    assertThat(r.conclusions()).hasSize(2);
    assertThat(r.recommendations()).hasSize(1);
    assertThat(r.questions())
        .containsExactly("Could release dates be shared with housing a week ahead?");
    assertThat(r.artefacts()).hasSize(1);
    assertThat(r.artefacts().get(0).hasSafeImageReference()).isTrue();
    assertThat(r.nextSession().orElseThrow().venue()).isEqualTo(CommunityFixtures.VOICES.name());
    assertThat(r.principles()).contains("No Name, No Blame, No Shame");
    assertThat(r.resources())
        .extracting(ResourceLink::title)
        .contains("Example housing advice line");
  }

  @Test
  void withoutConsentNoOneIsNamedOrQuotedByRoleInAnyFormat() {
    SessionReport r = composer.session(SOTCOP, PRISON_RELEASE_1);
    assertThat(r.bestHopes()).extracting(Remark::attribution).containsOnly(Optional.empty());
    for (String output : renderAll(r)) {
      for (Person p : SOTCOP.register().people()) {
        assertThat(output).doesNotContain(p.name());
        p.contact().email().ifPresent(e -> assertThat(output).doesNotContain(e));
        p.organisation().ifPresent(o -> assertThat(output).doesNotContain(o));
      }
    }
  }

  @Test
  void aConsentedNameAppearsAndWithdrawnConsentRemovesItFromTheNextReport() {
    Person jo = SOTCOP.register().find(HOUSING_MANAGER).orElseThrow();
    ConsentLedger granted =
        ConsentLedger.empty()
            .grant(terms(HOUSING_MANAGER, ConsentPurpose.NAMED_IN_REPORTS, BEFORE));
    SessionReport named = composer.session(withConsent(SOTCOP, granted), PRISON_RELEASE_1);
    assertThat(named.bestHopes().get(1).attribution()).hasValue(jo.name());
    assertThat(ReportRenderers.load().get("markdown").render(named)).contains(jo.name());

    ConsentLedger withdrawn =
        granted.withdraw(
            terms(
                HOUSING_MANAGER,
                ConsentPurpose.NAMED_IN_REPORTS,
                Instant.parse("2016-04-01T09:00:00Z")));
    SessionReport after = composer.session(withConsent(SOTCOP, withdrawn), PRISON_RELEASE_1);
    assertThat(after.bestHopes().get(1).attribution()).isEmpty();
    for (String output : renderAll(after)) {
      assertThat(output).doesNotContain(jo.name());
    }
  }

  @Test
  void aCaseStudyFromLivedExperienceNeverNamesItsPresenterEvenWithConsent() {
    ConsentLedger granted =
        ConsentLedger.empty().grant(terms(EXPERT_CITIZEN, ConsentPurpose.NAMED_IN_REPORTS, BEFORE));
    SessionReport r = composer.session(withConsent(SOTCOP, granted), PRISON_RELEASE_1);
    assertThat(r.presentation().orElseThrow().perspective()).hasValue("EXPERT_BY_EXPERIENCE");
    assertThat(r.presentation().orElseThrow().presenter()).isEmpty();
  }

  @Test
  void theSeriesReportShowsEachSessionTheMovementOfTheScalingAndTheProgressOfActions() {
    SeriesReport r = composer.series(SOTCOP, PRISON_RELEASE_SERIES);
    assertThat(r.title()).isEqualTo("Prison release, spring 2016");
    assertThat(r.concluded()).isTrue();
    assertThat(r.sessions()).hasSize(3);
    assertThat(r.attendances())
        .isEqualTo(
            r.sessions().stream()
                .mapToInt(s -> s.representation().attendees().value().orElseThrow())
                .sum());
    assertThat(r.scalingTrends()).isNotEmpty();
    var howNear = r.scalingTrends().get(0);
    assertThat(howNear.question()).isEqualTo(CommunityFixtures.HOW_NEAR.text());
    assertThat(howNear.points()).extracting(p -> p.date().getYear()).containsOnly(2016);
    assertThat(howNear.medianChange()).isPresent();
    assertThat(r.progress()).isNotEmpty();
    assertThat(r.progress()).anySatisfy(p -> assertThat(p.smallSteps()).isNotEmpty());
    assertThat(r.conclusions()).containsAll(r.sessions().get(0).conclusions());
    assertThat(r.nextSession()).isEqualTo(r.sessions().get(2).nextSession());
  }

  @Test
  void aResourceWhoseLinkIsNotAWebOrMailAddressNeverReachesAReport() {
    // the community refuses it when built (and the archive reader when read); ResourceLink's own
    // check (ReportModelTest) stays as a second line
    assertThatThrownBy(() -> Resource.of("A sneaky link", URI.create("javascript:alert(1)")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("link must be a mailto: link or an http or https address");
  }

  @Test
  void theLanguageChosenTravelsWithTheReport() {
    ReportComposer welsh =
        ReportComposer.builder().policy(DisclosurePolicy.asOf(AS_OF)).language("cy").build();
    assertThat(welsh.session(SOTCOP, PRISON_RELEASE_1).language()).isEqualTo("cy");
    assertThat(
            ReportRenderers.load().get("markdown").render(welsh.session(SOTCOP, PRISON_RELEASE_1)))
        .contains("## Casgliadau");
  }

  /**
   * The archive keeps the guide's question in British English, one question across sessions run in
   * either language; a report asks it in its own language, with its scale and good-enough level.
   */
  @Test
  void theGuidesQuestionIsAskedInTheReportsLanguage() {
    ReportComposer welsh =
        ReportComposer.builder().policy(DisclosurePolicy.asOf(AS_OF)).language("cy").build();
    String cy = ScalingQuestion.guideWording("cy");
    assertThat(cy).isNotEqualTo(ScalingQuestion.GUIDE_WORDING);

    List<ScalingResult> english = composer.session(SOTCOP, PRISON_RELEASE_1).scaling();
    List<ScalingResult> inWelsh = welsh.session(SOTCOP, PRISON_RELEASE_1).scaling();
    // the guide's question and one of the community's own wording, which is shown as it was asked
    assertThat(english)
        .extracting(r -> r.question().text())
        .contains(ScalingQuestion.GUIDE_WORDING)
        .anyMatch(q -> !q.equals(ScalingQuestion.GUIDE_WORDING));
    assertThat(inWelsh)
        .extracting(r -> r.question().text())
        .isEqualTo(english.stream().map(r -> inCy(r.question().text(), cy)).toList());
    assertThat(inWelsh)
        .extracting(r -> r.question().scale(), r -> r.question().goodEnough(), r -> r.statistics())
        .isEqualTo(
            english.stream()
                .map(
                    r ->
                        org.assertj.core.groups.Tuple.tuple(
                            r.question().scale(), r.question().goodEnough(), r.statistics()))
                .toList());

    List<ScalingTrend> trends = composer.series(SOTCOP, PRISON_RELEASE_SERIES).scalingTrends();
    assertThat(trends).extracting(ScalingTrend::question).contains(ScalingQuestion.GUIDE_WORDING);
    assertThat(welsh.series(SOTCOP, PRISON_RELEASE_SERIES).scalingTrends())
        .extracting(ScalingTrend::question)
        .isEqualTo(trends.stream().map(t -> inCy(t.question(), cy)).toList());
    assertThat(
            ReportRenderers.load().get("markdown").render(welsh.session(SOTCOP, PRISON_RELEASE_1)))
        .contains(cy)
        .doesNotContain(ScalingQuestion.GUIDE_WORDING);
  }

  private static String inCy(String question, String cy) {
    return question.equals(ScalingQuestion.GUIDE_WORDING) ? cy : question;
  }

  @Test
  void rejectsAnUnknownSessionAndABadLanguageByName() {
    assertThatThrownBy(() -> composer.session(SOTCOP, SessionId.of("s-none")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("session must be a session of the community");
    assertThatThrownBy(() -> ReportComposer.builder().language("not a tag"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("language must be a BCP 47 language tag such as en-GB but was not a tag");
    assertThatThrownBy(() -> ReportComposer.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("policy must be set");
  }

  /**
   * The output of every renderer found, for the same report; a PDF's as the text a reader gets from
   * it.
   */
  static List<String> renderAll(org.communityofpractice.report.model.Report report) {
    ReportRenderers renderers = ReportRenderers.load();
    return renderers.formats().stream()
        .map(renderers::get)
        .map((ReportRenderer r) -> org.communityofpractice.report.pdf.PdfChecks.readable(r, report))
        .toList();
  }
}
