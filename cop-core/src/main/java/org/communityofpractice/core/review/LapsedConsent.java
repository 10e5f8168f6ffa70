package org.communityofpractice.core.review;

import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentStatus;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;

/**
 * "Beware of confidentiality and GDPR regulations at all points." The email list, as far as the
 * review sees it (it never reads contact details), is everyone in the register, not restricted, who
 * agreed to community communications and has not withdrawn; among them, anyone whose agreement has
 * since expired or was given under an earlier notice needs asking again. A withdrawal is a decision
 * to respect, not a problem to act on: the email list already leaves them out, so they raise
 * nothing.
 */
final class LapsedConsent extends GuideCheck.GuideRule {
  @Override
  public List<Finding> community(ReviewContext context) {
    ConsentLedger ledger = context.community().consent();
    List<PersonId> lapsed = new ArrayList<>();
    int onTheList = 0;
    for (Person p : context.community().register().people()) {
      if (p.isRestricted()) {
        continue; // not written to while restricted, whatever the ledger says
      }
      if (ledger.history(p.id(), ConsentPurpose.COMMUNITY_COMMUNICATIONS).stream()
          .noneMatch(e -> e.isGrant())) {
        continue; // never on the list
      }
      ConsentStatus status =
          ledger.status(
              p.id(),
              ConsentPurpose.COMMUNITY_COMMUNICATIONS,
              context.asOf(),
              context.settings().consentRules());
      if (status.inForce()) { // the community's own rules apply too
        status =
            ledger.status(
                p.id(),
                ConsentPurpose.COMMUNITY_COMMUNICATIONS,
                context.asOf(),
                context.community().consentRules());
      }
      if (status == ConsentStatus.WITHDRAWN) {
        continue; // they said stop, and are left off
      }
      onTheList++;
      if (status.needsAskingAgain()) {
        lapsed.add(p.id());
      }
    }
    if (lapsed.isEmpty()) {
      return List.of();
    }
    Finding.Builder f =
        context
            .finding(code(), Severity.IMPORTANT)
            .noticed(
                context.says(
                    code(), "noticed", String.valueOf(lapsed.size()), String.valueOf(onTheList)))
            .tryNext(context.says(code(), "tryNext"))
            .addEvidence(Evidence.count("on_email_list", onTheList))
            .addEvidence(Evidence.count("lapsed", lapsed.size()))
            .addEvidence(Evidence.ids("lapsed_people", lapsed));
    return List.of(f.build());
  }
}
