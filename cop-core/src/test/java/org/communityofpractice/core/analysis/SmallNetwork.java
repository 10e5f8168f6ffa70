package org.communityofpractice.core.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Restriction;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/**
 * A small fixed network whose figures are worked out by hand in {@link AnalysisTest}: community "a"
 * with a series of two sessions, and community "b" with one session outside any series.
 *
 * <pre>
 * a/s-1 2016-03-03  chair ec hw        ratings chair 4, ec 6, anonymous 5, hw 3   actions a-1 (hw, done 03-20), a-2
 * a/s-2 2016-04-07  chair ec rs        ratings chair 6, ec 8, rs 7, anonymous 9   small step follows a-1
 * b/s-1 2016-03-10  b-chair b-member   ratings anonymous 2, anonymous 10
 * research consent: chair, ec, rs (restricted), b-member;  not hw, not b-chair
 * </pre>
 */
final class SmallNetwork {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Instant AS_OF = Instant.parse("2016-06-01T00:00:00Z");
  static final ScalingQuestion Q = ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 5);
  static final PersonId CHAIR = PersonId.of("chair");
  static final PersonId EC = PersonId.of("ec");
  static final PersonId HW = PersonId.of("hw");
  static final PersonId RS = PersonId.of("rs");
  static final PersonId B_CHAIR = PersonId.of("b-chair");
  static final PersonId B_MEMBER = PersonId.of("b-member");
  static final TopicId T = TopicId.of("prison-release");
  static final SeriesId S = SeriesId.of("series-1");

  private SmallNetwork() {}

  static Person person(PersonId id, String org, Sector sector, Perspective... perspectives) {
    Person.Builder b =
        Person.builder().id(id).name("Name of " + id).organisation(org).sector(sector);
    for (Perspective p : perspectives) {
      b.addPerspective(p);
    }
    return b.build();
  }

  static ConsentTerms research(PersonId id) {
    return ConsentTerms.builder()
        .person(id)
        .purpose(ConsentPurpose.RESEARCH_USE)
        .at(Instant.parse("2016-01-01T00:00:00Z"))
        .method(ConsentMethod.FORM)
        .notice(NoticeVersion.of("2016-1"))
        .recordedBy(Actor.role("facilitator"))
        .build();
  }

  static ZonedDateTime day(int month, int day) {
    return ZonedDateTime.of(2016, month, day, 10, 0, 0, 0, LONDON);
  }

  static Community a() {
    MemberRegister register =
        MemberRegister.builder()
            .addPerson(person(CHAIR, "VOICES", Sector.VOLUNTARY, Perspective.PROVIDER))
            .addPerson(
                person(EC, "Expert Citizens", Sector.COMMUNITY, Perspective.EXPERT_BY_EXPERIENCE))
            .addPerson(person(HW, "Council", Sector.STATUTORY, Perspective.FRONTLINE_PRACTITIONER))
            .addPerson(
                person(
                        RS,
                        "Council",
                        Sector.STATUTORY,
                        Perspective.FRONTLINE_PRACTITIONER,
                        Perspective.MANAGER)
                    .withRestriction(
                        Restriction.of(
                            Instant.parse("2016-02-01T00:00:00Z"),
                            RestrictionGround.ACCURACY_CONTESTED)))
            .build();
    Session s1 =
        Session.builder()
            .id(SessionId.of("s-1"))
            .topic(T)
            .series(S)
            .startsAt(day(3, 3))
            .venue(Venue.of("Room"))
            .facilitator(CHAIR)
            .addAttendees(CHAIR, EC, HW)
            .addScaling(
                ScalingRound.builder()
                    .question(Q)
                    .addRating(Rating.by(CHAIR, 4))
                    .addRating(Rating.by(EC, 6))
                    .addRating(Rating.anonymous(5))
                    .addRating(Rating.by(HW, 3))
                    .build())
            .addAction(
                Action.builder()
                    .id(ActionId.of("a-1"))
                    .text("Share the checklist")
                    .addOwner(HW)
                    .completedOn(LocalDate.of(2016, 3, 20))
                    .build())
            .addAction(
                Action.builder().id(ActionId.of("a-2")).text("Ask the prison service").build())
            .addContribution(
                Contribution.of(ContributionKind.GOOD_PRACTICE, "one").at(StageKey.GOOD_PRACTICE))
            .addContribution(
                Contribution.of(ContributionKind.GOOD_PRACTICE, "two")
                    .at(StageKey.GOOD_PRACTICE)
                    .by(EC))
            .addContribution(
                Contribution.of(ContributionKind.COMMENT, "three").at(StageKey.DISCUSSION))
            .addContribution(Contribution.of(ContributionKind.QUESTION, "four"))
            .build();
    Session s2 =
        Session.builder()
            .id(SessionId.of("s-2"))
            .topic(T)
            .series(S)
            .startsAt(day(4, 7))
            .venue(Venue.of("Room"))
            .facilitator(CHAIR)
            .addAttendees(CHAIR, EC, RS)
            .runningOrder(RunningOrder.subsequentSession())
            .addScaling(
                ScalingRound.builder()
                    .question(Q)
                    .addRating(Rating.by(CHAIR, 6))
                    .addRating(Rating.by(EC, 8))
                    .addRating(Rating.by(RS, 7))
                    .addRating(Rating.anonymous(9))
                    .build())
            .addSmallStep(
                SmallStep.builder()
                    .text("Checklist used")
                    .noticedBy(EC)
                    .followsAction(ActionId.of("a-1"))
                    .build())
            .addContribution(
                Contribution.of(ContributionKind.GOOD_PRACTICE, "five").at(StageKey.GOOD_PRACTICE))
            .build();
    return Community.builder()
        .id(CommunityId.of("a"))
        .name("A")
        .place("Stoke-on-Trent")
        .register(register)
        .consent(
            ConsentLedger.empty().grant(research(CHAIR)).grant(research(EC)).grant(research(RS)))
        .addTopic(
            Topic.builder()
                .id(T)
                .title("Prison release")
                .addNeededPerspective(Perspective.EXPERT_BY_EXPERIENCE)
                .addNeededPerspective(Perspective.FRONTLINE_PRACTITIONER)
                .build())
        .addSeries(Series.builder().id(S).topic(T).title("Prison release").build())
        .addSession(s1)
        .addSession(s2)
        .build();
  }

  static Community b() {
    Session s =
        Session.builder()
            .id(SessionId.of("s-1"))
            .topic(T)
            .startsAt(day(3, 10))
            .venue(Venue.of("Cafe"))
            .facilitator(B_CHAIR)
            .addAttendees(B_CHAIR, B_MEMBER)
            .addScaling(
                ScalingRound.builder()
                    .question(Q)
                    .addRating(Rating.anonymous(2))
                    .addRating(Rating.anonymous(10))
                    .build())
            .build();
    return Community.builder()
        .id(CommunityId.of("b"))
        .name("B")
        .place("Leek")
        .register(
            MemberRegister.builder()
                .addPerson(person(B_CHAIR, "VOICES", Sector.VOLUNTARY, Perspective.NEUTRAL_EXPERT))
                .addPerson(person(B_MEMBER, "Cafe", Sector.COMMUNITY))
                .build())
        .consent(ConsentLedger.empty().grant(research(B_MEMBER)))
        .addTopic(Topic.builder().id(T).title("Prison release").build())
        .addSession(s)
        .build();
  }
}
