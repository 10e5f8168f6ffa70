package org.communityofpractice.core.topic;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * A series of sessions on one topic. Sessions name their series; the community keeps them in date
 * order, so the series itself holds no list that could drift.
 *
 * <pre>{@code
 * Series series = Series.builder()
 *     .id(SeriesId.of("prison-release-2016"))
 *     .topic(TopicId.of("prison-release"))
 *     .title("Prison release")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Series {
  Series() {}

  /** {@return a builder for a series, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Series}. */
  public static final class Builder extends ImmutableSeries.Builder {
    Builder() {}
  }

  /** {@return the series' id, unique within its community; never {@literal null}} */
  public abstract SeriesId id();

  /** {@return the topic every session of the series explores, never {@literal null}} */
  public abstract TopicId topic();

  /** {@return the series' title, as reports show it; never {@literal null} or blank} */
  public abstract String title();

  /** {@return the chair's introduction for the series report, empty when there is none} */
  public abstract Optional<String> introduction();

  /** {@return whether the series has ended: no further session is expected} */
  @Value.Default
  public boolean concluded() {
    return false;
  }

  /**
   * Who the series' findings go to when it is complete: "Identify the key influencers, groups and
   * Boards": people in the register ({@link DecisionMaker.InRegister}) and organisations at their
   * generic address ({@link Organisation}). Each at most once.
   *
   * @return the decision makers, each at most once; never {@literal null}, empty when there are
   *     none
   */
  public abstract List<DecisionMaker> decisionMakers();

  /**
   * {@return the follow-ups owed to decision makers the findings went to, oldest first; never
   * {@literal null}}
   */
  public abstract List<FollowUp> followUps();

  /**
   * Each time the series' report went to the email list or its findings to its decision makers,
   * oldest first: when, to which list and to how many (who they were is in the store's send log),
   * at most once per circulation.
   *
   * @return the circulations, oldest first; never {@literal null}, empty before the first
   */
  public abstract List<CirculationRecord> circulations();

  /**
   * The follow-ups not yet made whose date has come by {@code today}.
   *
   * @param today the day to judge by; must not be {@literal null}
   * @return the follow-ups due, oldest first; never {@literal null}, empty when none is due
   */
  public List<FollowUp> followUpsDue(java.time.LocalDate today) {
    return followUps().stream().filter(f -> f.isDue(today)).toList();
  }

  @Value.Check
  void check() {
    Checks.text(title(), "title");
    introduction().ifPresent(i -> Checks.text(i, "introduction"));
    Set<RecipientId> seen = new java.util.HashSet<>();
    for (int i = 0; i < decisionMakers().size(); i++) {
      RecipientId r = decisionMakers().get(i).recipient();
      if (!seen.add(r)) {
        throw InvalidValueException.of(
            "decisionMakers["
                + i
                + "]."
                + (r.kind() == RecipientId.Kind.PERSON ? "person" : "organisation"),
            "must be unique",
            r.value());
      }
    }
    Set<String> circulated = new java.util.HashSet<>();
    for (int i = 0; i < circulations().size(); i++) {
      CirculationRecord c = circulations().get(i);
      if (i > 0 && c.on().isBefore(circulations().get(i - 1).on())) {
        throw InvalidValueException.of(
            "circulations[" + i + "].on",
            "must not be before the circulation recorded before it, oldest first",
            c.on());
      }
      if (!circulated.add(c.circulation())) {
        throw InvalidValueException.of(
            "circulations[" + i + "].circulation", "must not repeat", c.circulation());
      }
    }
    Set<RecipientId> known =
        decisionMakers().stream().map(DecisionMaker::recipient).collect(Collectors.toSet());
    Checks.allKnown(
        followUps().stream().map(FollowUp::decisionMaker).toList(),
        known,
        "followUps",
        "must name a decision maker of the series");
  }
}
