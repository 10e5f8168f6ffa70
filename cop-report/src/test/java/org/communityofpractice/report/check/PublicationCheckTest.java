package org.communityofpractice.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.SessionReport;
import org.junit.jupiter.api.Test;

class PublicationCheckTest {
  private static final DisclosurePolicy POLICY =
      DisclosurePolicy.asOf(Instant.parse("2016-04-10T09:00:00Z"));
  private static final Community COMMUNITY = CommunityFixtures.sotcopWithConsent();
  private static final PublicationCheck CHECK = PublicationCheck.of(COMMUNITY, POLICY);

  @Test
  void findsTheNameOfSomeoneWhoDidNotConsentWhateverItsCaseAndAccents() {
    // Sam Example, the Expert Citizen, did not consent to be named
    assertThat(CHECK.check("conclusions[0]", "We agreed SAM EXAMPLE would lead on this."))
        .containsExactly(
            new PublicationFinding(
                "conclusions[0]",
                PublicationFinding.Kind.NAME,
                Optional.of(CommunityFixtures.EXPERT_CITIZEN)));
    assertThat(CHECK.check("title", "Sâm  Exámple’s story"))
        .extracting(PublicationFinding::person)
        .containsExactly(Optional.of(CommunityFixtures.EXPERT_CITIZEN));
  }

  @Test
  void findsAFirstNameOnlyOneRegisteredPersonHas() {
    assertThat(CHECK.check("questions[1]", "Could Drew say more about the peer mentors?"))
        .extracting(PublicationFinding::person)
        .containsExactly(Optional.of(CommunityFixtures.PEER_MENTOR));
  }

  @Test
  void staysSilentOnTheNameOfSomeoneWhoConsentedAndOnWordsInsideOtherWords() {
    // the chair and the housing manager consented to be named
    assertThat(
            CHECK.check("introduction", "Steve Example welcomed everyone; Jo Example summed up."))
        .isEmpty();
    assertThat(CHECK.check("conclusions[0]", "Samples of good practice; Drewsbury's example"))
        .isEmpty();
  }

  @Test
  void findsAnyEmailAddressOrPhoneNumberAndSaysWhoseWhenTheRegisterKnows() {
    List<PublicationFinding> found =
        CHECK.check(
            "recommendations[0]",
            "Write to alex@example.org or ring +44 (1782) 000002; the council is on someone@council.example.gov.uk");
    assertThat(found)
        .containsExactlyInAnyOrder(
            new PublicationFinding(
                "recommendations[0]",
                PublicationFinding.Kind.EMAIL,
                Optional.of(CommunityFixtures.SOCIAL_WORKER)),
            new PublicationFinding(
                "recommendations[0]",
                PublicationFinding.Kind.PHONE,
                Optional.of(CommunityFixtures.SOCIAL_WORKER)),
            new PublicationFinding(
                "recommendations[0]", PublicationFinding.Kind.EMAIL, Optional.empty()));
  }

  @Test
  void namesTheFieldOfAReportAndThePersonButNeverTheText() {
    SessionReport report =
        ReportComposer.of(POLICY).session(COMMUNITY, CommunityFixtures.PRISON_RELEASE_2);
    SessionReport planted =
        Plant.plant(report, "conclusions[0]", " Thanks to Sam Example for the story.");
    List<PublicationFinding> found = CHECK.check(planted);
    assertThat(found)
        .containsExactly(
            new PublicationFinding(
                "conclusions[0]",
                PublicationFinding.Kind.NAME,
                Optional.of(CommunityFixtures.EXPERT_CITIZEN)));
    assertThat(found.get(0).toString()).doesNotContain("Sam").contains("p-expert-citizen");
    assertThat(CHECK.check(report)).isEmpty();
  }

  @Test
  void redactingAFindingTakesOutOnlyWhatItFoundInItsField() {
    SessionReport report =
        ReportComposer.of(POLICY).session(COMMUNITY, CommunityFixtures.PRISON_RELEASE_2);
    SessionReport planted =
        Plant.plant(
            Plant.plant(
                report,
                "recommendations[0]",
                " Write to alex@example.org or ring +44 (1782) 000002; the council is on someone@council.example.gov.uk"),
            "conclusions[0]",
            " Thanks to SAM Example, and to Sam again.");
    PublicationFinding alexEmail =
        new PublicationFinding(
            "recommendations[0]",
            PublicationFinding.Kind.EMAIL,
            Optional.of(CommunityFixtures.SOCIAL_WORKER));
    PublicationFinding alexPhone =
        new PublicationFinding(
            "recommendations[0]",
            PublicationFinding.Kind.PHONE,
            Optional.of(CommunityFixtures.SOCIAL_WORKER));
    PublicationFinding sam =
        new PublicationFinding(
            "conclusions[0]",
            PublicationFinding.Kind.NAME,
            Optional.of(CommunityFixtures.EXPERT_CITIZEN));
    assertThat(CHECK.check(planted)).contains(alexEmail, alexPhone, sam);

    SessionReport noEmail = (SessionReport) CHECK.redact(planted, alexEmail);
    assertThat(noEmail.recommendations().get(0))
        .endsWith(
            " Write to [removed] or ring +44 (1782) 000002; the council is on someone@council.example.gov.uk");
    SessionReport noPhone = (SessionReport) CHECK.redact(noEmail, alexPhone);
    assertThat(noPhone.recommendations().get(0)).contains("or ring [removed];");
    SessionReport noSam = (SessionReport) CHECK.redact(noPhone, sam);
    assertThat(noSam.conclusions().get(0))
        .endsWith(" Thanks to [removed], and to [removed] again.");
    assertThat(CHECK.check(noSam)).doesNotContain(alexEmail, alexPhone, sam);
    assertThat(noSam.conclusions().subList(1, noSam.conclusions().size()))
        .isEqualTo(planted.conclusions().subList(1, planted.conclusions().size()));
  }
}
