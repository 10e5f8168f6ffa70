package org.communityofpractice.core.review;

import java.util.List;
import org.communityofpractice.core.people.Person;

/**
 * Ids go where names may not — sessions, review evidence, the erasure log, research tables — so
 * they must carry nothing about the person. Ids that look like a name, an email or a role are
 * counted, never listed (listing them would repeat what they give away).
 */
final class IdsThatLookPersonal extends GuideCheck.GuideRule {
  @Override
  public List<Finding> community(ReviewContext context) {
    long personal =
        context.community().register().people().stream()
            .map(Person::id)
            .filter(id -> id.looksPersonal())
            .count();
    if (personal == 0) {
      return List.of();
    }
    return List.of(
        context
            .finding(code(), Severity.SUGGESTION)
            .noticed(context.says(code(), "noticed", String.valueOf(personal)))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("people", personal))
            .build());
  }
}
