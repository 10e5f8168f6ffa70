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
            .noticed(context.says(code(), "noticed", String.valueOf(late.size())))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("entries", late.size()))
            .addEvidence(Evidence.ids("people", List.copyOf(people)))
            .build());
  }
}
