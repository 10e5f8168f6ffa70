package org.communityofpractice.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Collectors;
import org.communityofpractice.core.analysis.CommunitySession;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.session.Session;
import org.junit.jupiter.api.Test;

class SyntheticNetworkTest {
  static final SyntheticNetwork NETWORK = SyntheticNetwork.builder().seed(7).communities(5).build();

  @Test
  void wholeCommunitiesAreValidWithTheirSeries() {
    for (int n : new int[] {0, 1, 6, 13}) {
      Community c = NETWORK.community(2, n);
      assertThat(c.sessions()).hasSize(n);
      assertThat(c.series()).hasSize(n == 0 ? 0 : (n - 1) / 6 + 1);
      if (n == 13) {
        assertThat(c.series().get(1).concluded()).isTrue();
        assertThat(c.series().get(2).concluded()).isFalse();
        assertThat(c.sessionsOf(c.series().get(1).id())).hasSize(6);
      }
    }
  }

  @Test
  void theSameSeedMakesTheSameSessionsAndAnotherSeedOthers() {
    List<Session> once =
        NETWORK.sessions(200).map(CommunitySession::session).collect(Collectors.toList());
    List<Session> again =
        SyntheticNetwork.builder()
            .seed(7)
            .communities(5)
            .build()
            .sessions(200)
            .map(CommunitySession::session)
            .collect(Collectors.toList());
    List<Session> other =
        SyntheticNetwork.builder()
            .seed(8)
            .communities(5)
            .build()
            .sessions(200)
            .map(CommunitySession::session)
            .collect(Collectors.toList());
    assertThat(again).isEqualTo(once);
    assertThat(other).isNotEqualTo(once);
    assertThat(SyntheticNetwork.builder().seed(7).communities(5).build().communities())
        .isEqualTo(NETWORK.communities());
  }

  @Test
  void theStreamHoldsTheSameSessionsAsTheWholeCommunity() {
    List<Session> streamed =
        NETWORK
            .sessions(5 * 13)
            .filter(cs -> cs.community().id().equals(NETWORK.communities().get(3).id()))
            .map(CommunitySession::session)
            .collect(Collectors.toList());
    assertThat(streamed).isEqualTo(NETWORK.community(3, 13).sessions());
  }

  @Test
  void theStreamIsLazy() {
    // a stream of a billion sessions costs nothing until it is consumed
    assertThat(NETWORK.sessions(1_000_000_000L).limit(3).count()).isEqualTo(3);
    assertThat(NETWORK.sessions(1_000_000_000L).spliterator().estimateSize())
        .isEqualTo(1_000_000_000L);
  }

  @Test
  void looksLikeARealNetwork() {
    List<Session> sessions =
        NETWORK.sessions(2_000).map(CommunitySession::session).collect(Collectors.toList());
    double meanHeadcount = sessions.stream().mapToInt(Session::headcount).average().orElseThrow();
    assertThat(meanHeadcount).isBetween(12.0, 28.0);
    List<Rating> ratings =
        sessions.stream()
            .flatMap(s -> s.scaling().stream())
            .flatMap(r -> r.ratings().stream())
            .collect(Collectors.toList());
    double anonymous =
        ratings.stream().filter(Rating::isAnonymous).count() / (double) ratings.size();
    assertThat(anonymous).isCloseTo(0.32, within(0.03));
    double withActions =
        sessions.stream().filter(s -> !s.actions().isEmpty()).count() / (double) sessions.size();
    assertThat(withActions).isCloseTo(0.75, within(0.05));
    assertThat(sessions.stream().filter(s -> !s.smallSteps().isEmpty()).count())
        .isGreaterThan(sessions.size() / 3);

    Community first = NETWORK.communities().get(0);
    List<Person> people = first.register().people();
    double lived =
        people.stream()
                .filter(p -> p.perspectives().contains(Perspective.EXPERT_BY_EXPERIENCE))
                .count()
            / (double) people.size();
    assertThat(lived).isBetween(0.05, 0.45);
    long consenting =
        NETWORK.communities().stream()
            .flatMap(
                c ->
                    c.register().people().stream()
                        .filter(
                            p ->
                                c.consent()
                                    .inForce(
                                        p.id(), ConsentPurpose.RESEARCH_USE, NETWORK.after(2_000))))
            .count();
    assertThat(consenting / (double) (5 * 40)).isBetween(0.65, 0.9);
    assertThat(
            NETWORK.communities().stream()
                .flatMap(c -> c.register().people().stream())
                .filter(Person::isRestricted))
        .isNotEmpty();
  }
}
