package org.communityofpractice.examples.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: a key (a user name, an address) may fail a limited number of times within a
 * window; beyond that it must wait until its oldest failure leaves the window. A success clears its
 * failures.
 */
final class Throttle {
  /** cop's own cap on keys followed, so a flood of made-up user names cannot fill memory. */
  private static final int MAX_KEYS = 10_000;

  private final int failures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failed = new ConcurrentHashMap<>();

  Throttle(int failures, Duration window, Clock clock) {
    this.failures = failures;
    this.window = window;
    this.clock = clock;
  }

  /** How long the key must still wait; empty when it may try now. */
  Optional<Duration> wait(String key) {
    Deque<Instant> times = failed.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      Instant now = clock.instant();
      while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
        times.removeFirst();
      }
      if (times.size() < failures) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
    }
  }

  void failed(String key) {
    if (failed.size() >= MAX_KEYS) {
      Instant now = clock.instant();
      failed
          .values()
          .removeIf(
              t -> {
                synchronized (t) {
                  return t.isEmpty() || !t.peekLast().plus(window).isAfter(now);
                }
              });
    }
    Deque<Instant> times = failed.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(clock.instant());
      while (times.size() > failures) {
        times.removeFirst();
      }
    }
  }

  void succeeded(String key) {
    failed.remove(key);
  }
}
