package org.communityofpractice.core.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.people.PersonId;

/**
 * Consent entries recorded out of the order of their dates — a paper form typed up late, a clock
 * set wrong — change what is derived from the ledger. cop lets a withdrawal win whatever its date;
 * a grant recorded late still needs a look, so the people concerned are listed.
 */
final class ConsentOutOfOrder extends GuideCheck.GuideRule {
  @Override
  public List<Finding> community(ReviewContext context) {
    List<ConsentEvent> late = context.community().consent().outOfOrder();
    if (late.isEmpty()) {
      return List.of();
    }
    Set<PersonId> people = new LinkedHashSet<>();
    late.forEach(e -> people.add(e.person()));
    return List.of(
        context
            .finding(code(), Severity.IMPORTANT)
            .noticed(
                late.size()
                    + " consent entries were recorded after entries for the same person and purpose"
                    + " dated later than them.")
            .tryNext(
                "Consider checking each against the paper or email it came from. A withdrawal counts"
                    + " whatever its date; a grant dated before a withdrawal does not outlast it.")
            .addEvidence(Evidence.count("entries", late.size()))
            .addEvidence(Evidence.ids("people", List.copyOf(people)))
            .build());
  }
}
