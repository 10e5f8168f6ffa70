package org.communityofpractice.core.topic;

import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.Perspective;
import org.immutables.value.Value;

/**
 * A topic a community explores, and the perspectives that should be in the room for it ("Who should
 * be here?"). A topic is not an agenda.
 *
 * <pre>{@code
 * Topic prisonRelease = Topic.builder()
 *     .id(TopicId.of("prison-release"))
 *     .title("Prison release")
 *     .addNeededPerspective(Perspective.EXPERT_BY_EXPERIENCE)
 *     .addNeededPerspective(Perspective.FRONTLINE_PRACTITIONER)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Topic {
  Topic() {}

  /** {@return a builder for a topic, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Topic}. */
  public static final class Builder extends ImmutableTopic.Builder {
    Builder() {}
  }

  /** {@return the topic's id, unique within its community; never {@literal null}} */
  public abstract TopicId id();

  /** {@return the topic's title, such as "Prison release"; never {@literal null} or blank} */
  public abstract String title();

  /** {@return what the topic covers, in the community's words; empty when not given} */
  public abstract Optional<String> description();

  /**
   * {@return the perspectives that should be in the room for this topic; never {@literal null},
   * empty when none are named}
   */
  public abstract Set<Perspective> neededPerspectives();

  /**
   * Sectors or services whose absence the group noticed, in plain words, such as "the prison
   * service" when discussing prison release.
   *
   * @return the services, never {@literal null}, empty when none were noticed missing
   */
  public abstract Set<String> neededServices();

  @Value.Check
  void check() {
    Checks.text(title(), "title");
    description().ifPresent(d -> Checks.text(d, "description"));
    int i = 0;
    for (String service : neededServices()) {
      Checks.text(service, "neededServices[" + i++ + "]");
    }
  }
}
