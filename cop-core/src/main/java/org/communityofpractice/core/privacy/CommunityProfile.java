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
  /**
   * Checks the record.
   *
   * @param name its name, such as "@SoTCoP"; must not be {@literal null} or blank
   * @param place where it meets; must not be {@literal null} or blank
   * @param focus what it is about, if set; must not be {@literal null}
   * @param principles the principles members are reminded of ("No Name, No Blame, No Shame"); must
   *     not be {@literal null}
   * @param lifeCycleStage where it is in its life cycle; must not be {@literal null}
   * @param lifeCycleHistory the stages it has entered and when, oldest first, the last being {@code
   *     lifeCycleStage}; must not be {@literal null}
   * @param resources its resource list; must not be {@literal null}
   * @param legacy changes it helped bring about; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code name} or {@code
   *     place} is blank or holds forbidden characters
   */
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
