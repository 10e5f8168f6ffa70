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
            .noticed(
                without.size()
                    + " people have lived experience recorded in the register without explicit"
                    + " consent to record it in force: never given, withdrawn or lapsed.")
            .tryNext(
                "Consider asking each of them, in words they confirm, whether their lived experience may be"
                    + " recorded; where they say no or have withdrawn, remove the categories and the"
                    + " expert-by-experience perspective from their entry. Reports never show it meanwhile.")
            .addEvidence(Evidence.count("people", without.size()))
            .addEvidence(Evidence.ids("people_without_consent", without))
            .build());
  }
}
