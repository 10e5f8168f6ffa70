package org.communityofpractice.core.runningorder;

import org.communityofpractice.core.internal.Checks;

/**
 * Names a stage of a running order. The guide's stages have constants here; a community's own
 * running order may use keys of its own.
 *
 * <p>Keys order by their text, as every id in cop does: a hash map keyed by them then stays quick
 * even when a document chooses keys that share one hash.
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record StageKey(String value) implements Comparable<StageKey> {
  public static final StageKey MEET_AND_GREET = new StageKey("meet-and-greet");
  public static final StageKey WELCOME_NEW = new StageKey("welcome-new");
  public static final StageKey WELCOME_RETURNING = new StageKey("welcome-returning");
  public static final StageKey BEST_HOPES = new StageKey("best-hopes");
  public static final StageKey GONE_WELL = new StageKey("gone-well");
  public static final StageKey SMALL_STEPS = new StageKey("small-steps");
  public static final StageKey CHAIRS_SUMMARY = new StageKey("chairs-summary");
  public static final StageKey UPDATES = new StageKey("updates");
  public static final StageKey PRESENTATION = new StageKey("presentation");
  public static final StageKey GOOD_PRACTICE = new StageKey("good-practice");
  public static final StageKey CLARIFICATION = new StageKey("clarification");
  public static final StageKey DISCUSSION = new StageKey("discussion");
  public static final StageKey CONCLUSIONS = new StageKey("conclusions");
  public static final StageKey USEFULNESS = new StageKey("usefulness");
  public static final StageKey THANKS_AND_NEXT_DATE = new StageKey("thanks-and-next-date");
  public static final StageKey NETWORKING = new StageKey("networking");

  public StageKey {
    Checks.identifier(value, "stageKey");
  }

  public static StageKey of(String value) {
    return new StageKey(value);
  }

  @Override
  public String toString() {
    return value;
  }

  /** By the key's text. */
  // Written out, as PersonId's are: the record's go through a method handle, and the reader and the
  // model's checks look these ids up in sets for every session.
  @Override
  public boolean equals(Object o) {
    return o instanceof StageKey other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(StageKey other) {
    return value.compareTo(other.value);
  }
}
