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
 * once agreed to community communications; among them, anyone whose agreement has
 * since expired or was given under an earlier notice needs asking again, and anyone who withdrew
 * needs leaving off.
 */
final class LapsedConsent extends GuideCheck.GuideRule {
  @Override
  public List<Finding> community(ReviewContext context) {
    ConsentLedger ledger = context.community().consent();
    List<PersonId> lapsed = new ArrayList<>();
    List<PersonId> withdrawn = new ArrayList<>();
    int onTheList = 0;
    for (Person p : context.community().register().people()) {
      if (p.isRestricted()) {
        continue; // not written to while restricted, whatever the ledger says
      }
      if (ledger.history(p.id(), ConsentPurpose.COMMUNITY_COMMUNICATIONS).stream().noneMatch(e -> e.isGrant())) {
        continue; // never on the list
      }
      onTheList++;
      ConsentStatus status =
          ledger.status(p.id(), ConsentPurpose.COMMUNITY_COMMUNICATIONS, context.asOf(), context.settings().consentRules());
      if (status.needsAskingAgain()) {
        lapsed.add(p.id());
      } else if (status == ConsentStatus.WITHDRAWN) {
        withdrawn.add(p.id());
      }
    }
    if (lapsed.isEmpty() && withdrawn.isEmpty()) {
      return List.of();
    }
    Finding.Builder f =
        context.finding(code(), Severity.IMPORTANT)
            .noticed(lapsed.size() + " of the " + onTheList + " people on the email list need asking"
                + " again before the next email, and " + withdrawn.size() + " asked to stop.")
            .tryNext("Consider asking those whose agreement has lapsed again at the next session,"
                + " as the attendance list is passed round, and leaving them off the list until"
                + " they say yes. People who withdrew are left off and not pressed.")
            .addEvidence(Evidence.count("on_email_list", onTheList))
            .addEvidence(Evidence.count("lapsed", lapsed.size()))
            .addEvidence(Evidence.count("withdrawn", withdrawn.size()));
    if (!lapsed.isEmpty()) {
      f.addEvidence(Evidence.ids("lapsed_people", lapsed));
    }
    if (!withdrawn.isEmpty()) {
      f.addEvidence(Evidence.ids("withdrawn_people", withdrawn));
    }
    return List.of(f.build());
  }
}
