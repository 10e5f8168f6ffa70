package org.communityofpractice.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.fixtures.CommunityFixtures.CHAIR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.LONDON;
import static org.communityofpractice.core.fixtures.CommunityFixtures.LONE_WORKING;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_SERIES;
import static org.communityofpractice.core.fixtures.CommunityFixtures.RECORDER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOCIAL_WORKER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.VOICES;
import static org.communityofpractice.core.fixtures.CommunityFixtures.sotcop;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.communityofpractice.core.json.internal.JsonValues;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionHeader;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.internal.EventJson;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.TopicId;

/**
 * A session's header is one value: the session a recorder records from a plan carries the plan's
 * header unchanged, and the header reads back from the archive's JSON and the journal's as it was
 * written.
 */
class SessionHeaderProperties {

  @Provide
  Arbitrary<SessionPlan> plans() {
    Community community = sotcop();
    List<PersonId> held =
        community.register().ids().stream().filter(community.register()::holds).sorted().toList();
    Arbitrary<Tuple.Tuple2<TopicId, Optional<SeriesId>>> topics =
        Arbitraries.of(
            Tuple.of(LONE_WORKING, Optional.empty()),
            Tuple.of(PRISON_RELEASE, Optional.empty()),
            Tuple.of(PRISON_RELEASE, Optional.of(PRISON_RELEASE_SERIES)));
    Arbitrary<ZonedDateTime> starts =
        Combinators.combine(
                Arbitraries.integers().between(0, 20 * 365),
                Arbitraries.integers().between(7 * 4, 21 * 4),
                Arbitraries.of(
                    LONDON,
                    ZoneOffset.UTC,
                    ZoneOffset.ofHoursMinutes(5, 30),
                    ZoneId.of("America/New_York"),
                    ZoneId.of("UTC")))
            .as(
                (day, quarter, zone) ->
                    LocalDateTime.of(2010, 1, 1, 0, 0)
                        .plusDays(day)
                        .plusMinutes(15L * quarter)
                        .atZone(zone));
    Arbitrary<List<PersonId>> helpers = Arbitraries.of(held).list().uniqueElements().ofMaxSize(3);
    return Combinators.combine(
            topics,
            DomainArbitraries.identifiers().map(s -> SessionId.of("s-header-" + s)),
            DomainArbitraries.texts().optional(),
            starts,
            DomainArbitraries.venues(),
            Arbitraries.of(held),
            helpers,
            helpers)
        .as(
            (topic, id, title, startsAt, venue, facilitator, coFacilitators, recorders) ->
                SessionPlan.builder()
                    .id(id)
                    .topic(topic.get1())
                    .series(topic.get2())
                    .title(title)
                    .startsAt(startsAt)
                    .venue(venue)
                    .facilitator(facilitator)
                    .coFacilitators(coFacilitators)
                    .recorders(recorders)
                    .build());
  }

  @Provide
  Arbitrary<List<CaptureEvent>> events() {
    // a presentation still running would keep the session from finishing: none is started
    return CaptureArbitraries.events()
        .filter(e -> !(e instanceof CaptureEvent.PresentationStarted))
        .list()
        .ofMaxSize(30);
  }

  @Property(tries = 200)
  void aRecordedSessionCarriesItsPlansHeaderUnchanged(
      @ForAll("plans") SessionPlan plan, @ForAll("events") List<CaptureEvent> events) {
    SessionRecorder recorder = SessionRecorder.start(sotcop(), plan);
    CaptureArbitraries.recordAll(recorder, events);
    Session session = recorder.finish();
    assertThat(session.header()).isEqualTo(plan.header());
    assertThat(session.attendees()).startsWith(plan.hosts().toArray(PersonId[]::new));
    SessionRecorder replayed = SessionRecorder.replay(sotcop(), recorder.events());
    assertThat(replayed.finish().header()).isEqualTo(plan.header());
  }

  @Property(tries = 200)
  void theHeaderRoundTripsThroughTheArchivesJsonAndTheJournals(
      @ForAll("plans") SessionPlan plan, @ForAll("events") List<CaptureEvent> events)
      throws Exception {
    SessionHeader header = plan.header();
    assertThat(JsonValues.decode(JsonValues.encode(header), SessionHeader.class)).isEqualTo(header);
    SessionRecorder recorder = SessionRecorder.start(sotcop(), plan);
    CaptureArbitraries.recordAll(recorder, events);
    Session session = recorder.finish();
    Session read = JsonValues.decode(JsonValues.encode(session), Session.class);
    assertThat(read.header()).isEqualTo(header);
    CaptureEvent opened = recorder.events().get(0);
    assertThat(EventJson.decode(EventJson.encode(opened), "$.event")).isEqualTo(opened);
  }

  /** The journal writes a plan as it always has: a start given with an offset has no zone name. */
  @Example
  void theJournalWritesAPlanAsItAlwaysHas() throws ArchiveFormatException {
    SessionPlan plan =
        SessionPlan.builder()
            .id(SessionId.of("s-header"))
            .topic(PRISON_RELEASE)
            .series(PRISON_RELEASE_SERIES)
            .title("Release day")
            .startsAt(ZonedDateTime.of(2016, 7, 7, 10, 0, 0, 0, ZoneOffset.UTC))
            .venue(VOICES)
            .facilitator(CHAIR)
            .addCoFacilitator(SOCIAL_WORKER)
            .addRecorder(RECORDER)
            .runningOrder(RunningOrder.firstSession())
            .build();
    var opened = new CaptureEvent.Opened(plan, RunningOrder.firstSession());
    var json = EventJson.encode(opened).get("plan");
    assertThat(JsonValues.writeLine(json))
        .startsWith(
            "{\"id\":\"s-header\",\"topic\":\"prison-release\",\"series\":\"prison-release-2016\","
                + "\"title\":\"Release day\",\"startsAt\":\"2016-07-07T10:00:00Z\",\"venue\":"
                + JsonValues.writeLine(JsonValues.encode(VOICES))
                + ",\"facilitator\":\"p-chair\",\"coFacilitators\":[\"p-social-worker\"],"
                + "\"recorders\":[\"p-recorder\"],\"runningOrder\":");
  }
}
