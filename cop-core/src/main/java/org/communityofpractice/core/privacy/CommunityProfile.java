package org.communityofpractice.core.privacy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.community.LegacyOutcome;
import org.communityofpractice.core.community.LifeCycleEntry;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.community.Principle;
import org.communityofpractice.core.community.Resource;
import org.communityofpractice.core.internal.Checks;

/**
 * What every report says about the community itself: no personal data here.
 *
 * @param name its name, such as "@SoTCoP"
 * @param place where it meets
 * @param focus what it is about, if set
 * @param principles the principles members are reminded of ("No Name, No Blame, No Shame")
 * @param lifeCycleStage where it is in its life cycle
 * @param lifeCycleHistory the stages it has entered and when, oldest first, the last being {@code
 *     lifeCycleStage}
 * @param resources its resource list
 * @param legacy changes it helped bring about
 */
public record CommunityProfile(
    String name,
    String place,
    Optional<String> focus,
    List<Principle> principles,
    LifeCycleStage lifeCycleStage,
    List<LifeCycleEntry> lifeCycleHistory,
    List<Resource> resources,
    List<LegacyOutcome> legacy) {
  public CommunityProfile {
    Checks.text(name, "name");
    Checks.text(place, "place");
    Objects.requireNonNull(focus, "focus");
    principles = List.copyOf(principles);
    Objects.requireNonNull(lifeCycleStage, "lifeCycleStage");
    lifeCycleHistory = List.copyOf(lifeCycleHistory);
    resources = List.copyOf(resources);
    legacy = List.copyOf(legacy);
  }
}
