package org.communityofpractice.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.fixtures.PersonalData;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.Scale;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Laws of construction: every generated community builds, and every way of breaking one is refused
 * with an {@link InvalidValueException} that names the field and shows no personal data.
 */
class CommunityProperties {
  // ids longer than DomainArbitraries ever generates (16), so never held or taken
  private static final PersonId STRANGER = PersonId.of("stranger.not.in.register");
  private static final TopicId OTHER_TOPIC = TopicId.of("topic.not.in.community");
  private static final SeriesId OTHER_SERIES = SeriesId.of("series.not.in.community");
  private static final ActionId NEVER_AGREED = ActionId.of("action.never.agreed.here");
  private static final SessionId COPY = SessionId.of("session.copy.not.generated");

  /** A way of breaking a valid community, and the field its failure must name. */
  enum Mutation {
    SESSION_NAMES_SOMEONE_NOT_HELD(
        "sessions\\[\\d+\\]\\.attendees\\[\\d+\\]", c -> withLast(c, s -> s.addAttendee(STRANGER))),
    ACTION_OWNER_NOT_HELD(
        "sessions\\[\\d+\\]\\.actions\\[\\d+\\]\\.owners\\[0\\]",
        c ->
            withLast(
                c,
                s ->
                    s.addAction(
                        Action.builder().id(NEVER_AGREED).text("t").addOwner(STRANGER).build()))),
    SERIES_SESSION_ON_ANOTHER_TOPIC(
        "sessions\\[\\d+\\]\\.topic",
        c -> {
          Topic other = Topic.builder().id(OTHER_TOPIC).title("other").build();
          Series series =
              Series.builder().id(OTHER_SERIES).topic(c.topics().get(0).id()).title("s").build();
          return withLast(c, s -> s.topic(OTHER_TOPIC).series(OTHER_SERIES))
              .addTopic(other)
              .addSeries(series);
        }),
    SMALL_STEP_FOLLOWS_AN_ACTION_NOT_YET_AGREED(
        "sessions\\[0\\]\\.smallSteps\\[\\d+\\]\\.followsAction",
        c -> {
          ActionId later =
              c.sessions().stream()
                  .skip(1)
                  .flatMap(s -> s.actions().stream())
                  .map(Action::id)
                  .findFirst()
                  .orElse(NEVER_AGREED);
          return with(
              c,
              0,
              s -> s.addSmallStep(SmallStep.builder().text("t").followsAction(later).build()));
        }),
    SESSION_BEFORE_THE_PREVIOUS_ONE(
        "sessions\\[\\d+\\]\\.startsAt",
        c -> {
          Session last = c.sessions().get(c.sessions().size() - 1);
          return Community.builder()
              .from(c)
              .addSession(
                  Session.builder()
                      .from(last)
                      .id(COPY)
                      .startsAt(last.startsAt().minusMinutes(1))
                      .actions(List.of())
                      .build());
        }),
    DUPLICATE_SESSION_ID(
        "sessions\\[\\d+\\]\\.id",
        c -> {
          Session last = c.sessions().get(c.sessions().size() - 1);
          return Community.builder()
              .from(c)
              .addSession(
                  Session.builder()
                      .from(last)
                      .startsAt(last.startsAt().plusDays(1))
                      .nextSession(Optional.empty())
                      .actions(List.of())
                      .circulations(List.of())
                      .build());
        }),
    DUPLICATE_ACTION_ID(
        "(sessions\\[\\d+\\]\\.)?actions\\[\\d+\\]\\.id",
        c -> {
          Action twice = Action.builder().id(NEVER_AGREED).text("t").build();
          Community once = with(c, 0, s -> s.addAction(twice)).build();
          return withLast(once, s -> s.addAction(twice));
        }),
    DUPLICATE_PERSON_ID(
        "people\\[\\d+\\]\\.id",
        c ->
            Community.builder()
                .from(c)
                .register(
                    MemberRegister.builder()
                        .from(c.register())
                        .addPerson(
                            CommunityFixtures.anyPerson(c.register().people().get(0).id().value()))
                        .build())),
    CORE_GROUP_NOT_HELD(
        "coreGroup\\[\\d+\\]", c -> Community.builder().from(c).addCoreGroup(STRANGER)),
    RATING_OUTSIDE_THE_SCALE(
        "ratings\\[\\d+\\]\\.value",
        c ->
            withLast(
                c,
                s ->
                    s.addScaling(
                        ScalingRound.builder()
                            .question(CommunityFixtures.HOW_NEAR)
                            .addRating(Rating.anonymous(11))
                            .build()))),
    GOOD_ENOUGH_OUTSIDE_THE_SCALE(
        "goodEnough",
        c ->
            withLast(
                c,
                s ->
                    s.addScaling(
                        ScalingRound.builder()
                            .question(ScalingQuestion.of("q", Scale.of(0, 5), 6))
                            .build()))),
    STAGE_OUT_OF_ORDER(
        "stagesRun\\[1\\]",
        c ->
            withLast(
                c,
                s -> {
                  List<StageKey> keys = new ArrayList<>();
                  c.sessions()
                      .get(c.sessions().size() - 1)
                      .runningOrder()
                      .stages()
                      .forEach(st -> keys.add(0, st.key()));
                  return s.stagesRun(
                      keys.size() > 1 ? keys.subList(0, 2) : List.of(keys.get(0), keys.get(0)));
                })),
    NEXT_SESSION_BEFORE_THIS_ONE(
        "nextSession\\.startsAt",
        c ->
            withLast(
                c,
                s -> {
                  Session last = c.sessions().get(c.sessions().size() - 1);
                  return s.nextSession(NextSession.of(last.startsAt().minusHours(1), last.venue()));
                })),
    BLANK_CONCLUSION("conclusions\\[\\d+\\]", c -> withLast(c, s -> s.addConclusion(" \t"))),
    BLANK_NAME("name", c -> Community.builder().from(c).name("   "));

    final String field;

    @SuppressWarnings(
        "ImmutableEnumChecker") // each is a pure function of the community it is given
    final Function<Community, Community.Builder> breaking;

    Mutation(String field, Function<Community, Community.Builder> breaking) {
      this.field = field;
      this.breaking = breaking;
    }
  }

  @Property(tries = 1000)
  void everyGeneratedCommunityBuildsAgainFromItsParts(@ForAll("communities") Community community) {
    assertThat(Community.builder().from(community).build()).isEqualTo(community);
  }

  @Property(tries = 500)
  void everyMutationToInvalidIsRefusedNamingTheField(
      @ForAll("communitiesWithSessions") Community community, @ForAll Mutation mutation) {
    Throwable thrown = catchThrowable(() -> mutation.breaking.apply(community).build());
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    InvalidValueException invalid = (InvalidValueException) thrown;
    assertThat(invalid.field()).matches(mutation.field);
    assertThat(invalid.getMessage()).startsWith(invalid.field() + " ");
    assertThat(PersonalData.leakedInto(invalid.getMessage(), community.register())).isNull();
    Statistics.collect(mutation);
  }

  @Property(tries = 300)
  void noPersonalDataAppearsInACommunitysText(@ForAll("communities") Community community) {
    String text = community.toString() + community.register() + community.register().people();
    assertThat(PersonalData.leakedInto(text, community.register())).isNull();
  }

  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.communities();
  }

  @Provide
  Arbitrary<Community> communitiesWithSessions() {
    return DomainArbitraries.communities().filter(c -> !c.sessions().isEmpty());
  }

  private static Community.Builder withLast(
      Community c, Function<Session.Builder, Session.Builder> change) {
    return with(c, c.sessions().size() - 1, change);
  }

  private static Community.Builder with(
      Community c, int index, Function<Session.Builder, Session.Builder> change) {
    List<Session> sessions = new ArrayList<>(c.sessions());
    sessions.set(index, change.apply(Session.builder().from(sessions.get(index))).build());
    return Community.builder().from(c).sessions(sessions);
  }
}
