package org.communityofpractice.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.consent.ConsentBasis;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Restriction;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;
import org.junit.jupiter.api.Test;

class DisclosurePolicyTest {
  private static final Instant CONSENTED = Instant.parse("2016-03-03T10:05:00Z");
  private static final Instant AS_OF = Instant.parse("2016-03-10T09:00:00Z");
  private static final PersonId CHAIR = PersonId.of("p-chair");
  private static final PersonId SAM = PersonId.of("p-sam");
  private static final PersonId ALEX = PersonId.of("p-alex");
  private static final PersonId JO = PersonId.of("p-jo");
  private static final PersonId KIM = PersonId.of("p-kim");

  private static Person person(
      PersonId id, String name, String role, Perspective perspective, Sector sector) {
    return Person.builder()
        .id(id)
        .name(name)
        .role(role)
        .place("Stoke-on-Trent")
        .contact(ContactDetails.email(id.value() + "@example.org"))
        .organisation("Org of " + name)
        .addPerspective(perspective)
        .sector(sector)
        .build();
  }

  private static ConsentTerms terms(PersonId who, ConsentPurpose purpose) {
    return ConsentTerms.builder()
        .person(who)
        .purpose(purpose)
        .at(CONSENTED)
        .method(ConsentMethod.PAPER_ATTENDANCE_LIST)
        .notice(NoticeVersion.of("2016-1"))
        .recordedBy(Actor.role("facilitator"))
        .build();
  }

  private static Community community(MemberRegister register, ConsentLedger consent) {
    Session session =
        Session.builder()
            .id(SessionId.of("s-1"))
            .topic(TopicId.of("prison-release"))
            .startsAt(ZonedDateTime.of(2016, 3, 3, 10, 0, 0, 0, ZoneId.of("Europe/London")))
            .venue(Venue.of("VOICES, Federation House"))
            .facilitator(CHAIR)
            .addAttendees(CHAIR, SAM, ALEX, JO, KIM)
            .presentation(
                Presentation.builder()
                    .kind(PresentationKind.CASE_STUDY)
                    .title("Leaving prison")
                    .presenter(KIM)
                    .duration(Duration.ofMinutes(5))
                    .perspective(Perspective.EXPERT_BY_EXPERIENCE)
                    .build())
            .addContribution(
                Contribution.of(ContributionKind.GOOD_PRACTICE, "A named contact in every prison")
                    .by(SAM))
            .addContribution(
                Contribution.of(ContributionKind.COMMENT, "Housing on release day").by(ALEX))
            .addContribution(Contribution.of(ContributionKind.COMMENT, "Buddy calls").by(JO))
            .addContribution(
                Contribution.of(ContributionKind.COMMENT, "Words of a restricted person").by(KIM))
            .addScaling(
                ScalingRound.builder()
                    .question(ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7))
                    .addRatings(Rating.by(SAM, 4), Rating.by(KIM, 9), Rating.anonymous(6))
                    .build())
            .build();
    return Community.builder()
        .id(CommunityId.of("sotcop"))
        .name("@SoTCoP")
        .place("Stoke-on-Trent")
        .register(register)
        .consent(consent)
        .addTopic(Topic.builder().id(TopicId.of("prison-release")).title("Prison release").build())
        .addSession(session)
        .build();
  }

  private static Community example() {
    MemberRegister register =
        MemberRegister.builder()
            .addPerson(
                person(CHAIR, "Steve Chair", "Chair", Perspective.NEUTRAL_EXPERT, Sector.VOLUNTARY))
            .addPerson(
                person(SAM, "Sam Named", "Housing Manager", Perspective.MANAGER, Sector.STATUTORY))
            .addPerson(
                person(
                    ALEX,
                    "Alex Alone",
                    "Probation Officer",
                    Perspective.FRONTLINE_PRACTITIONER,
                    Sector.STATUTORY))
            .addPerson(
                person(JO, "Jo Shared", "Housing Manager", Perspective.MANAGER, Sector.STATUTORY))
            .addPerson(
                person(
                        KIM,
                        "Kim Restricted",
                        "Expert Citizen",
                        Perspective.EXPERT_BY_EXPERIENCE,
                        Sector.COMMUNITY)
                    .withRestriction(
                        Restriction.of(CONSENTED, RestrictionGround.OBJECTION_PENDING)))
            .build();
    ConsentLedger consent =
        ConsentLedger.empty()
            .grant(terms(SAM, ConsentPurpose.NAMED_IN_REPORTS))
            .grant(terms(ALEX, ConsentPurpose.QUOTED_BY_ROLE))
            .grant(terms(JO, ConsentPurpose.QUOTED_BY_ROLE))
            .grant(terms(KIM, ConsentPurpose.NAMED_IN_REPORTS))
            .grant(terms(SAM, ConsentPurpose.COMMUNITY_COMMUNICATIONS))
            .grant(
                ConsentTerms.builder()
                    .from(terms(JO, ConsentPurpose.COMMUNITY_COMMUNICATIONS))
                    .basis(ConsentBasis.SOFT_OPT_IN)
                    .build())
            .grant(terms(KIM, ConsentPurpose.COMMUNITY_COMMUNICATIONS))
            .withdraw(terms(ALEX, ConsentPurpose.COMMUNITY_COMMUNICATIONS));
    return community(register, consent);
  }

  @Test
  void namesOnlyWithConsentQuotesByRoleOnlyWhenTheRoleIsSharedAndOtherwiseSaysACommunityMember() {
    PublishableSession s = DisclosurePolicy.asOf(AS_OF).session(example(), SessionId.of("s-1"));
    List<Attribution> by =
        s.contributions().stream().map(PublishableContribution::attribution).toList();
    assertThat(by)
        .containsExactly(
            Attribution.named("Sam Named"),
            Attribution
                .communityMember(), // the only probation officer: quoting by role would single Alex
            // out
            // Sam is also a housing manager, but is named, so "Housing Manager" could only ever be
            // Jo
            Attribution.communityMember());
    assertThat(s.facilitator()).isEqualTo(Attribution.communityMember());
  }

  @Test
  void quotingByRoleCountsOnlyPeopleWhoWouldBeShownThatWayAndShowsOneSpelling() {
    PersonId lee = PersonId.of("p-lee");
    PersonId max = PersonId.of("p-max");
    MemberRegister register =
        MemberRegister.builder()
            .addPerson(
                person(CHAIR, "Steve Chair", "Chair", Perspective.NEUTRAL_EXPERT, Sector.VOLUNTARY))
            .addPerson(
                person(SAM, "Sam Named", "Housing Manager", Perspective.MANAGER, Sector.STATUTORY))
            .addPerson(
                person(
                    ALEX,
                    "Alex Unasked",
                    "housing  manager",
                    Perspective.MANAGER,
                    Sector.STATUTORY))
            .addPerson(
                person(JO, "Jo Shared", "housing manager", Perspective.MANAGER, Sector.STATUTORY))
            .addPerson(
                person(
                        KIM,
                        "Kim Restricted",
                        "Housing Manager",
                        Perspective.MANAGER,
                        Sector.STATUTORY)
                    .withRestriction(
                        Restriction.of(CONSENTED, RestrictionGround.OBJECTION_PENDING)))
            .addPerson(
                person(
                    lee, "Lee Shared", "Housing  Manager ", Perspective.MANAGER, Sector.STATUTORY))
            .addPerson(
                person(max, "Max Third", "Housing Manager", Perspective.MANAGER, Sector.STATUTORY))
            .build();
    ConsentLedger consent =
        ConsentLedger.empty()
            .grant(terms(SAM, ConsentPurpose.NAMED_IN_REPORTS))
            .grant(terms(SAM, ConsentPurpose.QUOTED_BY_ROLE))
            .grant(terms(JO, ConsentPurpose.QUOTED_BY_ROLE))
            .grant(terms(KIM, ConsentPurpose.QUOTED_BY_ROLE))
            .grant(terms(lee, ConsentPurpose.QUOTED_BY_ROLE));
    Community community = meeting(register, consent, null, CHAIR, SAM, ALEX, JO, KIM, lee);
    // Sam is named, Alex never agreed, Kim is restricted: only Jo and Lee would be shown by role
    PublishableSession s = DisclosurePolicy.asOf(AS_OF).session(community, SessionId.of("s-1"));
    Attribution jo =
        DisclosurePolicy.asOf(AS_OF).attribution(community, community.sessions().get(0), JO);
    Attribution leeShown =
        DisclosurePolicy.asOf(AS_OF).attribution(community, community.sessions().get(0), lee);
    assertThat(jo).isEqualTo(leeShown);
    assertThat(jo.display()).isEqualTo("Housing Manager, Stoke-on-Trent");
    assertThat(s.contributions().get(3).attribution()).isEqualTo(jo);
    // a stricter policy wants three such people: Jo and Lee are then community members
    assertThat(
            DisclosurePolicy.asOf(AS_OF)
                .withRoleGroupMinimum(3)
                .attribution(community, community.sessions().get(0), JO))
        .isEqualTo(Attribution.communityMember());
    Community withMax =
        meeting(
            register,
            consent.grant(terms(max, ConsentPurpose.QUOTED_BY_ROLE)),
            null,
            CHAIR,
            SAM,
            JO,
            lee,
            max);
    assertThat(
            DisclosurePolicy.asOf(AS_OF)
                .withRoleGroupMinimum(3)
                .attribution(withMax, withMax.sessions().get(0), JO))
        .isEqualTo(jo);
  }

  /**
   * One session of {@code attendees} (the chair first), each saying one thing in turn; {@code
   * presenter}, if not null, gives a case study from lived experience.
   */
  private static Community meeting(
      MemberRegister register, ConsentLedger consent, PersonId presenter, PersonId... attendees) {
    Session.Builder session =
        Session.builder()
            .id(SessionId.of("s-1"))
            .topic(TopicId.of("prison-release"))
            .startsAt(ZonedDateTime.of(2016, 3, 3, 10, 0, 0, 0, ZoneId.of("Europe/London")))
            .venue(Venue.of("VOICES, Federation House"))
            .facilitator(CHAIR)
            .addAttendees(attendees);
    if (presenter != null) {
      session.presentation(
          Presentation.builder()
              .kind(PresentationKind.CASE_STUDY)
              .title("Leaving prison")
              .presenter(presenter)
              .duration(Duration.ofMinutes(5))
              .perspective(Perspective.EXPERT_BY_EXPERIENCE)
              .build());
    }
    for (PersonId a : attendees) {
      session.addContribution(
          Contribution.of(ContributionKind.COMMENT, "Words of " + a.value()).by(a));
    }
    return Community.builder()
        .id(CommunityId.of("sotcop"))
        .name("@SoTCoP")
        .place("Stoke-on-Trent")
        .register(register)
        .consent(consent)
        .addTopic(Topic.builder().id(TopicId.of("prison-release")).title("Prison release").build())
        .addSession(session.build())
        .build();
  }

  @Test
  void aWithdrawalMadeAfterTheAsOfInstantStillTakesEffectWhenPublishing() {
    Community withdrawn =
        Community.builder()
            .from(example())
            .consent(
                example()
                    .consent()
                    .withdraw(
                        terms(SAM, ConsentPurpose.NAMED_IN_REPORTS)
                            .withAt(AS_OF.plusSeconds(3600))))
            .build();
    PublishableSession s = DisclosurePolicy.asOf(AS_OF).session(withdrawn, SessionId.of("s-1"));
    assertThat(s.contributions().get(0).attribution()).isEqualTo(Attribution.communityMember());
    assertThat(
            DisclosurePolicy.asOf(AS_OF)
                .mailingList(
                    Community.builder()
                        .from(example())
                        .consent(
                            example()
                                .consent()
                                .withdraw(
                                    terms(SAM, ConsentPurpose.COMMUNITY_COMMUNICATIONS)
                                        .withAt(AS_OF.plusSeconds(60))))
                        .build())
                .recipients())
        .extracting(MailingList.Recipient::person)
        .doesNotContain(SAM);
  }

  @Test
  void aRestrictedPresentersPresentationAndTheActionsARestrictedPersonOwnsAreLeftOut() {
    Community c = example();
    Session s =
        Session.builder()
            .from(c.sessions().get(0))
            .addActions(
                Action.builder()
                    .id(ActionId.of("a-1"))
                    .text("Kim writes to the prison")
                    .addOwners(KIM)
                    .build(),
                Action.builder()
                    .id(ActionId.of("a-2"))
                    .text("Sam books the room")
                    .addOwners(SAM)
                    .build())
            .build();
    Community withActions = Community.builder().from(c).sessions(List.of(s)).build();
    PublishableSession published =
        DisclosurePolicy.asOf(AS_OF).session(withActions, SessionId.of("s-1"));
    assertThat(published.presentation()).isEmpty();
    assertThat(published.actions())
        .extracting(PublishableAction::text)
        .containsExactly("Sam books the room");
  }

  @Test
  void aLivedExperiencePresenterIsCreditedAsTheyChoseOnlyWithExplicitConsent() {
    MemberRegister register =
        MemberRegister.builder()
            .addPerson(
                person(CHAIR, "Steve Chair", "Chair", Perspective.NEUTRAL_EXPERT, Sector.VOLUNTARY))
            .addPerson(
                person(
                    KIM,
                    "Kim Credited",
                    "Expert Citizen",
                    Perspective.EXPERT_BY_EXPERIENCE,
                    Sector.COMMUNITY))
            .build();
    ConsentTerms explicitly =
        ConsentTerms.builder()
            .from(terms(KIM, ConsentPurpose.LIVED_EXPERIENCE_RECORDED))
            .explicitly(
                "I agree that my experience of prison is recorded and that I am credited for it")
            .build();
    ConsentLedger recordedOnly = ConsentLedger.empty().grant(explicitly);
    ConsentLedger credited =
        recordedOnly.grant(explicitly.withPurpose(ConsentPurpose.CREDITED_FOR_LIVED_EXPERIENCE));
    Community uncredited = meeting(register, recordedOnly, KIM, CHAIR, KIM);
    Community creditedCommunity = meeting(register, credited, KIM, CHAIR, KIM);

    assertThat(
            DisclosurePolicy.asOf(AS_OF)
                .session(uncredited, SessionId.of("s-1"))
                .presentation()
                .orElseThrow()
                .presenter())
        .isEqualTo(Attribution.communityMember());
    Attribution shown =
        DisclosurePolicy.asOf(AS_OF)
            .session(creditedCommunity, SessionId.of("s-1"))
            .presentation()
            .orElseThrow()
            .presenter();
    assertThat(shown.kind()).isEqualTo(Attribution.Kind.CREDITED);
    assertThat(shown.display()).isEqualTo("Expert Citizen");
    // withdrawing consent to be credited takes the credit away again
    Community withdrawn =
        meeting(
            register,
            credited.withdraw(
                explicitly
                    .withPurpose(ConsentPurpose.CREDITED_FOR_LIVED_EXPERIENCE)
                    .withAt(AS_OF.plusSeconds(60))),
            KIM,
            CHAIR,
            KIM);
    assertThat(
            DisclosurePolicy.asOf(AS_OF)
                .session(withdrawn, SessionId.of("s-1"))
                .presentation()
                .orElseThrow()
                .presenter())
        .isEqualTo(Attribution.communityMember());
  }

  @Test
  void livedExperienceIsNeverCountedAndReadsAsRepresentedOnlyFromAPresentationOrACredit() {
    MemberRegister register =
        MemberRegister.builder()
            .addPerson(
                person(CHAIR, "Steve Chair", "Chair", Perspective.NEUTRAL_EXPERT, Sector.VOLUNTARY))
            .addPerson(
                person(
                    SAM,
                    "Sam Newcomer",
                    "Volunteer",
                    Perspective.EXPERT_BY_EXPERIENCE,
                    Sector.COMMUNITY))
            .build();
    Community newcomer = meeting(register, ConsentLedger.empty(), null, CHAIR, SAM);
    Community without =
        meeting(
            MemberRegister.builder()
                .addPerson(register.find(CHAIR).orElseThrow())
                .addPerson(
                    Person.builder()
                        .from(register.find(SAM).orElseThrow())
                        .perspectives(List.of(Perspective.MANAGER))
                        .build())
                .build(),
            ConsentLedger.empty(),
            null,
            CHAIR,
            SAM);
    Representation with =
        DisclosurePolicy.asOf(AS_OF).session(newcomer, SessionId.of("s-1")).representation();
    Representation withoutNewcomer =
        DisclosurePolicy.asOf(AS_OF).session(without, SessionId.of("s-1")).representation();
    assertThat(with.livedExperiencePresent()).isFalse();
    assertThat(with.perspectives().count(Perspective.EXPERT_BY_EXPERIENCE)).isEmpty();
    assertThat(with.livedExperiencePresent()).isEqualTo(withoutNewcomer.livedExperiencePresent());
    // a case study told from lived experience says so, whoever presented it
    assertThat(
            DisclosurePolicy.asOf(AS_OF)
                .session(
                    meeting(register, ConsentLedger.empty(), CHAIR, CHAIR, SAM),
                    SessionId.of("s-1"))
                .representation()
                .livedExperiencePresent())
        .isTrue();
  }

  @Test
  void consentGivenAfterTheAsOfInstantDoesNotCount() {
    PublishableSession s =
        DisclosurePolicy.asOf(CONSENTED.minusSeconds(1)).session(example(), SessionId.of("s-1"));
    assertThat(s.contributions())
        .extracting(PublishableContribution::attribution)
        .containsOnly(Attribution.communityMember());
  }

  @Test
  void aRestrictedPersonsWordsAndRatingsAreLeftOutAndTheyCountOnlyInTheHeadcount() {
    PublishableSession s = DisclosurePolicy.asOf(AS_OF).session(example(), SessionId.of("s-1"));
    assertThat(s.contributions()).hasSize(3);
    assertThat(s.contributions())
        .extracting(PublishableContribution::text)
        .doesNotContain("Words of a restricted person");
    assertThat(s.scaling().get(0).statistics().orElseThrow().n()).isEqualTo(2);
    Representation r = s.representation();
    assertThat(r.headcount()).isEqualTo(5);
    assertThat(r.livedExperiencePresent()).isFalse();
    assertThat(r.sectors().total()).hasValue(5);
    assertThat(r.organisations()).isEqualTo(4);
    assertThat(s.presentation()).isEmpty(); // Kim, restricted, presented it
  }

  @Test
  void oneOrganisationSpeltInDifferentWaysIsCountedOnce() {
    String[] spellings = {
      "A Housing Charity", " a  housing charity ", "A housing\tcharity", "Probation", "probation"
    };
    PersonId[] ids = {CHAIR, SAM, ALEX, JO, KIM};
    MemberRegister.Builder register = MemberRegister.builder();
    for (int i = 0; i < ids.length; i++) {
      register.addPerson(
          Person.builder()
              .id(ids[i])
              .name("Person " + i)
              .organisation(spellings[i])
              .addPerspective(Perspective.MANAGER)
              .sector(Sector.STATUTORY)
              .build());
    }
    Representation r =
        DisclosurePolicy.asOf(AS_OF)
            .session(community(register.build(), ConsentLedger.empty()), SessionId.of("s-1"))
            .representation();
    assertThat(r.organisations()).isEqualTo(2);
    assertThat(r.perspectives().count(Perspective.MANAGER).orElseThrow().value()).hasValue(5);
    assertThat(r.sectors().total()).hasValue(5);
  }

  @Test
  void smallCountsReadFewerThanTheThresholdAndASingleSuppressedCellIsProtected() {
    Representation r =
        DisclosurePolicy.asOf(AS_OF)
            .withSuppressionThreshold(3)
            .session(example(), SessionId.of("s-1"))
            .representation();
    assertThat(r.sectors().count(Sector.STATUTORY))
        .hasValueSatisfying(c -> assertThat(c.value()).hasValue(3));
    assertThat(r.sectors().count(Sector.VOLUNTARY))
        .hasValueSatisfying(
            c -> assertThat(c.suppression()).isEqualTo(Count.Suppression.FEWER_THAN_THRESHOLD));
    assertThat(r.perspectives().count(Perspective.MANAGER).orElseThrow().toString())
        .isEqualTo("fewer than 3");
  }

  @Test
  void theEmailListFollowsConsentWithItsBasisAndLeavesOutRestrictedPeople() {
    MailingList list = DisclosurePolicy.asOf(AS_OF).mailingList(example());
    assertThat(list.recipients())
        .containsExactly(
            new MailingList.Recipient(SAM, "p-sam@example.org", ConsentBasis.CONSENT),
            new MailingList.Recipient(JO, "p-jo@example.org", ConsentBasis.SOFT_OPT_IN));
    assertThat(list.toString()).doesNotContain("@");
  }

  @Test
  void refusesASessionTheCommunityDoesNotHold() {
    assertThatThrownBy(() -> DisclosurePolicy.asOf(AS_OF).session(example(), SessionId.of("s-9")))
        .hasMessage("session must be a session of the community but was s-9");
  }

  @Test
  void theCommunitysOwnConsentRulesApplyWhateverThePolicySays() {
    Community twoYearRule =
        Community.builder()
            .from(example())
            .consentRules(
                org.communityofpractice.core.consent.ConsentRules.none()
                    .withExpiry(java.time.Period.ofYears(2)))
            .build();
    Instant threeYearsOn = CONSENTED.plus(Duration.ofDays(3 * 365));
    // the policy sets no expiry, but the community's archive does: Sam's 2016 consent no longer
    // names them
    assertThat(
            DisclosurePolicy.asOf(threeYearsOn)
                .session(twoYearRule, SessionId.of("s-1"))
                .contributions()
                .get(0)
                .attribution())
        .isEqualTo(Attribution.communityMember());
    assertThat(
            DisclosurePolicy.asOf(threeYearsOn)
                .session(example(), SessionId.of("s-1"))
                .contributions()
                .get(0)
                .attribution())
        .isEqualTo(Attribution.named("Sam Named"));
    assertThat(DisclosurePolicy.asOf(threeYearsOn).mailingList(twoYearRule).recipients()).isEmpty();
  }

  private static Community photographed(ConsentLedger consent, Artefact... artefacts) {
    Community c = example();
    Session s = Session.builder().from(c.sessions().get(0)).addArtefacts(artefacts).build();
    return Community.builder().from(c).consent(consent).sessions(List.of(s)).build();
  }

  @Test
  void aPhotographIsPublishedOnlyWhileEveryoneItShowsAgreedToBePhotographed() {
    Artefact chart = Artefact.of("chart.jpg", "The flip chart", "A flip chart of ideas");
    Artefact samAndJo =
        Artefact.of("room.jpg", "The room", "Two people by a flip chart")
            .picturing(List.of(SAM, JO));
    ConsentLedger onlySam = example().consent().grant(terms(SAM, ConsentPurpose.PHOTOGRAPHED));
    ConsentLedger both = onlySam.grant(terms(JO, ConsentPurpose.PHOTOGRAPHED));

    assertThat(
            DisclosurePolicy.asOf(AS_OF)
                .session(photographed(onlySam, chart, samAndJo), SessionId.of("s-1"))
                .artefacts())
        .extracting(Artefact::image)
        .containsExactly("chart.jpg");
    PublishableSession consented =
        DisclosurePolicy.asOf(AS_OF)
            .session(photographed(both, chart, samAndJo), SessionId.of("s-1"));
    assertThat(consented.artefacts())
        .extracting(Artefact::image)
        .containsExactly("chart.jpg", "room.jpg");
    // the view does not say who is in the picture
    assertThat(consented.artefacts()).allSatisfy(a -> assertThat(a.pictured()).isEmpty());
    // a withdrawal after the instant judged still takes the photograph out
    ConsentLedger withdrawn =
        both.withdraw(terms(JO, ConsentPurpose.PHOTOGRAPHED).withAt(AS_OF.plusSeconds(60)));
    assertThat(
            DisclosurePolicy.asOf(AS_OF)
                .session(photographed(withdrawn, samAndJo), SessionId.of("s-1"))
                .artefacts())
        .isEmpty();
  }

  @Test
  void aPhotographOfARestrictedPersonIsNotPublishedEvenWithTheirConsent() {
    Artefact kim =
        Artefact.of("kim.jpg", "The case study", "The presenter").picturing(List.of(KIM));
    ConsentLedger consent = example().consent().grant(terms(KIM, ConsentPurpose.PHOTOGRAPHED));
    assertThat(
            DisclosurePolicy.asOf(AS_OF)
                .session(photographed(consent, kim), SessionId.of("s-1"))
                .artefacts())
        .isEmpty();
  }

  @Test
  void aPhotographMayShowOnlyPeopleInTheRoom() {
    Session s = example().sessions().get(0);
    Artefact stranger =
        Artefact.of("x.jpg", "Caption", "Alt").picturing(List.of(PersonId.of("p-elsewhere")));
    assertThatThrownBy(() -> Session.builder().from(s).addArtefacts(stranger).build())
        .hasMessageStartingWith("artefacts[0].pictured[0] must be one of the session's attendees");
  }

  @Test
  void membersSeeOnlyTheContactDetailsOfPeopleWhoAgreedToShareThem() {
    ConsentLedger consent =
        example()
            .consent()
            .grant(terms(SAM, ConsentPurpose.CONTACT_SHARED_WITH_MEMBERS))
            .grant(terms(KIM, ConsentPurpose.CONTACT_SHARED_WITH_MEMBERS)) // restricted: not shared
            .grant(terms(JO, ConsentPurpose.CONTACT_SHARED_WITH_MEMBERS))
            .withdraw(
                terms(JO, ConsentPurpose.CONTACT_SHARED_WITH_MEMBERS)
                    .withAt(AS_OF.plusSeconds(60)));
    Community c = Community.builder().from(example()).consent(consent).build();
    MemberContacts contacts = DisclosurePolicy.asOf(AS_OF).memberContacts(c);
    assertThat(contacts.contacts())
        .containsExactly(
            new MemberContacts.Contact(
                SAM,
                "Sam Named",
                java.util.Optional.of("p-sam@example.org"),
                java.util.Optional.empty()));
    assertThat(contacts.toString()).doesNotContain("@").doesNotContain("Sam");
    assertThat(contacts.contacts().get(0).toString()).doesNotContain("@").doesNotContain("Sam");
    assertThat(DisclosurePolicy.asOf(AS_OF).memberContacts(example()).contacts()).isEmpty();
  }
}
