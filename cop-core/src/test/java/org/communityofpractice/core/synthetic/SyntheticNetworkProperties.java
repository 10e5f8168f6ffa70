package org.communityofpractice.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.communityofpractice.core.analysis.CommunitySession;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.session.Session;

class SyntheticNetworkProperties {
  @Property(tries = 25)
  void everySeedAndShapeMakesValidCommunitiesThatTheStreamAgreesWith(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int communities,
      @ForAll @IntRange(min = 2, max = 30) int members,
      @ForAll @IntRange(min = 1, max = 8) int sessionsPerSeries,
      @ForAll @IntRange(min = 0, max = 15) int sessions) {
    SyntheticNetwork network =
        SyntheticNetwork.builder()
            .seed(seed)
            .communities(communities)
            .membersPerCommunity(members)
            .sessionsPerSeries(sessionsPerSeries)
            .build();
    int last = communities - 1;
    Community whole = network.community(last, sessions); // construction checks every invariant
    List<Session> streamed =
        network
            .sessions((long) communities * sessions)
            .filter(cs -> cs.community().id().equals(whole.id()))
            .map(CommunitySession::session)
            .collect(Collectors.toList());
    assertThat(streamed).isEqualTo(whole.sessions());
    assertThat(whole.register().size()).isEqualTo(members);
  }
}
