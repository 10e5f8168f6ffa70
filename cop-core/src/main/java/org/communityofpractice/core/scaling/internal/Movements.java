package org.communityofpractice.core.scaling.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityofpractice.core.scaling.ScalingMovement;
import org.communityofpractice.core.scaling.ScalingStatistics;

/**
 * Gathers how each scaling question moved across sessions given in series order: the one place the
 * movement is worked out, for a community's own view ({@code Community.scalingMovement}) and for
 * the publishable one. A question is known by its text; a round without ratings adds no point.
 */
public final class Movements {
  private final Map<String, List<ScalingMovement.Point>> points = new LinkedHashMap<>();

  /**
   * Adds one round of one session.
   *
   * @param session the session's id
   * @param date the day the session was held
   * @param question the round's question text
   * @param statistics the round's statistics, empty when it had no ratings
   */
  public void add(
      String session, LocalDate date, String question, Optional<ScalingStatistics> statistics) {
    if (statistics.isPresent()) {
      points
          .computeIfAbsent(question, q -> new ArrayList<>())
          .add(new ScalingMovement.Point(session, date, statistics.get()));
    }
  }

  /** {@return each question's movement by its text, in the order the questions were first asked} */
  public Map<String, ScalingMovement> byQuestion() {
    Map<String, ScalingMovement> movement = new LinkedHashMap<>();
    for (Map.Entry<String, List<ScalingMovement.Point>> q : points.entrySet()) {
      movement.put(q.getKey(), new ScalingMovement(q.getKey(), q.getValue()));
    }
    return movement;
  }
}
