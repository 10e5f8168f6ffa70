package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.json.ArchiveFormatException.Kind;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;
import org.junit.jupiter.api.Test;

/**
 * The consent ledger, restrictions, tombstones, the audit, the access report and the erasure log in
 * JSON.
 */
class ArchiveConsentJsonTest {
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();
  private static final Instant LATER = Instant.parse("2017-01-10T12:00:00Z");
  private static final Actor LEAD = Actor.role("data protection lead");

  /** The consented fixture after a restriction and an erasure: every rights record is present. */
  static Community withEveryRecord() {
    Community c = CommunityFixtures.sotcopWithConsent();
    c =
        DataSubjectRights.restrict(
                c, CommunityFixtures.PEER_MENTOR, RestrictionGround.ACCURACY_CONTESTED, LEAD, LATER)
            .result();
    return DataSubjectRights.erase(
            c,
            ErasureRequest.of(
                CommunityFixtures.SOCIAL_WORKER,
                LATER,
                Actor.person(CommunityFixtures.CHAIR),
                ErasureGround.REQUESTED_BY_PERSON))
        .result()
        .community();
  }

  @Test
  void consentRestrictionsTombstonesAndTheAuditRoundTrip() throws ArchiveFormatException {
    Community c = withEveryRecord();
    assertThat(c.register().tombstones()).hasSize(1);
    assertThat(c.register().audit()).hasSize(2);
    assertThat(c.register().restricted()).containsExactly(CommunityFixtures.PEER_MENTOR);
    String json = ARCHIVE.write(c);
    assertThat(ARCHIVE.read(json)).isEqualTo(c);
    assertThat(json)
        .contains("\"consent\": {\n    \"events\": [")
        .contains("\"explicit\": true")
        .contains("\"restriction\": {")
        .contains("\"tombstones\": [\n      {\n        \"id\": \"erased-1\"");
  }

  @Test
  void aGrantOfLivedExperienceThatIsNotExplicitIsRejectedAtItsPath() {
    ObjectNode tree = ARCHIVE.tree(CommunityFixtures.sotcopWithConsent());
    ArrayNode events = (ArrayNode) tree.get("consent").get("events");
    int i = indexOfPurpose(events, "LIVED_EXPERIENCE_RECORDED");
    ((ObjectNode) events.get(i).get("terms")).put("explicit", false).remove("confirmingWording");
    ArchiveFormatException e =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> ARCHIVE.read(ARCHIVE.pretty(tree)));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.path()).startsWith("$.consent.events[" + i + "]");
    assertThat(e.getMessage()).contains("explicit");
  }

  @Test
  void aDecisionOfSomeoneTheRegisterDoesNotHoldIsADanglingReference() {
    ObjectNode tree = ARCHIVE.tree(CommunityFixtures.sotcopWithConsent());
    ((ObjectNode) tree.get("consent").get("events").get(0).get("terms")).put("person", "p-nobody");
    ArchiveFormatException e =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> ARCHIVE.read(ARCHIVE.pretty(tree)));
    assertThat(e.kind()).isEqualTo(Kind.DANGLING_REFERENCE);
    assertThat(e.path()).isEqualTo("$.consent.events[0].terms.person");
  }

  @Test
  void aRecorderMustBeAPersonOrARoleAndARoleIsNeverQuoted() {
    ObjectNode tree = ARCHIVE.tree(CommunityFixtures.sotcopWithConsent());
    ObjectNode recordedBy =
        (ObjectNode) tree.get("consent").get("events").get(0).get("terms").get("recordedBy");
    recordedBy.put("role", "facilitator");
    ArchiveFormatException both =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> ARCHIVE.read(ARCHIVE.pretty(tree)));
    assertThat(both.path()).isEqualTo("$.consent.events[0].terms.recordedBy");
    assertThat(both.expectation()).isEqualTo("must hold a person or a role, not both");
    recordedBy.remove("person");
    recordedBy.put("role", "sam@example.org");
    ArchiveFormatException bad =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> ARCHIVE.read(ARCHIVE.pretty(tree)));
    assertThat(bad.path()).startsWith("$.consent.events[0].terms.recordedBy");
    assertThat(bad.getMessage()).doesNotContain("sam@example.org");
  }

  @Test
  void anUnknownFieldInAConsentDecisionIsRejected() {
    ObjectNode tree = ARCHIVE.tree(CommunityFixtures.sotcopWithConsent());
    ((ObjectNode) tree.get("consent").get("events").get(1)).put("note", "x");
    ArchiveFormatException e =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> ARCHIVE.read(ARCHIVE.pretty(tree)));
    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
    assertThat(e.path()).isEqualTo("$.consent.events[1].note");
  }

  @Test
  void theErasureLogRoundTripsAndIsReadStrictly() throws ArchiveFormatException {
    ErasureLog log =
        ErasureLog.empty()
            .append(
                new ErasureLog.Entry(
                    ErasureRequest.of(
                        CommunityFixtures.SOCIAL_WORKER,
                        LATER,
                        LEAD,
                        ErasureGround.REQUESTED_BY_PERSON),
                    PersonId.of("erased-1")))
            .append(
                new ErasureLog.Entry(
                    ErasureRequest.of(
                            CommunityFixtures.RESEARCHER,
                            LATER,
                            LEAD,
                            ErasureGround.CONSENT_WITHDRAWN)
                        .keepingContributionsUnattributed(),
                    PersonId.of("erased-2")));
    String json = ARCHIVE.writeErasureLog(log);
    assertThat(ARCHIVE.readErasureLog(json)).isEqualTo(log);
    assertThat(json).contains("\"tombstone\": \"erased-2\"");
    ArchiveFormatException missing =
        catchThrowableOfType(
            ArchiveFormatException.class,
            () ->
                ARCHIVE.readErasureLog(
                    json.replace("\"tombstone\": \"erased-2\"", "\"tombstone\": null")));
    assertThat(missing.path()).isEqualTo("$.erasures[1].tombstone");
    ArchiveFormatException e =
        catchThrowableOfType(
            ArchiveFormatException.class,
            () -> ARCHIVE.readErasureLog(json.replace("\"KEEP_UNATTRIBUTED\"", "\"KEEP\"")));
    assertThat(e.path()).isEqualTo("$.erasures[1].contributions");
  }

  @Test
  void theAccessReportHoldsTheEntryTheHistoryAndAnExplanationOfEveryField() {
    String json =
        ARCHIVE.writeAccessReport(
            DataSubjectRights.access(
                    CommunityFixtures.sotcopWithConsent(), CommunityFixtures.EXPERT_CITIZEN)
                .result());
    assertThat(json)
        .contains("\"name\": \"Sam Example\"")
        .contains("\"purpose\": \"LIVED_EXPERIENCE_RECORDED\"")
        .contains("\"roles\": [")
        .contains("\"explanations\": {")
        .contains("\"register.livedExperience\": ");
  }

  private static int indexOfPurpose(ArrayNode events, String purpose) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).get("terms").get("purpose").textValue().equals(purpose)) {
        return i;
      }
    }
    throw new AssertionError("no " + purpose);
  }
}
