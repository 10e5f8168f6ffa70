package org.communityofpractice.core.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/**
 * The guide's prison release series, told so that every check of the guide stays silent; each test
 * changes the one thing its check is about.
 */
final class GuideScenario {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final PersonId CHAIR = PersonId.of("p-chair");
  static final PersonId EXPERT_CITIZEN = PersonId.of("p-expert-citizen");
  static final PersonId HOUSING = PersonId.of("p-housing");
  static final PersonId NEUTRAL = PersonId.of("p-neutral");
  static final PersonId GOVERNOR = PersonId.of("p-governor");
  static final PersonId PROBATION = PersonId.of("p-probation");
  static final TopicId PRISON_RELEASE = TopicId.of("prison-release");
  static final SeriesId SERIES = SeriesId.of("prison-release-2016");

  /** Well after the last session, with its report circulated. */
  static final Instant AS_OF = Instant.parse("2016-06-01T12:00:00Z");

  private GuideScenario() {}

  static Person person(
      PersonId id, String role, String organisation, Perspective perspective, Sector sector) {
    return Person.builder()
        .id(id)
        .name("Member " + id.value())
        .role(role)
        .organisation(organisation)
        .addPerspective(perspective)
        .sector(sector)
        .build();
  }

  static MemberRegister register() {
    return MemberRegister.builder()
        .addPerson(person(CHAIR, "Facilitator", "VOICES", Perspective.PROVIDER, Sector.VOLUNTARY))
        .addPerson(
            person(
                EXPERT_CITIZEN,
                "Expert Citizen",
                "Expert Citizens C.I.C.",
                Perspective.EXPERT_BY_EXPERIENCE,
                Sector.COMMUNITY))
        .addPerson(
            person(
                HOUSING,
                "Housing Officer",
                "City Council",
                Perspective.FRONTLINE_PRACTITIONER,
                Sector.STATUTORY))
        .addPerson(
            person(
                NEUTRAL,
                "Retired Librarian",
                "None",
                Perspective.NEUTRAL_EXPERT,
                Sector.INDEPENDENT))
        .addPerson(
            person(
                GOVERNOR,
                "Former Prison Governor",
                "Independent",
                Perspective.EXPERT_WITNESS,
                Sector.INDEPENDENT))
        .addPerson(
            person(
                PROBATION,
                "Probation Officer",
                "National Probation Service",
                Perspective.FRONTLINE_PRACTITIONER,
                Sector.STATUTORY))
        .build();
  }

  static Topic topic() {
    return Topic.builder()
        .id(PRISON_RELEASE)
        .title("Prison release")
        .addNeededPerspective(Perspective.EXPERT_BY_EXPERIENCE)
        .addNeededPerspective(Perspective.FRONTLINE_PRACTITIONER)
        .addNeededService("the prison service")
        .build();
  }

  static ZonedDateTime month(int m) {
    return ZonedDateTime.of(2016, m, 3, 10, 0, 0, 0, LONDON);
  }

  /** A session the guide would be glad of: every check stays silent on it. */
  static Session.Builder goodSession(int n) {
    ZonedDateTime start = month(n + 1);
    RunningOrder order = n == 1 ? RunningOrder.firstSession() : RunningOrder.subsequentSession();
    Session.Builder b =
        Session.builder()
            .id(SessionId.of("s-" + n))
            .topic(PRISON_RELEASE)
            .series(SERIES)
            .startsAt(start)
            .venue(Venue.of("VOICES, Federation House"))
            .facilitator(CHAIR)
            .addAttendees(CHAIR, EXPERT_CITIZEN, HOUSING, NEUTRAL, GOVERNOR)
            .runningOrder(order)
            .addStagesRun(
                StageKey.BEST_HOPES,
                StageKey.PRESENTATION,
                StageKey.DISCUSSION,
                StageKey.USEFULNESS)
            .addBestHope(BestHope.by(HOUSING, "Leave with one thing to change on Monday"))
            .presentation(
                Presentation.builder()
                    .kind(PresentationKind.CASE_STUDY)
                    .title("Released on a Friday")
                    .presenter(EXPERT_CITIZEN)
                    .duration(Duration.ofMinutes(5))
                    .perspective(Perspective.EXPERT_BY_EXPERIENCE)
                    .build())
            .addScaling(
                ScalingRound.builder()
                    .question(ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7))
                    .addRating(Rating.anonymous(4))
                    .addRating(Rating.by(HOUSING, 5))
                    .build())
            .addAction(
                Action.builder()
                    .id(ActionId.of("a-" + n))
                    .text("Share the release-day checklist")
                    .addOwner(HOUSING)
                    .build())
            .nextSession(NextSession.of(start.plusMonths(1), Venue.of("VOICES, Federation House")))
            .reportCirculatedOn(start.toLocalDate().plusDays(5));
    if (n > 1) {
      b.addSmallStep(
          SmallStep.builder()
              .text("Checklist used twice")
              .noticedBy(HOUSING)
              .followsAction(ActionId.of("a-" + (n - 1)))
              .build());
    }
    return b;
  }

  static Community.Builder community(List<Session> sessions) {
    return Community.builder()
        .id(CommunityId.of("sotcop"))
        .name("@SoTCoP")
        .place("Stoke-on-Trent")
        .register(register())
        .consent(livedExperienceConsent())
        .lifeCycleStage(LifeCycleStage.PERFORMING)
        .addTopic(topic())
        .addSeries(
            Series.builder().id(SERIES).topic(PRISON_RELEASE).title("Prison release").build())
        .sessions(sessions);
  }

  /** The explicit consent the register's lived experience needs: the expert citizen's. */
  static org.communityofpractice.core.consent.ConsentLedger livedExperienceConsent() {
    return org.communityofpractice.core.consent.ConsentLedger.empty()
        .grant(
            org.communityofpractice.core.consent.ConsentTerms.builder()
                .person(EXPERT_CITIZEN)
                .purpose(
                    org.communityofpractice.core.consent.ConsentPurpose.LIVED_EXPERIENCE_RECORDED)
                .at(Instant.parse("2016-01-01T10:00:00Z"))
                .method(org.communityofpractice.core.consent.ConsentMethod.FORM)
                .notice(org.communityofpractice.core.consent.NoticeVersion.of("2016-1"))
                .recordedBy(org.communityofpractice.core.people.Actor.role("facilitator"))
                .explicitly("I agree that my experience of prison is recorded")
                .build());
  }

  /** The series of three good sessions. */
  static List<Session> goodSeries() {
    List<Session> sessions = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      sessions.add(goodSession(n).build());
    }
    return sessions;
  }

  static Community goodCommunity() {
    return community(goodSeries()).build();
  }

  static LocalDate day(int month, int day) {
    return LocalDate.of(2016, month, day);
  }
}
