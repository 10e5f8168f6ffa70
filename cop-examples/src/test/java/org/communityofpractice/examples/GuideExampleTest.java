package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.session.Session;
import org.junit.jupiter.api.Test;

class GuideExampleTest {
  private final Community community = GuideExample.community();

  @Test
  void holdsBothOfTheGuidesStories() {
    assertThat(community.sessionsOf(PrisonReleaseSeries.SERIES)).hasSize(3);
    assertThat(community.sessionsOf(LoneWorkingCaseStudy.SERIES)).hasSize(2);
    assertThat(community.sessions()).hasSize(5);
    assertThat(community.legacy()).extracting(l -> l.text()).contains(LoneWorkingCaseStudy.PROCEDURES_CHANGED);
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
    assertThat(community.sessions()).last().extracting(Session::id).isEqualTo(LoneWorkingCaseStudy.FOLLOWED_UP);
  }

  @Test
  void mainSaysWhatTheCommunityHolds() {
    assertThat(Printed.byMain(GuideExample::main)).contains("@SoTCoP (Stoke-on-Trent): 8 members, 2 topics, 5 sessions");
  }
}
