package org.communityofpractice.core.store;

import java.time.Duration;
import java.util.Objects;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * When the journal of a {@link LiveSession} forces what it wrote to the disk.
 *
 * <pre>{@code
 * Durability safe = Durability.everyEvent();                                  // the default
 * Durability fast = Durability.groupCommit(16, Duration.ofMillis(200));
 * }</pre>
 *
 * <p>{@link #everyEvent()} forces each event before its call returns ({@code FileChannel.force}):
 * once a record call has returned, neither a crash nor a power cut can lose the event.
 *
 * <p>{@link #groupCommit(int, Duration)} writes each event to the operating system before the call
 * returns but forces only every {@code maxEvents} events, when {@code maxDelay} has passed since
 * the first unforced one (checked at the next append), and when the live session is closed or
 * finished. <b>The risk:</b> a crash of the program still loses nothing (the operating system holds
 * the bytes), but a power cut, a flat battery or an operating-system crash can lose the events
 * written since the last force — up to {@code maxEvents - 1} of them, and, because the delay is
 * only checked when the next event comes, the last ones of a quiet spell. Use it only where the
 * disk is slow and losing a few moments of a conversation is acceptable.
 *
 * @param maxEvents force after this many unforced events; 1 forces every event
 * @param maxDelay force when the oldest unforced event is this old
 */
public record Durability(int maxEvents, Duration maxDelay) {
  /**
   * Checks the record.
   *
   * @param maxEvents force after this many unforced events; at least 1, and 1 forces every event
   * @param maxDelay force when the oldest unforced event is this old; must not be {@literal null}
   *     nor negative
   * @throws NullPointerException if {@code maxDelay} is {@literal null}
   * @throws InvalidValueException if a component is out of range, naming it
   */
  public Durability {
    if (maxEvents < 1) {
      throw InvalidValueException.of("maxEvents", "must be at least 1", maxEvents);
    }
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxDelay.isNegative()) {
      throw InvalidValueException.of("maxDelay", "must not be negative", maxDelay);
    }
  }

  /**
   * {@return durability that forces each event to the disk before its call returns, the default;
   * never {@literal null}}
   */
  public static Durability everyEvent() {
    return new Durability(1, Duration.ZERO);
  }

  /**
   * Events are forced in groups; see the class comment for the risk.
   *
   * @param maxEvents force after this many unforced events; at least 1
   * @param maxDelay force when the oldest unforced event is this old; must not be {@literal null}
   *     nor negative
   * @return the durability, never {@literal null}
   * @throws InvalidValueException if a value is out of range, naming it
   */
  public static Durability groupCommit(int maxEvents, Duration maxDelay) {
    return new Durability(maxEvents, maxDelay);
  }

  /** {@return whether every event is forced before its call returns} */
  public boolean forcesEveryEvent() {
    return maxEvents == 1;
  }
}
