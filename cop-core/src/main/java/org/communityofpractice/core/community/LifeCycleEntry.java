package org.communityofpractice.core.community;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a community's life-cycle history: a stage and the date the community entered it.
 *
 * <pre>{@code
 * LifeCycleEntry e = LifeCycleEntry.of(LifeCycleStage.PERFORMING, LocalDate.of(2017, 5, 4));
 * Community later = community.enteringStage(LifeCycleStage.ADJOURNING, LocalDate.of(2019, 3, 1));
 * }</pre>
 *
 * <p>The date may be unknown only for the first entry: the stage an archive recorded before it kept
 * a history.
 *
 * @param stage the stage entered, never {@literal null}
 * @param enteredOn the date it was entered, if known; never {@literal null}
 */
public record LifeCycleEntry(LifeCycleStage stage, Optional<LocalDate> enteredOn) {
  /**
   * Checks the record.
   *
   * @param stage the stage entered; must not be {@literal null}
   * @param enteredOn the date it was entered, or empty when not known; must not be {@literal null}
   * @throws NullPointerException if {@code stage} or {@code enteredOn} is {@literal null}
   */
  public LifeCycleEntry {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(enteredOn, "enteredOn");
  }

  /**
   * The stage entered on {@code enteredOn}.
   *
   * @param stage the stage entered; must not be {@literal null}
   * @param enteredOn the date it was entered; must not be {@literal null}
   * @return the entry, never {@literal null}
   */
  public static LifeCycleEntry of(LifeCycleStage stage, LocalDate enteredOn) {
    return new LifeCycleEntry(stage, Optional.of(Objects.requireNonNull(enteredOn, "enteredOn")));
  }

  /**
   * The stage entered on a date nobody recorded.
   *
   * @param stage the stage entered; must not be {@literal null}
   * @return the entry, with an empty date; never {@literal null}
   */
  public static LifeCycleEntry undated(LifeCycleStage stage) {
    return new LifeCycleEntry(stage, Optional.empty());
  }
}
