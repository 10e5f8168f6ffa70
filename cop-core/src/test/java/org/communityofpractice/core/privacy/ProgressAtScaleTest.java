package org.communityofpractice.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.junit.jupiter.api.Test;

/**
 * A series's progress (each action with the small steps that followed it) costs work in proportion
 * to the actions and steps, not to their product: 40,000 of each once took 22 s and 2.4 GB.
 */
class ProgressAtScaleTest {
  private static final int SESSIONS = 500;
  private static final int PER_SESSION = 100;

  /**
   * The prison-release series grown to 500 sessions of 100 actions, each followed by one small
   * step.
   */
  private static Community grown() {
    Community sotcop = CommunityFixtures.sotcop();
    Session template = sotcop.sessionsOf(CommunityFixtures.PRISON_RELEASE_SERIES).get(0);
    List<Session> sessions = new ArrayList<>(SESSIONS);
    for (int s = 0; s < SESSIONS; s++) {
      List<Action> actions = new ArrayList<>();
      List<SmallStep> steps = new ArrayList<>();
      for (int a = 0; a < PER_SESSION; a++) {
        actions.add(Action.builder().id(ActionId.of("a" + s + "." + a)).text("Act").build());
        if (s > 0) {
          steps.add(
              SmallStep.builder()
                  .text("Done")
                  .followsAction(ActionId.of("a" + (s - 1) + "." + a))
                  .build());
        }
      }
      sessions.add(
          Session.builder()
              .from(template)
              .id(SessionId.of("grown-" + s))
              .startsAt(template.startsAt().plusWeeks(s))
              .nextSession(Optional.empty())
              .actions(actions)
              .smallSteps(steps)
              .build());
    }
    return Community.builder().from(sotcop).sessions(sessions).build();
  }

  @Test
  void progressOf50000ActionsAndSmallStepsIsWorkedOutInLinearTime() {
    Community community = grown();
    DisclosurePolicy policy = DisclosurePolicy.asOf(Instant.parse("2030-01-01T00:00:00Z"));
    // quadratic work took minutes here; linear work takes well under a second on a busy machine
    PublishableSeries series =
        assertTimeoutPreemptively(
            Duration.ofSeconds(15),
            () -> policy.series(community, CommunityFixtures.PRISON_RELEASE_SERIES));
    assertThat(series.progress()).hasSize(SESSIONS * PER_SESSION);
    ActionProgress followed = series.progress().get(PER_SESSION + 7);
    assertThat(followed.action().id()).isEqualTo(ActionId.of("a1.7"));
    assertThat(followed.smallSteps())
        .singleElement()
        .satisfies(k -> assertThat(k.text()).isEqualTo("Done"));
    assertThat(series.progress().get(series.progress().size() - 1).smallSteps()).isEmpty();
  }
}
