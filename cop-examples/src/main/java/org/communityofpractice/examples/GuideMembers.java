package org.communityofpractice.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;

/**
 * The members of the guide's example community. The people are invented; the perspectives they
 * bring are the ones the guide's stories need. Everything else in the examples refers to them by
 * these ids: the register built here is the one home of their names and contact details. The ids
 * are minted ({@code PersonId.mint()}), so they carry nothing: not a name, nor a role that in a
 * small community points at one person.
 */
public final class GuideMembers {
  /** The facilichair: a solution-focused practitioner with no stake in the topics. */
  public static final PersonId FACILICHAIR = PersonId.of("p-sxgzkzw8zqr2");

  /** An Expert Citizen who has experienced life as a prisoner. */
  public static final PersonId EXPERT_CITIZEN = PersonId.of("p-w942hh3944b6");

  /** A social worker in adult social care: she raises lone working. */
  public static final PersonId SOCIAL_WORKER = PersonId.of("p-c675hgrb2spk");

  /** The manager of a housing charity. */
  public static final PersonId HOUSING_MANAGER = PersonId.of("p-78nxwtq19mz6");

  /** A support worker at a voluntary-sector homelessness service. */
  public static final PersonId SUPPORT_WORKER = PersonId.of("p-fb0pd29tg35j");

  /** A commissioner of services at the city council. */
  public static final PersonId COMMISSIONER = PersonId.of("p-m1dm6xcvq7c1");

  /** A researcher who volunteers to record sessions. */
  public static final PersonId RECORDER = PersonId.of("p-dj18hrrcqtc5");

  /** A former prison governor, invited as expert witness to the prison release series. */
  public static final PersonId FORMER_GOVERNOR = PersonId.of("p-p9r1nsm1msxw");

  /** How the example names the prison service, in the topic and in the governor's organisation. */
  public static final String PRISON_SERVICE = "the prison service";

  private GuideMembers() {}

  /** The privacy notice everyone was shown when they joined. */
  public static final NoticeVersion NOTICE = NoticeVersion.of("2016-1");

  /**
   * What each member agreed to, ticked on the paper attendance list at their first session (the
   * Expert Citizen's lived experience by a form in her own words, as explicit consent requires).
   * The facilichair agreed to be named; most agreed to be quoted by role; the support worker agreed
   * to neither, so reports show her as "a community member".
   */
  public static ConsentLedger consent() {
    Instant march = Instant.parse("2016-03-03T10:05:00Z");
    Instant april = Instant.parse("2016-04-07T10:05:00Z");
    ConsentLedger ledger = ConsentLedger.empty();
    for (PersonId id :
        List.of(
            FACILICHAIR,
            EXPERT_CITIZEN,
            SOCIAL_WORKER,
            HOUSING_MANAGER,
            SUPPORT_WORKER,
            COMMISSIONER,
            RECORDER)) {
      ledger = ledger.grant(ticked(id, ConsentPurpose.COMMUNITY_COMMUNICATIONS, march));
    }
    ledger = ledger.grant(ticked(FORMER_GOVERNOR, ConsentPurpose.COMMUNITY_COMMUNICATIONS, april));
    ledger = ledger.grant(ticked(FACILICHAIR, ConsentPurpose.NAMED_IN_REPORTS, march));
    for (PersonId id :
        List.of(
            FACILICHAIR, EXPERT_CITIZEN, SOCIAL_WORKER, HOUSING_MANAGER, COMMISSIONER, RECORDER)) {
      ledger = ledger.grant(ticked(id, ConsentPurpose.QUOTED_BY_ROLE, march));
    }
    ledger = ledger.grant(ticked(FORMER_GOVERNOR, ConsentPurpose.QUOTED_BY_ROLE, april));
    for (PersonId id : List.of(EXPERT_CITIZEN, SOCIAL_WORKER, RECORDER)) {
      ledger = ledger.grant(ticked(id, ConsentPurpose.RESEARCH_USE, march));
    }
    return ledger.grant(
        ConsentTerms.builder()
            .person(EXPERT_CITIZEN)
            .purpose(ConsentPurpose.LIVED_EXPERIENCE_RECORDED)
            .at(march)
            .method(ConsentMethod.FORM)
            .notice(NOTICE)
            .recordedBy(Actor.person(FACILICHAIR))
            .explicitly(
                "I agree that my experience of prison and of homelessness is recorded in the register")
            .build());
  }

  private static ConsentTerms ticked(PersonId person, ConsentPurpose purpose, Instant at) {
    return ConsentTerms.builder()
        .person(person)
        .purpose(purpose)
        .at(at)
        .method(ConsentMethod.PAPER_ATTENDANCE_LIST)
        .notice(NOTICE)
        .recordedBy(Actor.person(FACILICHAIR))
        .build();
  }

  /** The member register of the example community; never {@literal null}. */
  public static MemberRegister register() {
    return MemberRegister.builder()
        .addPerson(
            member(
                    FACILICHAIR,
                    "Morgan Hale",
                    "Facilichair",
                    Sector.INDEPENDENT,
                    Perspective.NEUTRAL_EXPERT)
                .organisation("VOICES")
                .contact(ContactDetails.email("morgan@example.org"))
                .build())
        .addPerson(
            member(
                    EXPERT_CITIZEN,
                    "Dee Turner",
                    "Expert Citizen",
                    Sector.COMMUNITY,
                    Perspective.EXPERT_BY_EXPERIENCE)
                .organisation("Expert Citizens CIC")
                .addLivedExperience(LivedExperience.CRIMINAL_JUSTICE, LivedExperience.HOMELESSNESS)
                .contact(ContactDetails.of("dee@example.org", "01782 000001"))
                .build())
        .addPerson(
            member(
                    SOCIAL_WORKER,
                    "Priya Shah",
                    "Social Worker",
                    Sector.STATUTORY,
                    Perspective.FRONTLINE_PRACTITIONER)
                .organisation("City Council Adult Social Care")
                .contact(ContactDetails.email("priya@example.org"))
                .build())
        .addPerson(
            member(
                    HOUSING_MANAGER,
                    "Tom Reid",
                    "Housing Manager",
                    Sector.VOLUNTARY,
                    Perspective.MANAGER,
                    Perspective.PROVIDER)
                .organisation("A housing charity")
                .contact(ContactDetails.email("tom@example.org"))
                .build())
        .addPerson(
            member(
                    SUPPORT_WORKER,
                    "Kim Lowe",
                    "Support Worker",
                    Sector.VOLUNTARY,
                    Perspective.FRONTLINE_PRACTITIONER)
                .organisation("A homelessness charity")
                .build())
        .addPerson(
            member(
                    COMMISSIONER,
                    "Ravi Patel",
                    "Commissioner",
                    Sector.STATUTORY,
                    Perspective.COMMISSIONER)
                .organisation("City Council")
                .contact(ContactDetails.email("ravi@example.org"))
                .build())
        .addPerson(
            member(RECORDER, "Lucy Ward", "Researcher", Sector.INDEPENDENT, Perspective.ACADEMIC)
                .organisation("A university")
                .build())
        .addPerson(
            member(
                    FORMER_GOVERNOR,
                    "Alan Brooks",
                    "Former Prison Governor",
                    Sector.STATUTORY,
                    Perspective.EXPERT_WITNESS)
                .organisation(PRISON_SERVICE)
                .joined(LocalDate.of(2016, 4, 7))
                .build())
        .build();
  }

  private static Person.Builder member(
      PersonId id, String name, String role, Sector sector, Perspective... perspectives) {
    return Person.builder()
        .id(id)
        .name(name)
        .role(role)
        .place("Stoke-on-Trent")
        .sector(sector)
        .addPerspectives(perspectives);
  }
}
