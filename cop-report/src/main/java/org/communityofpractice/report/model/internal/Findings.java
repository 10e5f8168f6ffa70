package org.communityofpractice.report.model.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.Invitation;

/**
 * What a session report and a series report both carry about the conversation on their topic — the
 * topic, the conclusions, recommendations and questions for others, and the invitation to the next
 * session — checked here once for the two. Each report's constructor makes one and keeps the copies
 * it returns.
 *
 * @param topic the topic's title; not blank
 * @param conclusions the conclusions; none blank
 * @param recommendations the recommendations; none blank
 * @param questions the questions extracted for others to answer; none blank
 * @param nextSession the invitation to the next session, if one was agreed
 */
public record Findings(
    String topic,
    List<String> conclusions,
    List<String> recommendations,
    List<String> questions,
    Optional<Invitation> nextSession) {

  /**
   * Checks every part, naming it and never showing its text, and copies the lists.
   *
   * @throws NullPointerException if a part is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a text is blank,
   *     naming the part
   */
  public Findings {
    Require.text(topic, "topic");
    conclusions = Require.texts(conclusions, "conclusions");
    recommendations = Require.texts(recommendations, "recommendations");
    questions = Require.texts(questions, "questions");
    Objects.requireNonNull(nextSession, "nextSession");
  }
}
