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
  /** The meet and greet, with refreshments: "there is no such thing as late". */
  public static final StageKey MEET_AND_GREET = new StageKey("meet-and-greet");

  /** Welcoming anyone who is new to the group, individually. */
  public static final StageKey WELCOME_NEW = new StageKey("welcome-new");

  /** Welcoming anyone who is not new to the group. */
  public static final StageKey WELCOME_RETURNING = new StageKey("welcome-returning");

  /**
   * Introductions and best hopes: "If this session is a good use of your time what will have
   * happened?"
   */
  public static final StageKey BEST_HOPES = new StageKey("best-hopes");

  /** What's gone well recently, or since the last session. */
  public static final StageKey GONE_WELL = new StageKey("gone-well");

  /** The small steps noticed since the last session. */
  public static final StageKey SMALL_STEPS = new StageKey("small-steps");

  /** The chair's summary of progress. */
  public static final StageKey CHAIRS_SUMMARY = new StageKey("chairs-summary");

  /** Updates on progress for this and other community topics. */
  public static final StageKey UPDATES = new StageKey("updates");

  /**
   * The presentation of the topic: a case study or an example of good practice, five minutes at
   * most.
   */
  public static final StageKey PRESENTATION = new StageKey("presentation");

  /** Examples of good practice related to the presentation. */
  public static final StageKey GOOD_PRACTICE = new StageKey("good-practice");

  /** Round-table clarification questions in turn. */
  public static final StageKey CLARIFICATION = new StageKey("clarification");

  /** The facilitated discussion: preferred future, what is working well, scaling. */
  public static final StageKey DISCUSSION = new StageKey("discussion");

  /** Recording conclusions, next steps and questions. */
  public static final StageKey CONCLUSIONS = new StageKey("conclusions");

  /** Final thoughts and the usefulness round. */
  public static final StageKey USEFULNESS = new StageKey("usefulness");

  /** Thanks, and the date of the next session. */
  public static final StageKey THANKS_AND_NEXT_DATE = new StageKey("thanks-and-next-date");

  /** Closing with networking. */
  public static final StageKey NETWORKING = new StageKey("networking");

  /**
   * Checks the key.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @throws NullPointerException if {@code value} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier
   */
  public StageKey {
    Checks.identifier(value, "stageKey");
  }

  /**
   * The key with the given value: one of the guide's, or one of a community's own.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @return the key, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier
   */
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
