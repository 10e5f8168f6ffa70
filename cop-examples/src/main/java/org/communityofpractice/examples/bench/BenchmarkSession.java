package org.communityofpractice.examples.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/**
 * The session the report benchmark measures: a busy monthly meeting of 30 people with 40
 * contributions, 3 scaling rounds and 10 actions, in a community that holds just that session.
 */
final class BenchmarkSession {
  static final SessionId ID = SessionId.of("s-bench");
  static final int ATTENDEES = 30;
  static final int CONTRIBUTIONS = 40;
  static final int SCALING_ROUNDS = 3;
  static final int ACTIONS = 10;

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Perspective[] PERSPECTIVES = Perspective.values();
  private static final Sector[] SECTORS = Sector.values();
  private static final ContributionKind[] KINDS = {
    ContributionKind.COMMENT, ContributionKind.QUESTION, ContributionKind.GOOD_PRACTICE,
    ContributionKind.PREFERRED_FUTURE, ContributionKind.WORKING_WELL, ContributionKind.DATA
  };

  private BenchmarkSession() {}

  static Community community() {
    TopicId topic = TopicId.of("prison-release");
    MemberRegister.Builder register = MemberRegister.builder();
    List<PersonId> people = new ArrayList<>();
    for (int i = 1; i <= ATTENDEES; i++) {
      PersonId id = PersonId.of(String.format("p-%02d", i));
      people.add(id);
      register.addPerson(
          Person.builder()
              .id(id)
              .name("Member " + i + " Example")
              .role(i % 3 == 0 ? "Support Worker" : "Community Member")
              .place("Stoke-on-Trent")
              .organisation("Example Organisation " + (i % 12))
              .sector(SECTORS[i % SECTORS.length])
              .addPerspective(PERSPECTIVES[i % PERSPECTIVES.length])
              .build());
    }
    ZonedDateTime startsAt = ZonedDateTime.of(2016, 3, 3, 10, 0, 0, 0, LONDON);
    Session.Builder session =
        Session.builder()
            .id(ID)
            .topic(topic)
            .title("Leaving prison on a Friday")
            .startsAt(startsAt)
            .venue(Venue.of("VOICES, Federation House", "Federation House, Stoke-on-Trent"))
            .facilitator(people.get(0))
            .addAllAttendees(people)
            .chairsIntroduction(
                "Welcome to a conversation about what happens on the day someone leaves prison.");
    for (int i = 0; i < 5; i++) {
      session.addBestHope(
          BestHope.by(
              people.get(i * 5), "Leave with one thing I can change on Monday, number " + i));
    }
    for (int i = 0; i < CONTRIBUTIONS; i++) {
      session.addContribution(
          Contribution.of(
                  KINDS[i % KINDS.length],
                  "Contribution "
                      + i
                      + ": release on a Friday leaves people without support until Monday.")
              .by(people.get(i % ATTENDEES)));
    }
    for (int r = 0; r < SCALING_ROUNDS; r++) {
      ScalingRound.Builder round =
          ScalingRound.builder()
              .question(
                  ScalingQuestion.of(
                      r == 0 ? ScalingQuestion.GUIDE_WORDING : "Scaling question " + r, 7));
      for (int i = 0; i < ATTENDEES; i++) {
        int value = 1 + (i * 7 + r * 3) % 10;
        round.addRating(i % 4 == 0 ? Rating.anonymous(value) : Rating.by(people.get(i), value));
      }
      round.addOnePointUpIdea(OnePointUpIdea.of("A housing officer at the prison gate, idea " + r));
      session.addScaling(round.build());
    }
    for (int i = 0; i < ACTIONS; i++) {
      session.addAction(
          Action.builder()
              .id(ActionId.of("a-" + i))
              .text("Action " + i + ": ask the prison for release dates a week ahead")
              .addOwners(people.get(i * 3))
              .due(LocalDate.of(2016, 4, 1).plusDays(i))
              .build());
    }
    session
        .addConclusions("Release on a Friday leaves people without support until Monday")
        .addRecommendations("Commissioners ask for no releases on Fridays")
        .addQuestions("Who holds the release date, and who can share it?")
        .nextSession(NextSession.of(startsAt.plusWeeks(5), Venue.of("Stoke Library")));
    return Community.builder()
        .id(CommunityId.of("bench"))
        .name("@BenchCoP")
        .place("Stoke-on-Trent")
        .register(register.build())
        .addTopic(Topic.builder().id(topic).title("Prison release").build())
        .addSession(session.build())
        .build();
  }
}
