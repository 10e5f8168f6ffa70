package org.communityofpractice.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A topic names who should be in the room; a series names its topic. */
class TopicTest {

  @Test
  void prisonReleaseNeedsThePrisonServiceAndAnExpertWitness() {
    Topic prisonRelease = CommunityFixtures.prisonRelease();
    assertThat(prisonRelease.neededPerspectives())
        .contains(
            Perspective.EXPERT_BY_EXPERIENCE,
            Perspective.EXPERT_WITNESS,
            Perspective.NEUTRAL_EXPERT);
    assertThat(prisonRelease.neededServices()).contains("the prison service");
  }

  @Test
  void rejectsBlankTitlesDescriptionsAndServices() {
    assertThatThrownBy(() -> Topic.builder().id(TopicId.of("t")).title(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("title must not be blank but was \" \"");
    assertThatThrownBy(
            () ->
                Topic.builder()
                    .id(TopicId.of("t"))
                    .title("T")
                    .addNeededServices("housing", "")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("neededServices[1] must not be blank but was \"\"");
    assertThatThrownBy(
            () ->
                Series.builder()
                    .id(SeriesId.of("s"))
                    .topic(TopicId.of("t"))
                    .title("S")
                    .introduction("\t")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("introduction must not be blank but was \"\\u0009\"");
  }

  @Test
  void aSeriesIsOpenUntilConcluded() {
    Series open = Series.builder().id(SeriesId.of("s")).topic(TopicId.of("t")).title("S").build();
    assertThat(open.concluded()).isFalse();
    assertThat(CommunityFixtures.prisonReleaseSeries().concluded()).isTrue();
  }
}
