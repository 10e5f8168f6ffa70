package org.communityofpractice.core.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.topic.FollowUp;
import org.communityofpractice.core.topic.Series;

/**
 * "Distribute the findings. If necessary, follow up with an offer of a meeting or presentation."
 */
final class FollowUpDue extends GuideCheck.GuideRule {
  @Override
  public List<Finding> series(Series series, ReviewContext context) {
    LocalDate today = LocalDate.ofInstant(context.asOf(), ZoneOffset.UTC);
    List<Finding> findings = new ArrayList<>();
    for (FollowUp due : series.followUpsDue(today)) {
      findings.add(
          context
              .finding(code(), Severity.SUGGESTION, series)
              .noticed(
                  context.says(
                      code(),
                      "noticed",
                      String.valueOf(due.distributedOn()),
                      String.valueOf(due.due())))
              .tryNext(context.says(code(), "tryNext"))
              .addEvidence(
                  due.decisionMaker()
                      .person()
                      .map(p -> Evidence.id("decision_maker", p))
                      .orElseGet(
                          () ->
                              Evidence.id(
                                  "organisation",
                                  due.decisionMaker().organisation().orElseThrow())))
              .addEvidence(Evidence.date("distributed_on", due.distributedOn()))
              .addEvidence(Evidence.date("due", due.due()))
              .build());
    }
    return findings;
  }
}
