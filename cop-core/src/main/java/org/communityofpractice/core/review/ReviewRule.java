package org.communityofpractice.core.review;

import java.util.List;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;

/**
 * One check a {@link Review} runs. A rule looks at a session, a series or the whole community —
 * whichever it overrides — and returns what it noticed; the others return nothing. A community adds
 * its own rules next to the guide's:
 *
 * <pre>{@code
 * import org.communityofpractice.core.runningorder.StageKey;
 * ReviewRule noRefreshments = new ReviewRule() {
 *   public String code() { return "no-networking"; }
 *   public List<Finding> session(Session s, ReviewContext context) {
 *     return s.ran(StageKey.NETWORKING) ? List.of() : List.of(context.finding(code(), Severity.NOTE, s)
 *         .noticed("The session closed without time for networking.")
 *         .tryNext("Consider leaving time for farewells and the remaining refreshments.")
 *         .build());
 *   }
 * };
 * Review review = Review.guide().with(noRefreshments).build();
 * }</pre>
 *
 * <p>Findings must carry no personal data: build evidence with {@link Evidence} and keep the
 * sentences free of names and of anything someone said.
 */
public interface ReviewRule {
  /**
   * {@return the rule's code, unique within a review: 1..64 letters, digits, '.', '_' or '-'; never
   * {@literal null}}
   */
  String code();

  /**
   * What the rule notices about one session; nothing by default.
   *
   * @param session the session, held or planned; never {@literal null}
   * @param context the community, the instant and the settings of the review; never {@literal null}
   * @return the findings, never {@literal null}, empty when there is nothing to say
   */
  default List<Finding> session(Session session, ReviewContext context) {
    return List.of();
  }

  /**
   * What the rule notices about one series, whose sessions are {@code
   * context.community().sessionsOf(series.id())}; nothing by default.
   *
   * @param series the series; never {@literal null}
   * @param context the community, the instant and the settings of the review; never {@literal null}
   * @return the findings, never {@literal null}, empty when there is nothing to say
   */
  default List<Finding> series(Series series, ReviewContext context) {
    return List.of();
  }

  /**
   * What the rule notices about the whole community; nothing by default.
   *
   * @param context the community, the instant and the settings of the review; never {@literal null}
   * @return the findings, never {@literal null}, empty when there is nothing to say
   */
  default List<Finding> community(ReviewContext context) {
    return List.of();
  }
}
