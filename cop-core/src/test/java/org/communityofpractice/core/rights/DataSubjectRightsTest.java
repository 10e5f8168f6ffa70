package org.communityofpractice.core.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.fixtures.CommunityFixtures.CHAIR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.EXPERT_CITIZEN;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOUSING_MANAGER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PEER_MENTOR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOCIAL_WORKER;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.AuditEntry;
import org.communityofpractice.core.people.AuditEntry.AuditAction;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.rights.internal.AccessGathering;
import org.junit.jupiter.api.Test;

class DataSubjectRightsTest {
  private static final Instant NOW = Instant.parse("2017-01-10T12:00:00Z");
  private static final Actor LEAD = Actor.role("data protection lead");
  private static final Community SOTCOP = CommunityFixtures.sotcopWithConsent();

  @Test
  void accessGathersEverythingHeldAboutThePersonWithAnExplanationForEveryField() {
    AccessReport report = DataSubjectRights.access(SOTCOP, EXPERT_CITIZEN).result();
    assertThat(report.entry()).isEqualTo(CommunityFixtures.expertCitizen());
    assertThat(report.consentHistory()).hasSize(2);
    assertThat(report.attendance()).hasSize(4);
    assertThat(report.said()).isNotEmpty();
    assertThat(report.ratings()).isNotEmpty();
    assertThat(report.rows()).allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
    assertThat(report.rows())
        .anySatisfy(
            r -> {
              assertThat(r.field()).isEqualTo("livedExperience");
              assertThat(r.value()).isEqualTo("CRIMINAL_JUSTICE HOMELESSNESS");
            });
    String csv = report.csv();
    assertThat(csv)
        .startsWith("section,item,field,value,explanation\r\n")
        .contains("register,1,name,Sam Example,");
    assertThat(report.table().rowCount()).isEqualTo(report.rows().size());
    assertThat(report.toString()).doesNotContain("Sam");
  }

  @Test
  void whatAccessFindsInSessionsPrintsAsCountsOnly() {
    AccessGathering found = AccessGathering.of(SOTCOP.sessions(), EXPERT_CITIZEN);
    assertThat(found.said()).isNotEmpty();
    assertThat(found.toString())
        .contains("said=" + found.said().size())
        .doesNotContain(found.said().get(0).text());
  }

  @Test
  void accessToSomeoneNotHeldIsRefusedNotThrown() {
    RequestOutcome<AccessReport> outcome =
        DataSubjectRights.access(SOTCOP, PersonId.of("p-nobody"));
    assertThat(outcome.isDone()).isFalse();
    assertThat(outcome.refusal()).map(Refusal::reason).contains(Refusal.Reason.NOT_HELD);
    assertThatThrownBy(outcome::result)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("NOT_HELD");
  }

  @Test
  void rectificationRecordsWhichFieldsChangedButNotTheirValues() {
    Person jo = SOTCOP.register().find(HOUSING_MANAGER).orElseThrow();
    Person corrected =
        Person.builder()
            .from(jo)
            .name("Joanne Example")
            .contact(ContactDetails.email("joanne@example.org"))
            .build();
    Community after = DataSubjectRights.rectify(SOTCOP, corrected, LEAD, NOW).result();
    assertThat(after.register().find(HOUSING_MANAGER)).contains(corrected);
    AuditEntry entry = after.register().audit().get(0);
    assertThat(entry)
        .isEqualTo(
            new AuditEntry(
                NOW,
                HOUSING_MANAGER,
                AuditAction.RECTIFIED,
                List.of("name", "contact.email"),
                LEAD));
    assertThat(entry.toString()).doesNotContain("Joanne").doesNotContain("Jo Example");
    assertThat(
            DisclosurePolicy.asOf(NOW)
                .session(after, CommunityFixtures.PRISON_RELEASE_1)
                .toString())
        .doesNotContain("Joanne");
  }

  @Test
  void aCorrectionThatChangesNothingIsRefused() {
    Person jo = SOTCOP.register().find(HOUSING_MANAGER).orElseThrow();
    assertThat(DataSubjectRights.rectify(SOTCOP, jo, LEAD, NOW).refusal())
        .map(Refusal::reason)
        .contains(Refusal.Reason.NOTHING_TO_RECTIFY);
  }

  @Test
  void livedExperienceIsRecordedOnlyWithExplicitConsentInForce() {
    Person alex = SOTCOP.register().find(SOCIAL_WORKER).orElseThrow();
    Person withLived =
        Person.builder().from(alex).addLivedExperience(LivedExperience.MENTAL_HEALTH).build();
    assertThat(DataSubjectRights.rectify(SOTCOP, withLived, LEAD, NOW).refusal())
        .map(Refusal::reason)
        .contains(Refusal.Reason.LIVED_EXPERIENCE_WITHOUT_EXPLICIT_CONSENT);
    Person sam = CommunityFixtures.expertCitizen();
    Person more =
        Person.builder().from(sam).addLivedExperience(LivedExperience.MENTAL_HEALTH).build();
    assertThat(DataSubjectRights.rectify(SOTCOP, more, LEAD, NOW).isDone()).isTrue();
  }

  @Test
  void restrictionKeepsThePersonOutOfReportsAndMailingUntilLifted() {
    Community restricted =
        DataSubjectRights.restrict(SOTCOP, CHAIR, RestrictionGround.ACCURACY_CONTESTED, LEAD, NOW)
            .result();
    assertThat(restricted.register().restricted()).containsExactly(CHAIR);
    assertThat(DisclosurePolicy.asOf(NOW).mailingList(restricted).recipients())
        .noneMatch(r -> r.person().equals(CHAIR));
    assertThat(
            DisclosurePolicy.asOf(NOW)
                .session(restricted, CommunityFixtures.PRISON_RELEASE_1)
                .facilitator()
                .kind())
        .isEqualTo(org.communityofpractice.core.privacy.Attribution.Kind.COMMUNITY_MEMBER);
    assertThat(
            DataSubjectRights.restrict(
                    restricted, CHAIR, RestrictionGround.OBJECTION_PENDING, LEAD, NOW)
                .refusal())
        .map(Refusal::reason)
        .contains(Refusal.Reason.ALREADY_RESTRICTED);

    Community lifted =
        DataSubjectRights.liftRestriction(restricted, CHAIR, LEAD, NOW.plusSeconds(60)).result();
    assertThat(lifted.register().restricted()).isEmpty();
    assertThat(lifted.register().audit())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.RESTRICTED, AuditAction.RESTRICTION_LIFTED);
    assertThat(DisclosurePolicy.asOf(NOW).mailingList(lifted).recipients())
        .anyMatch(r -> r.person().equals(CHAIR));
    assertThat(DataSubjectRights.liftRestriction(lifted, CHAIR, LEAD, NOW).refusal())
        .map(Refusal::reason)
        .contains(Refusal.Reason.NOT_RESTRICTED);
  }

  @Test
  void erasureIsRefusedWhileTheDataIsNeededForALegalClaim() {
    Community held =
        DataSubjectRights.restrict(
                SOTCOP, PEER_MENTOR, RestrictionGround.NEEDED_FOR_LEGAL_CLAIM, LEAD, NOW)
            .result();
    assertThat(
            DataSubjectRights.erase(
                    held,
                    ErasureRequest.of(PEER_MENTOR, NOW, LEAD, ErasureGround.REQUESTED_BY_PERSON))
                .refusal())
        .map(Refusal::reason)
        .contains(Refusal.Reason.HELD_FOR_LEGAL_CLAIM);
  }

  @Test
  void erasureLeavesATombstoneWithNoPersonalDataAndTheChairsIntroductionGoesWithTheChair() {
    Erasure erasure =
        DataSubjectRights.erase(
                SOTCOP, ErasureRequest.of(CHAIR, NOW, LEAD, ErasureGround.REQUESTED_BY_PERSON))
            .result();
    Community after = erasure.community();
    assertThat(erasure.tombstone().id()).isEqualTo(PersonId.of("erased-1"));
    assertThat(after.register().holds(CHAIR)).isFalse();
    assertThat(after.coreGroup()).doesNotContain(CHAIR);
    assertThat(after.consent().people()).doesNotContain(CHAIR);
    assertThat(after.sessions())
        .allSatisfy(
            s -> {
              assertThat(s.facilitator()).isEqualTo(PersonId.of("erased-1"));
              assertThat(s.chairsIntroduction()).isEmpty();
            });
    assertThat(after.register().audit())
        .containsExactly(
            new AuditEntry(NOW, PersonId.of("erased-1"), AuditAction.ERASED, List.of(), LEAD));
  }

  @Test
  void keepingWordsUnattributedIsAnExplicitChoice() {
    Community kept =
        DataSubjectRights.erase(
                SOTCOP,
                ErasureRequest.of(EXPERT_CITIZEN, NOW, LEAD, ErasureGround.REQUESTED_BY_PERSON)
                    .keepingContributionsUnattributed())
            .result()
            .community();
    Community removed =
        DataSubjectRights.erase(
                SOTCOP,
                ErasureRequest.of(EXPERT_CITIZEN, NOW, LEAD, ErasureGround.REQUESTED_BY_PERSON))
            .result()
            .community();
    int before = SOTCOP.sessions().stream().mapToInt(s -> s.contributions().size()).sum();
    long theirs =
        SOTCOP.sessions().stream()
            .flatMap(s -> s.contributions().stream())
            .filter(c -> c.by().filter(EXPERT_CITIZEN::equals).isPresent())
            .count();
    assertThat(theirs).isPositive();
    assertThat(kept.sessions().stream().mapToInt(s -> s.contributions().size()).sum())
        .isEqualTo(before);
    assertThat(removed.sessions().stream().mapToInt(s -> s.contributions().size()).sum())
        .isEqualTo(before - theirs);
  }

  // ---- erasure takes everything that is the person's ----

  private static Community withActions() {
    List<org.communityofpractice.core.session.Session> sessions =
        new java.util.ArrayList<>(SOTCOP.sessions());
    org.communityofpractice.core.session.Session last = sessions.remove(sessions.size() - 1);
    sessions.add(
        org.communityofpractice.core.session.Session.builder()
            .from(last)
            .addActions(
                org.communityofpractice.core.session.Action.builder()
                    .id(org.communityofpractice.core.session.ActionId.of("a-hers-alone"))
                    .text("Ring the probation office about my own release date")
                    .addOwners(EXPERT_CITIZEN)
                    .build())
            .addActions(
                org.communityofpractice.core.session.Action.builder()
                    .id(org.communityofpractice.core.session.ActionId.of("a-shared"))
                    .text("Draft the release-day leaflet together")
                    .addOwners(EXPERT_CITIZEN, CHAIR)
                    .build())
            .build());
    return Community.builder().from(SOTCOP).sessions(sessions).build();
  }

  @Test
  void erasureTakesThePresentationTitleAndPerspectiveOfTheirCaseStudy() {
    AccessReport before = DataSubjectRights.access(SOTCOP, EXPERT_CITIZEN).result();
    String title =
        before.said().stream()
            .filter(s -> s.what().equals("PRESENTATION"))
            .findFirst()
            .orElseThrow()
            .text();
    Community after =
        DataSubjectRights.erase(
                SOTCOP,
                ErasureRequest.of(EXPERT_CITIZEN, NOW, LEAD, ErasureGround.REQUESTED_BY_PERSON))
            .result()
            .community();
    assertThat(after.sessions())
        .flatExtracting(s -> s.presentation().stream().toList())
        .noneMatch(p -> p.title().equals(title))
        .noneMatch(
            p ->
                p.perspective()
                    .equals(
                        java.util.Optional.of(
                            org.communityofpractice.core.people.Perspective.EXPERT_BY_EXPERIENCE)))
        .anyMatch(
            p ->
                p.title().equals(Erasure.ERASED_TEXT)
                    && p.presenter().isEmpty()
                    && p.summary().isEmpty());
  }

  @Test
  void erasureTakesTheTextOfAnActionTheyAloneOwnedAndLeavesSharedOnesToTheOthers() {
    Community after =
        DataSubjectRights.erase(
                withActions(),
                ErasureRequest.of(EXPERT_CITIZEN, NOW, LEAD, ErasureGround.REQUESTED_BY_PERSON))
            .result()
            .community();
    var actions = after.actions();
    var alone = actions.get(org.communityofpractice.core.session.ActionId.of("a-hers-alone"));
    assertThat(alone.text()).isEqualTo(Erasure.ERASED_TEXT);
    assertThat(alone.owners()).isEmpty();
    var shared = actions.get(org.communityofpractice.core.session.ActionId.of("a-shared"));
    assertThat(shared.text()).isEqualTo("Draft the release-day leaflet together");
    assertThat(shared.owners()).containsExactly(CHAIR);
  }

  @Test
  void keptWordsKeepTitlesAndActionTextsButNeverThePerspective() {
    Community after =
        DataSubjectRights.erase(
                withActions(),
                ErasureRequest.of(EXPERT_CITIZEN, NOW, LEAD, ErasureGround.REQUESTED_BY_PERSON)
                    .keepingContributionsUnattributed())
            .result()
            .community();
    assertThat(
            after
                .actions()
                .get(org.communityofpractice.core.session.ActionId.of("a-hers-alone"))
                .text())
        .isEqualTo("Ring the probation office about my own release date");
    assertThat(after.sessions())
        .flatExtracting(s -> s.presentation().stream().toList())
        .noneMatch(
            p ->
                p.perspective()
                    .equals(
                        java.util.Optional.of(
                            org.communityofpractice.core.people.Perspective.EXPERT_BY_EXPERIENCE)));
  }

  @Test
  void theTombstoneDoesNotKeepTheirPlaceInTheAttendeeList() {
    Erasure erasure =
        DataSubjectRights.erase(
                SOTCOP,
                ErasureRequest.of(EXPERT_CITIZEN, NOW, LEAD, ErasureGround.REQUESTED_BY_PERSON))
            .result();
    PersonId opaque = erasure.tombstone().id();
    boolean checked = false;
    for (var s : SOTCOP.sessions()) {
      int place = s.attendees().indexOf(EXPERT_CITIZEN);
      if (place < 0) {
        continue;
      }
      List<PersonId> after = erasure.community().session(s.id()).orElseThrow().attendees();
      assertThat(after).endsWith(opaque).hasSameSizeAs(s.attendees());
      checked |= place != s.attendees().size() - 1;
    }
    assertThat(checked).as("the fixture has her somewhere other than last").isTrue();
  }
}
