package org.communityofpractice.core.review;

import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;

/**
 * Lived experience (the categories, or the expert-by-experience perspective) is special-category or
 * criminal-offence data: it may be held only with explicit consent in force. Anyone whose register
 * entry records it without that — never asked, withdrawn, expired or under an old notice — is
 * listed, so it can be removed or consent asked for. Reports leave it out either way.
 */
final class LivedExperienceWithoutConsent extends GuideCheck.GuideRule {
  @Override
  public List<Finding> community(ReviewContext context) {
    List<PersonId> without = new ArrayList<>();
    ConsentLedger consent = context.community().consent();
    for (Person p : context.community().register().people()) {
      boolean recorded = !p.livedExperience().isEmpty() || p.isExpertByExperience();
      if (recorded
          && !(consent.inForce(
                  p.id(),
                  ConsentPurpose.LIVED_EXPERIENCE_RECORDED,
                  context.asOf(),
                  context.settings().consentRules())
              && consent.inForce(
                  p.id(),
                  ConsentPurpose.LIVED_EXPERIENCE_RECORDED,
                  context.asOf(),
                  context.community().consentRules()))) {
        without.add(p.id());
      }
    }
    if (without.isEmpty()) {
      return List.of();
    }
    return List.of(
        context
            .finding(code(), Severity.IMPORTANT)
            .noticed(context.says(code(), "noticed", String.valueOf(without.size())))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("people", without.size()))
            .addEvidence(Evidence.ids("people_without_consent", without))
            .build());
  }
}
