package org.communityofpractice.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.fixtures.CommunityFixtures.CHAIR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.LONE_WORKING;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_3;
import static org.communityofpractice.core.fixtures.CommunityFixtures.RELEASE_PROTOCOL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.fixtures.PersonalData;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.TopicId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A community checks the references between its parts; each failure names the field and value. */
class CommunityTest {
  private static final PersonId STRANGER = PersonId.of("p-stranger");
  private final Community sotcop = CommunityFixtures.sotcop();

  private Community.Builder sotcop() {
    return Community.builder().from(sotcop);
  }

  /** The community with session {@code index} changed. */
  private Community.Builder withSession(int index, UnaryOperator<Session.Builder> change) {
    List<Session> sessions = new ArrayList<>(sotcop.sessions());
    sessions.set(index, change.apply(Session.builder().from(sessions.get(index))).build());
    return sotcop().sessions(sessions);
  }

  private void rejects(Community.Builder builder, String field, String message) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message)
        .satisfies(
            e -> {
              assertThat(((InvalidValueException) e).field()).isEqualTo(field);
              assertThat(PersonalData.leakedInto(e.getMessage(), sotcop.register())).isNull();
            });
  }

  @Test
  void withSeriesPutsTheChangedSeriesInPlaceOfItsNamesakeAndNothingElse() {
    Community community = CommunityFixtures.sotcop();
    Series held = community.series().get(0);
    Series changed =
        Series.builder()
            .from(held)
            .introduction("What follows release, told by those who lived it")
            .build();

    Community after = community.withSeries(changed);

    assertThat(after.series()).hasSameSizeAs(community.series());
    assertThat(after.series(held.id())).contains(changed);
    assertThat(after.series().subList(1, after.series().size()))
        .isEqualTo(community.series().subList(1, community.series().size()));
    assertThat(Community.builder().from(after).series(community.series()).build())
        .isEqualTo(community);
  }

  @Test
  void withSeriesRefusesASeriesTheCommunityDoesNotHold() {
    Community community = CommunityFixtures.sotcop();
    Series stranger =
        Series.builder().from(community.series().get(0)).id(SeriesId.of("no-such-series")).build();

    assertThatThrownBy(() -> community.withSeries(stranger))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("series");
  }

  @Test
  void theFixtureBuildsAndFindsItsParts() {
    assertThat(sotcop.sessions()).hasSize(4);
    assertThat(sotcop.actions()).hasSize(5);
    assertThat(sotcop.runningOrder(RunningOrder.SUBSEQUENT_SESSION))
        .contains(RunningOrder.subsequentSession());
    assertThat(sotcop.topic(LONE_WORKING)).isPresent();
    assertThat(sotcop.session(PRISON_RELEASE_3)).isPresent();
    assertThat(sotcop.principles()).isEqualTo(Principle.guide());
  }

  @Test
  void rejectsASessionThatNamesSomeoneTheRegisterDoesNotHold() {
    rejects(
        withSession(0, s -> s.addAttendee(STRANGER)),
        "sessions[0].attendees[9]",
        "sessions[0].attendees[9] must be held by the register (value withheld (personal data))");
  }

  @Test
  void rejectsAnActionOwnerTheRegisterDoesNotHold() {
    Action orphan =
        Action.builder().id(ActionId.of("a-orphan")).text("t").addOwners(CHAIR, STRANGER).build();
    rejects(
        withSession(1, s -> s.addAction(orphan)),
        "sessions[1].actions[1].owners[1]",
        "sessions[1].actions[1].owners[1] must be held by the register (value withheld (personal data))");
  }

  @Test
  void rejectsASeriesSessionOnAnotherTopic() {
    rejects(
        withSession(1, s -> s.topic(LONE_WORKING)),
        "sessions[1].topic",
        "sessions[1].topic must be the topic 'prison-release' of series 'prison-release-2016' but was lone-working");
  }

  @Test
  void rejectsASessionInASeriesOrOnATopicTheCommunityDoesNotHave() {
    rejects(
        withSession(3, s -> s.series(SeriesId.of("no-such-series"))),
        "sessions[3].series",
        "sessions[3].series must name a series of the community but was no-such-series");
    rejects(
        withSession(3, s -> s.topic(TopicId.of("no-such-topic"))),
        "sessions[3].topic",
        "sessions[3].topic must name a topic of the community but was no-such-topic");
  }

  @Test
  void rejectsASeriesOnATopicTheCommunityDoesNotHave() {
    Series stray =
        Series.builder()
            .id(SeriesId.of("stray"))
            .topic(TopicId.of("no-such-topic"))
            .title("t")
            .build();
    rejects(
        sotcop().addSeries(stray),
        "series[1].topic",
        "series[1].topic must name a topic of the community but was no-such-topic");
  }

  @Test
  void rejectsASmallStepFollowingALaterAction() {
    // the release protocol was agreed at the third session, so the first cannot have followed it
    SmallStep early = SmallStep.builder().text("t").followsAction(RELEASE_PROTOCOL).build();
    rejects(
        withSession(0, s -> s.addSmallStep(early)),
        "sessions[0].smallSteps[0].followsAction",
        "sessions[0].smallSteps[0].followsAction must name an action agreed at this or an earlier session"
            + " but was a-release-protocol");
  }

  @Test
  void rejectsASmallStepFollowingALaterSession() {
    SmallStep early = SmallStep.builder().text("t").followsSession(PRISON_RELEASE_3).build();
    rejects(
        withSession(1, s -> s.addSmallStep(early)),
        "sessions[1].smallSteps[2].followsSession",
        "sessions[1].smallSteps[2].followsSession must name an earlier session but was s-2016-05-prison-release");
  }

  @Test
  void acceptsASmallStepFollowingAnActionOfTheSameSession() {
    SmallStep same = SmallStep.builder().text("t").followsAction(RELEASE_PROTOCOL).build();
    assertThat(withSession(2, s -> s.addSmallStep(same)).build().sessions().get(2).smallSteps())
        .contains(same);
  }

  @Test
  void rejectsSessionsOutOfDateOrder() {
    List<Session> swapped = new ArrayList<>(sotcop.sessions());
    swapped.set(2, sotcop.sessions().get(3));
    swapped.set(3, sotcop.sessions().get(2));
    rejects(
        sotcop().sessions(swapped),
        "sessions[3].startsAt",
        "sessions[3].startsAt must not be before the previous session's start"
            + " 2016-06-02T13:30+01:00[Europe/London] but was 2016-05-05T10:00+01:00[Europe/London]");
  }

  @Test
  void comparesStartsAsInstantsSoSessionsInOtherZonesSortCorrectly() {
    // 13:00 UTC is after 13:30 in London in June (12:30 UTC), though its local time is earlier
    Session last = sotcop.sessions().get(3);
    Session utc =
        Session.builder()
            .from(CommunityFixtures.anySession())
            .startsAt(last.startsAt().withZoneSameInstant(java.time.ZoneOffset.UTC).plusMinutes(30))
            .build();
    assertThat(sotcop().addSession(utc).build().sessions()).hasSize(5);
  }

  @Test
  void rejectsAPersonIdTheRegisterHoldsTwice() {
    Person twin = CommunityFixtures.anyPerson(CHAIR.value());
    assertThatThrownBy(
            () -> MemberRegister.builder().from(sotcop.register()).addPerson(twin).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("people[13].id must be unique (value withheld (personal data))");
  }

  @Test
  void rejectsDuplicateIdsOfTopicsSeriesSessionsAndActions() {
    rejects(
        sotcop().addTopic(CommunityFixtures.loneWorking()),
        "topics[2].id",
        "topics[2].id must be unique but was lone-working");
    rejects(
        sotcop().addSeries(CommunityFixtures.prisonReleaseSeries()),
        "series[1].id",
        "series[1].id must be unique but was prison-release-2016");
    Session again =
        Session.builder()
            .from(CommunityFixtures.loneWorkingSession())
            .startsAt(CommunityFixtures.loneWorkingSession().startsAt().plusDays(1))
            .build();
    rejects(
        sotcop().addSession(again),
        "sessions[4].id",
        "sessions[4].id must be unique but was s-2016-06-lone-working");
    Action reused = Action.builder().id(RELEASE_PROTOCOL).text("again").build();
    rejects(
        withSession(3, s -> s.addAction(reused)),
        "sessions[3].actions[1].id",
        "sessions[3].actions[1].id must be unique across the community but was a-release-protocol");
  }

  @Test
  void acceptsTheCommunitysOwnRunningOrderAndRejectsAnUnknownOne() {
    RunningOrder shortSession =
        RunningOrder.builder()
            .id("short-session")
            .name("A short session")
            .addStage(RunningOrder.firstSession().stage(StageKey.BEST_HOPES).orElseThrow())
            .addStage(RunningOrder.firstSession().stage(StageKey.DISCUSSION).orElseThrow())
            .build();
    Community.Builder using =
        withSession(3, s -> s.runningOrder(shortSession).stagesRun(List.of(StageKey.DISCUSSION)));
    rejects(
        using,
        "sessions[3].runningOrder",
        "sessions[3].runningOrder must be one of the guide's templates or of the community's running orders"
            + " but was short-session");
    assertThat(using.addRunningOrder(shortSession).build().runningOrder("short-session"))
        .contains(shortSession);
  }

  @Test
  void rejectsARunningOrderThatReusesATemplatesId() {
    RunningOrder imposter =
        RunningOrder.builder()
            .id(RunningOrder.FIRST_SESSION)
            .name("mine")
            .addStage(RunningOrder.firstSession().stages().get(0))
            .build();
    rejects(
        sotcop().addRunningOrder(imposter),
        "runningOrders[0].id",
        "runningOrders[0].id must not reuse the id of one of the guide's templates but was first-session");
  }

  @Test
  void rejectsACoreGroupMemberOrLegacyTopicItDoesNotHave() {
    rejects(
        sotcop().addCoreGroup(STRANGER),
        "coreGroup[3]",
        "coreGroup[3] must be held by the register (value withheld (personal data))");
    rejects(
        sotcop()
            .addLegacy(new LegacyOutcome("x", Optional.of(TopicId.of("gone")), Optional.empty())),
        "legacy[2].topic",
        "legacy[2].topic must name a topic of the community but was gone");
  }

  @Test
  void rejectsABlankNameOrPlace() {
    rejects(sotcop().name(" "), "name", "name must not be blank but was \" \"");
    rejects(sotcop().place(""), "place", "place must not be blank but was \"\"");
  }

  @Test
  void itsTextShowsNoPersonalData() {
    String text = sotcop.toString();
    assertThat(text).contains("sotcop");
    assertThat(PersonalData.of(sotcop.register()))
        .isNotEmpty()
        .allSatisfy(value -> assertThat(text).doesNotContain(value));
  }

  @Test
  void itsTextShowsNothingPeopleSaid() {
    List<String> said = new ArrayList<>();
    for (Session s : sotcop.sessions()) {
      s.bestHopes().forEach(h -> said.add(h.text()));
      s.contributions().forEach(c -> said.add(c.text()));
      s.scaling().forEach(r -> r.onePointUpIdeas().forEach(i -> said.add(i.text())));
      s.actions().forEach(a -> said.add(a.text()));
      s.smallSteps().forEach(x -> said.add(x.text()));
      said.addAll(s.conclusions());
      said.addAll(s.recommendations());
      said.addAll(s.questions());
      s.chairsIntroduction().ifPresent(said::add);
      s.presentation().flatMap(p -> p.summary()).ifPresent(said::add);
    }
    String text = sotcop.toString();
    assertThat(said).hasSizeGreaterThan(40).allSatisfy(t -> assertThat(text).doesNotContain(t));
    // the id and the size are still there for debugging
    assertThat(text).contains("sotcop", "sessions=" + sotcop.sessions().size());
  }
}
