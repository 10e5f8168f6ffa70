package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.session.Session;
import org.junit.jupiter.api.Test;

class GuideExampleTest {
  private final Community community = GuideExample.community();

  @Test
  void holdsBothOfTheGuidesStories() {
    assertThat(community.sessionsOf(PrisonReleaseSeries.SERIES)).hasSize(3);
    assertThat(community.sessionsOf(LoneWorkingCaseStudy.SERIES)).hasSize(2);
    assertThat(community.sessions()).hasSize(5);
    assertThat(community.legacy())
        .extracting(l -> l.text())
        .contains(LoneWorkingCaseStudy.PROCEDURES_CHANGED);
  }

  @Test
  void holdsTheSameSessionsAsEachStoryOnItsOwn() {
    assertThat(community.sessions())
        .containsAll(PrisonReleaseSeries.community().sessions())
        .containsAll(LoneWorkingCaseStudy.community().sessions());
  }

  @Test
  void keepsSessionsInDateOrderAcrossTheStories() {
    assertThat(community.sessions()).isSortedAccordingTo(Community.byStart());
    assertThat(community.sessions().get(0).id()).isEqualTo(PrisonReleaseSeries.FIRST);
    assertThat(community.sessions())
        .last()
        .extracting(Session::id)
        .isEqualTo(LoneWorkingCaseStudy.FOLLOWED_UP);
  }

  @Test
  void recordsLivedExperienceOnlyWithExplicitConsentAndQuotesOnlyThoseWhoAgreed() {
    Instant now = Instant.parse("2017-06-01T00:00:00Z");
    ConsentLedger consent = community.consent();
    assertThat(
            community.register().find(GuideMembers.EXPERT_CITIZEN).orElseThrow().livedExperience())
        .isNotEmpty();
    assertThat(
            consent.history(GuideMembers.EXPERT_CITIZEN, ConsentPurpose.LIVED_EXPERIENCE_RECORDED))
        .singleElement()
        .satisfies(e -> assertThat(e.terms().explicit()).isTrue());
    assertThat(community.register().people())
        .filteredOn(p -> !p.livedExperience().isEmpty())
        .allSatisfy(
            p ->
                assertThat(
                        consent.inForce(
                            p.id(),
                            ConsentPurpose.LIVED_EXPERIENCE_RECORDED,
                            now,
                            ConsentRules.none()))
                    .isTrue());
    assertThat(
            consent.inForce(
                GuideMembers.SUPPORT_WORKER,
                ConsentPurpose.QUOTED_BY_ROLE,
                now,
                ConsentRules.none()))
        .isFalse();
    assertThat(
            consent.inForce(
                GuideMembers.FACILICHAIR,
                ConsentPurpose.NAMED_IN_REPORTS,
                now,
                ConsentRules.none()))
        .isTrue();
  }

  @Test
  void survivesTheArchiveRoundTripWithItsConsent() throws Exception {
    ArchiveJson json = ArchiveJson.create();
    Community back = json.read(json.write(community));
    assertThat(back).isEqualTo(community);
    assertThat(back.consent().events()).isEqualTo(community.consent().events()).isNotEmpty();
  }

  @Test
  void mainSaysWhatTheCommunityHolds() {
    assertThat(Printed.byMain(GuideExample::main))
        .contains("@SoTCoP (Stoke-on-Trent): 8 members, 2 topics, 5 sessions");
  }
}
