package org.communityofpractice.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityofpractice.core.json.Golden.ARCHIVE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.LifeCycleEntry;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.json.ArchiveFormatException.Kind;
import org.communityofpractice.core.json.internal.CopModule;
import org.communityofpractice.core.json.internal.JsonValues;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionHeader;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.TopicId;
import org.junit.jupiter.api.Test;

class ArchiveJsonTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // ---- dates and times ----

  @Test
  void europeLondonTimesRoundTripExactlyOnBothSidesOfEachClockChange()
      throws ArchiveFormatException {
    LocalDateTime repeated = LocalDateTime.of(2016, 10, 30, 1, 30);
    List<ZonedDateTime> times =
        List.of(
            ZonedDateTime.of(2016, 3, 27, 0, 59, 59, 0, LONDON), // just before the spring change
            ZonedDateTime.of(
                2016, 3, 27, 2, 0, 0, 0, LONDON), // just after: 01:00..01:59 never happen
            ZonedDateTime.ofLocal(
                repeated, LONDON, ZoneOffset.ofHours(1)), // the first 01:30 in October
            ZonedDateTime.ofLocal(repeated, LONDON, ZoneOffset.UTC), // the second
            ZonedDateTime.of(2016, 7, 7, 18, 30, 15, 123_000_000, LONDON),
            ZonedDateTime.of(2016, 7, 7, 18, 30, 0, 0, ZoneOffset.ofHours(1)),
            ZonedDateTime.of(2016, 7, 7, 18, 30, 0, 0, ZoneId.of("UTC")));
    for (ZonedDateTime t : times) {
      JsonNode json = JsonOut.dateTime(t);
      ZonedDateTime back = new JsonIn(json, "$.startsAt", false, Refs.unchecked()).dateTime();
      assertThat(back).as(json.textValue()).isEqualTo(t);
      assertThat(back.getZone()).isEqualTo(t.getZone());
      assertThat(back.getOffset()).isEqualTo(t.getOffset());
    }
    assertThat(JsonOut.dateTime(times.get(2)).textValue())
        .isEqualTo("2016-10-30T01:30:00+01:00[Europe/London]");
    assertThat(JsonOut.dateTime(times.get(3)).textValue())
        .isEqualTo("2016-10-30T01:30:00Z[Europe/London]");
  }

  @Test
  void aNextSessionInTheRepeatedOctoberHourKeepsItsOffsetThroughTheArchive()
      throws ArchiveFormatException {
    NextSession second =
        NextSession.of(
            ZonedDateTime.ofLocal(LocalDateTime.of(2016, 10, 30, 1, 30), LONDON, ZoneOffset.UTC),
            Venue.of("Hall"));
    NextSession back = JsonValues.decode(JsonValues.encode(second), NextSession.class);
    assertThat(back).isEqualTo(second);
    assertThat(back.startsAt().getOffset()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void theCommunitysConsentRulesLiveInItsArchive() throws ArchiveFormatException {
    Community ruled =
        Community.builder()
            .from(CommunityFixtures.sotcop())
            .consentRules(
                org.communityofpractice.core.consent.ConsentRules.none()
                    .withExpiry(java.time.Period.ofYears(2))
                    .withCurrentNotice(
                        org.communityofpractice.core.consent.NoticeVersion.of("2017-1")))
            .build();
    ObjectNode tree = ARCHIVE.tree(ruled);
    assertThat(tree.at("/consentRules/expiresAfter").textValue()).isEqualTo("P2Y");
    assertThat(tree.at("/consentRules/currentNotice").textValue()).isEqualTo("2017-1");
    assertThat(ARCHIVE.read(ARCHIVE.write(ruled))).isEqualTo(ruled);
    // an archive without them reads as it always did, and is written without them
    assertThat(ARCHIVE.tree(CommunityFixtures.sotcop()).has("consentRules")).isFalse();
    ((ObjectNode) tree.get("consentRules")).put("expiresAfter", "two years");
    ArchiveFormatException e =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> ARCHIVE.read(ARCHIVE.pretty(tree)));
    assertThat(e.getMessage()).contains("$.consentRules.expiresAfter");
  }

  @Test
  void anArchiveWithOnlyTheStageReadsWithAHistoryOfThatStage() throws ArchiveFormatException {
    ObjectNode old = ARCHIVE.tree(CommunityFixtures.sotcop());
    assertThat(old.has("lifeCycleHistory")).as("a history saying no more than the stage").isFalse();
    Community read = ARCHIVE.read(ARCHIVE.pretty(old));
    assertThat(read.lifeCycleHistory())
        .containsExactly(LifeCycleEntry.undated(LifeCycleStage.PERFORMING));
  }

  @Test
  void theLifeCycleHistoryLivesInTheArchiveAndItsFaultsAreNamedByPath()
      throws ArchiveFormatException {
    Community later =
        CommunityFixtures.sotcop()
            .enteringStage(LifeCycleStage.ADJOURNING, LocalDate.of(2019, 3, 1));
    ObjectNode tree = ARCHIVE.tree(later);
    assertThat(tree.at("/lifeCycleHistory/1/stage").textValue()).isEqualTo("ADJOURNING");
    assertThat(tree.at("/lifeCycleHistory/1/enteredOn").textValue()).isEqualTo("2019-03-01");
    assertThat(tree.at("/lifeCycleHistory/0").has("enteredOn")).isFalse();
    assertThat(ARCHIVE.read(ARCHIVE.write(later))).isEqualTo(later);

    ((ObjectNode) tree.at("/lifeCycleHistory/0")).put("enteredOn", "2019-03-01");
    ArchiveFormatException sameDay =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> ARCHIVE.read(ARCHIVE.pretty(tree)));
    assertThat(sameDay.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(sameDay.path()).isEqualTo("$.lifeCycleHistory[1].enteredOn");

    ((ObjectNode) tree.at("/lifeCycleHistory/0")).remove("enteredOn");
    tree.put("lifeCycleStage", "NORMING");
    ArchiveFormatException other =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> ARCHIVE.read(ARCHIVE.pretty(tree)));
    assertThat(other.path()).isEqualTo("$.lifeCycleStage");

    tree.putArray("lifeCycleHistory");
    ArchiveFormatException empty =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> ARCHIVE.read(ARCHIVE.pretty(tree)));
    assertThat(empty.getMessage())
        .isEqualTo("$.lifeCycleHistory must hold at least one entry, the current stage but was []");
  }

  @Test
  void theSotcopSeriesAcrossTheMarchClockChangeRoundTrips() throws ArchiveFormatException {
    Community sotcop = CommunityFixtures.sotcop();
    Community back = ARCHIVE.read(ARCHIVE.write(sotcop));
    for (int i = 0; i < sotcop.sessions().size(); i++) {
      ZonedDateTime expected = sotcop.sessions().get(i).startsAt();
      ZonedDateTime actual = back.sessions().get(i).startsAt();
      assertThat(actual).isEqualTo(expected);
      assertThat(actual.getZone()).isEqualTo(LONDON);
    }
  }

  @Test
  void aTimeInTheSpringGapOrWithTheWrongOffsetForItsZoneIsRejected() {
    String expectation = "must have the offset its zone has at that date and time";
    for (String text :
        List.of("2016-03-27T01:30:00Z[Europe/London]", "2016-07-07T10:00:00Z[Europe/London]")) {
      ArchiveFormatException e =
          Golden.rejected(Golden.with("/sessions/0/startsAt", NODES.textNode(text)));
      assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(e.getMessage())
          .isEqualTo("$.sessions[0].startsAt " + expectation + " but was \"" + text + "\"");
    }
  }

  @Test
  void aTimeWithoutAnOffsetOrADateThatIsNoDateIsRejected() {
    assertThat(
            Golden.rejected(Golden.with("/sessions/0/startsAt", NODES.textNode("2016-03-03T10:00")))
                .getMessage())
        .isEqualTo(
            "$.sessions[0].startsAt must be an ISO-8601 date and time with offset and zone like"
                + " 2016-03-03T10:00:00Z[Europe/London] but was \"2016-03-03T10:00\"");
    assertThat(
            Golden.rejected(
                    Golden.with("/sessions/0/reportCirculatedOn", NODES.textNode("2016-02-30")))
                .getMessage())
        .isEqualTo(
            "$.sessions[0].reportCirculatedOn must be an ISO-8601 date like 2016-03-03 but was \"2016-02-30\"");
    assertThat(
            Golden.rejected(
                    Golden.with("/sessions/0/presentation/duration", NODES.textNode("5 minutes")))
                .getMessage())
        .isEqualTo(
            "$.sessions[0].presentation.duration must be an ISO-8601 duration like PT5M but was \"5 minutes\"");
  }

  @Test
  void durationsAreWrittenInIso8601() {
    assertThat(
            ARCHIVE
                .tree(CommunityFixtures.sotcop())
                .at("/sessions/0/presentation/duration")
                .textValue())
        .isEqualTo(Duration.ofMinutes(5).toString())
        .isEqualTo("PT5M");
  }

  // ---- schema versions ----

  @Test
  void theArchiveWritesSchemaVersionOneFirst() {
    ObjectNode tree = ARCHIVE.tree(CommunityFixtures.sotcop());
    assertThat(tree.fieldNames().next()).isEqualTo("schemaVersion");
    assertThat(tree.get("schemaVersion").intValue())
        .isEqualTo(1)
        .isEqualTo(ARCHIVE.schemaVersion());
  }

  @Test
  void anOlderDocumentIsMigratedStepByStepBeforeItIsRead() throws ArchiveFormatException {
    // pretend the archive is at version 3: version 1 called the place "town", version 2 "where"
    Migrations migrations =
        new Migrations(
            3, List.of(doc -> rename(doc, "town", "where"), doc -> rename(doc, "where", "place")));
    ArchiveJson v3 = ArchiveJson.withMigrations(migrations);
    ObjectNode v1 = ARCHIVE.tree(CommunityFixtures.sotcop());
    v1.put("schemaVersion", 1);
    v1.set("town", v1.remove("place"));

    assertThat(v3.read(ARCHIVE.pretty(v1))).isEqualTo(CommunityFixtures.sotcop());
    assertThat(v3.write(CommunityFixtures.sotcop())).startsWith("{\n  \"schemaVersion\": 3,");
    ArchiveFormatException skipped =
        catchThrowableOfType(
            ArchiveFormatException.class,
            () -> v3.read(ARCHIVE.pretty(v1.put("schemaVersion", 2))));
    // a document claiming version 2 is migrated from 2 only, so its "town" stays unknown
    assertThat(skipped.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
    assertThat(skipped.path()).isEqualTo("$.town");
    ArchiveFormatException newer =
        catchThrowableOfType(
            ArchiveFormatException.class,
            () -> v3.read(ARCHIVE.pretty(v1.put("schemaVersion", 4))));
    assertThat(newer.kind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
  }

  private static void rename(ObjectNode doc, String from, String to) {
    if (doc.has(from)) {
      doc.set(to, doc.remove(from));
    }
  }

  // ---- limits ----

  @Test
  void aHundredMegabyteStringIsRejectedWithoutReadingIt() {
    long started = System.nanoTime();
    ArchiveFormatException e =
        catchThrowableOfType(
            ArchiveFormatException.class,
            () ->
                ARCHIVE.read(
                    new Repeating(
                        "{\"schemaVersion\": 1, \"name\": \"", 'a', 100_000_000L, "\"}")));
    assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(e.path()).isEqualTo("$.name");
    assertThat(e.getMessage())
        .startsWith(
            "$.name must be a string of at most 1000000 characters but was larger (at line 1");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void nestingTenThousandDeepIsRejectedAtTheLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    ArchiveFormatException e = Golden.rejected(deep);
    assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(e.getMessage())
        .contains(" must be nested at most 64 levels deep but was larger (at line 1, column ");
    assertThat(e.path()).isEqualTo("$" + "[0]".repeat(64));
  }

  @Test
  void aDocumentLongerThanTheLimitIsRejected() {
    ArchiveFormatException e =
        catchThrowableOfType(
            ArchiveFormatException.class,
            () ->
                ARCHIVE.read(
                    new Repeating(
                        "{\"schemaVersion\": 1, \"name\":",
                        ' ',
                        ArchiveJson.MAX_DOCUMENT_LENGTH,
                        "\"x\"}")));
    assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(e.expectation()).isEqualTo("must be part of a document of at most 67108864 bytes");
  }

  @Test
  void aLongNumberAndALongFieldNameAreRejected() {
    ArchiveFormatException number = Golden.rejected("{\"schemaVersion\": " + "1".repeat(30) + "}");
    assertThat(number.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(number.expectation()).isEqualTo("must be a number of at most 20 characters");
    ArchiveFormatException name = Golden.rejected("{\"" + "n".repeat(300) + "\": 1}");
    assertThat(name.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(name.expectation()).isEqualTo("must have a name of at most 256 characters");
  }

  // ---- streams and text ----

  @Test
  void streamsCarryUtf8AndMatchTheTextForm() throws IOException {
    Community sotcop = CommunityFixtures.sotcop();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ARCHIVE.write(sotcop, bytes);
    assertThat(bytes.toByteArray()).isEqualTo(ARCHIVE.write(sotcop).getBytes(UTF_8));
    assertThat(ARCHIVE.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(sotcop);

    StringWriter text = new StringWriter();
    ARCHIVE.write(sotcop, text);
    assertThat(text.toString()).isEqualTo(ARCHIVE.write(sotcop));
    assertThat(ARCHIVE.read(new StringReader(text.toString()))).isEqualTo(sotcop);
  }

  @Test
  void bytesThatAreNotUtf8AreMalformed() {
    byte[] latin1 =
        "{\"schemaVersion\": 1, \"name\": \"Zo\u00eb\"}"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ArchiveFormatException e =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> ARCHIVE.read(new ByteArrayInputStream(latin1)));
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
  }

  @Test
  void writingIsTheSameEveryTimeWhateverOrderSetsWereBuiltIn() throws ArchiveFormatException {
    Community sotcop = CommunityFixtures.sotcop();
    List<PersonId> core = List.copyOf(sotcop.coreGroup());
    Community reordered =
        Community.builder()
            .from(sotcop)
            .coreGroup(List.of(core.get(2), core.get(0), core.get(1)))
            .build();
    assertThat(reordered).isEqualTo(sotcop);
    assertThat(ARCHIVE.write(reordered)).isEqualTo(ARCHIVE.write(sotcop));
  }

  // ---- what the data-subject rights leave behind ----

  @Test
  void restrictionsTombstonesAndTheAuditTrailRoundTrip() throws ArchiveFormatException {
    Community community = CommunityFixtures.sotcopWithConsent();
    Instant at = Instant.parse("2026-01-05T10:00:00Z");
    Actor lead = Actor.role("data protection lead");
    community =
        DataSubjectRights.restrict(
                community,
                CommunityFixtures.SOCIAL_WORKER,
                RestrictionGround.ACCURACY_CONTESTED,
                lead,
                at)
            .result();
    community =
        DataSubjectRights.erase(
                community,
                ErasureRequest.of(
                    CommunityFixtures.PEER_MENTOR,
                    at.plusSeconds(60),
                    Actor.person(CommunityFixtures.CHAIR),
                    ErasureGround.REQUESTED_BY_PERSON))
            .result()
            .community();
    assertThat(community.register().tombstones()).hasSize(1);
    assertThat(community.register().audit()).hasSizeGreaterThanOrEqualTo(2);

    String json = ARCHIVE.write(community);
    assertThat(ARCHIVE.read(json)).isEqualTo(community);
    assertThat(ARCHIVE.write(ARCHIVE.read(json))).isEqualTo(json);
    assertThat(json)
        .contains("\"role\": \"data protection lead\"")
        .contains("\"ground\": \"ACCURACY_CONTESTED\"");
  }

  @Test
  void anActorIsAPersonOrARoleNeverBothOrNeither() {
    ObjectNode both = NODES.objectNode().put("person", "p-chair").put("role", "facilitator");
    ArchiveFormatException e =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> JsonValues.decode(both, Actor.class, "$.actor"));
    assertThat(e.getMessage())
        .isEqualTo("$.actor must hold a person or a role, not both but was both");
    ArchiveFormatException neither =
        catchThrowableOfType(
            ArchiveFormatException.class,
            () -> JsonValues.decode(NODES.objectNode(), Actor.class, "$.actor"));
    assertThat(neither.kind()).isEqualTo(Kind.MISSING_FIELD);
    assertThat(neither.getMessage())
        .isEqualTo("$.actor must hold a person or a role but was neither");
    ObjectNode badRole = NODES.objectNode().put("role", "call 0123 456");
    ArchiveFormatException role =
        catchThrowableOfType(
            ArchiveFormatException.class, () -> JsonValues.decode(badRole, Actor.class, "$.actor"));
    assertThat(role.path()).isEqualTo("$.actor.role");
    assertThat(role.getMessage()).doesNotContain("0123");
  }

  @Test
  void aConsentDecisionIsReportedWithoutWhatItSays() {
    String json =
        Golden.edited(
            tree -> {
              tree.set(
                  "consent", JsonValues.encode(CommunityFixtures.sotcopWithConsent().consent()));
              ((ObjectNode) tree.at("/consent/events/8/terms")).put("confirmingWording", "   ");
            });
    ArchiveFormatException e = Golden.rejected(json);
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.consent.events[8].terms.confirmingWording must not be blank (value withheld (personal data))");
  }

  @Test
  void aConsentEventForSomeoneNotInTheRegisterIsDangling() {
    String json =
        Golden.edited(
            tree -> {
              tree.set(
                  "consent", JsonValues.encode(CommunityFixtures.sotcopWithConsent().consent()));
              ((ObjectNode) tree.at("/consent/events/2/terms")).put("person", "p-9gqn3");
            });
    assertThat(Golden.rejected(json).getMessage())
        .isEqualTo(
            "$.consent.events[2].terms.person must name a person held by the register but was p-9gqn3");
  }

  @Test
  void whoAPhotographShowsRoundTripsAndMustBeSomeoneInTheRoom() throws ArchiveFormatException {
    String json =
        Golden.edited(
            tree ->
                ((ObjectNode) tree.at("/sessions/0/artefacts/0"))
                    .set("pictured", NODES.arrayNode().add("p-expert-citizen")));
    Community read = ARCHIVE.read(json);
    assertThat(read.sessions().get(0).artefacts().get(0).pictured())
        .containsExactly(PersonId.of("p-expert-citizen"));
    assertThat(ARCHIVE.read(ARCHIVE.write(read))).isEqualTo(read);

    String stranger =
        Golden.edited(
            tree ->
                ((ObjectNode) tree.at("/sessions/0/artefacts/0"))
                    .set("pictured", NODES.arrayNode().add("p-team-manager")));
    assertThat(Golden.rejected(stranger).getMessage())
        .startsWith(
            "$.sessions[0].artefacts[0].pictured[0] must be one of the session's attendees");
    String twice =
        Golden.edited(
            tree ->
                ((ObjectNode) tree.at("/sessions/0/artefacts/0"))
                    .set("pictured", NODES.arrayNode().add("p-chair").add("p-chair")));
    assertThat(Golden.rejected(twice).getMessage())
        .startsWith("$.sessions[0].artefacts[0].pictured[1] must not repeat");
  }

  @Test
  void oneArchiveServesManyThreadsAtOnce() throws Exception {
    Community sotcop = CommunityFixtures.sotcopWithConsent();
    String expected = ARCHIVE.write(sotcop);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(
            pool.submit(
                () ->
                    ARCHIVE.write(ARCHIVE.read(expected)).equals(expected)
                        && ARCHIVE.read(expected).equals(sotcop)));
      }
      for (var result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- single values ----

  @Test
  void singleValuesUseTheArchivesJsonForms() throws ArchiveFormatException {
    Rating rating = Rating.by(PersonId.of("p-sam"), 7);
    assertThat(JsonValues.writeLine(JsonValues.encode(rating)))
        .isEqualTo("{\"value\":7,\"ratedBy\":\"p-sam\"}");
    assertThat(JsonValues.decode(JsonValues.encode(rating), Rating.class)).isEqualTo(rating);

    Contribution said =
        Contribution.of(ContributionKind.GOOD_PRACTICE, "A buddy call")
            .by(PersonId.of("p-sam"))
            .at(StageKey.GOOD_PRACTICE);
    assertThat(
            JsonValues.decode(
                JsonValues.readTree(JsonValues.writeLine(JsonValues.encode(said))),
                Contribution.class))
        .isEqualTo(said);

    Person sam = CommunityFixtures.expertCitizen();
    assertThat(JsonValues.decode(JsonValues.encode(sam), Person.class)).isEqualTo(sam);
    Session first = CommunityFixtures.sotcop().sessions().get(0);
    assertThat(JsonValues.decode(JsonValues.encode(first), Session.class)).isEqualTo(first);
    assertThat(JsonValues.decode(JsonValues.encode(CommunityFixtures.sotcop()), Community.class))
        .isEqualTo(CommunityFixtures.sotcop());
  }

  @Test
  void everyValueTypeRoundTripsThroughEncodeAndDecode() throws ArchiveFormatException {
    assertThat(JsonValues.valueTypes())
        .contains(Community.class, Person.class, Rating.class, Contribution.class);
    Community sotcop = CommunityFixtures.sotcop();
    Session session = sotcop.sessions().get(2);
    List<Object> values =
        List.of(
            sotcop.id(),
            sotcop.principles().get(0),
            sotcop.resources().get(0),
            sotcop.legacy().get(0),
            sotcop.register(),
            sotcop.register().people().get(0),
            sotcop.register().people().get(0).contact(),
            sotcop.register().people().get(0).id(),
            sotcop.topics().get(0),
            sotcop.topics().get(0).id(),
            sotcop.series().get(0),
            sotcop.series().get(0).id(),
            session.runningOrder(),
            session.runningOrder().stages().get(0),
            session.runningOrder().stages().get(0).key(),
            session.scaling().get(0),
            session.scaling().get(0).question(),
            session.scaling().get(0).question().scale(),
            session.scaling().get(0).ratings().get(0),
            session.venue(),
            session.bestHopes().get(0),
            sotcop.sessions().get(0).presentation().orElseThrow(),
            session.contributions().get(0),
            session.actions().get(0),
            session.actions().get(0).id(),
            session.smallSteps().get(0),
            session.id(),
            session);
    for (Object value : values) {
      assertThat(JsonValues.decode(JsonValues.encode(value), value.getClass()))
          .as(value.getClass().getName())
          .isEqualTo(value);
    }
  }

  @Test
  void aSingleValuesErrorsNameThePathTheCallerGives() {
    ObjectNode bad = NODES.objectNode().put("value", "7");
    ArchiveFormatException e =
        catchThrowableOfType(
            ArchiveFormatException.class,
            () -> JsonValues.decode(bad, Rating.class, "$.events[12].rating"));
    assertThat(e.getMessage())
        .isEqualTo("$.events[12].rating.value must be an integer but was a string \"7\"");
  }

  @Test
  void aTypeWithoutAJsonFormIsRefused() {
    assertThatThrownBy(() -> JsonValues.encode(Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no JSON form for java.util.Optional");
  }

  // ---- the Jackson module ----

  /** A document of a user's own that holds cop values. */
  record Poll(String title, Rating rating, List<Contribution> said) {}

  /**
   * A generated value is written as the type it was made for and no type further up: a session is a
   * session header too, and a plan is one, but a plan written as a bare header would lose its
   * running order, so it has no JSON form here (the journal writes plans).
   */
  @Test
  void aValueIsWrittenAsTheTypeItWasMadeForAndNoTypeFurtherUp() {
    SessionPlan plan =
        SessionPlan.builder()
            .id(SessionId.of("s-plan"))
            .topic(TopicId.of("prison-release"))
            .startsAt(ZonedDateTime.of(2016, 7, 7, 10, 0, 0, 0, LONDON))
            .venue(Venue.of("VOICES"))
            .facilitator(PersonId.of("p-chair"))
            .runningOrder(RunningOrder.firstSession())
            .build();
    Session session = Session.builder().from(plan.header()).addAllAttendees(plan.hosts()).build();
    assertThat(ValueCodecs.codec(session.getClass()).type()).isEqualTo(Session.class);
    assertThat(ValueCodecs.codec(plan.header().getClass()).type()).isEqualTo(SessionHeader.class);
    assertThatThrownBy(() -> ValueCodecs.codec(plan.getClass()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no JSON form");
  }

  @Test
  void copModulePlugsCopValuesIntoAnotherObjectMapper() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CopModule()).build();
    Poll poll =
        new Poll(
            "week 1",
            Rating.anonymous(6),
            List.of(Contribution.of(ContributionKind.COMMENT, "Good")));
    String json = mapper.writeValueAsString(poll);
    assertThat(json)
        .isEqualTo(
            "{\"title\":\"week 1\",\"rating\":{\"value\":6},"
                + "\"said\":[{\"kind\":\"COMMENT\",\"text\":\"Good\"}]}");
    assertThat(mapper.readValue(json, Poll.class)).isEqualTo(poll);
  }

  @Test
  void copModuleReportsABadValueAtItsPlaceInTheOuterDocument() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CopModule()).build();
    String json =
        "{\"title\":\"w\",\"rating\":{\"value\":6},\"said\":[{\"kind\":\"COMMENT\",\"text\":\"ok\"},"
            + "{\"kind\":\"GOSSIP\",\"text\":\"x\"}]}";
    // inside a list Jackson wraps the error in its own exception, with ours as the cause
    IOException thrown =
        catchThrowableOfType(IOException.class, () -> mapper.readValue(json, Poll.class));
    assertThat(thrown).isNotNull();
    ArchiveFormatException e =
        thrown instanceof ArchiveFormatException a ? a : (ArchiveFormatException) thrown.getCause();
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.said[1].kind");
    assertThat(e.getMessage())
        .startsWith("$.said[1].kind must be one of COMMENT, STATEMENT, ")
        .endsWith(" but was \"GOSSIP\"");
  }

  @Test
  void aMistypedConstantIsShownBackButAnythingElseInAFieldOfConstantsIsWithheld() {
    String typo =
        Golden.edited(
            tree ->
                ((ObjectNode) tree.at("/sessions/0/contributions/0")).put("kind", "GOOD_PRACTISE"));
    assertThat(Golden.rejected(typo).getMessage())
        .startsWith("$.sessions[0].contributions[0].kind must be one of ")
        .endsWith(" but was \"GOOD_PRACTISE\"");
    String name =
        Golden.edited(
            tree ->
                ((ObjectNode) tree.at("/sessions/0/contributions/0")).put("kind", "Dee Turner"));
    ArchiveFormatException e = Golden.rejected(name);
    assertThat(e.path()).isEqualTo("$.sessions[0].contributions[0].kind");
    assertThat(e.getMessage())
        .doesNotContain("Dee")
        .doesNotContain("Turner")
        .contains("10 characters");
  }

  /**
   * A reader of {@code prefix}, then {@code count} copies of {@code fill}, then {@code suffix},
   * made as it is read.
   */
  private static final class Repeating extends Reader {
    private final String prefix;
    private final char fill;
    private final String suffix;
    private final long total;
    private long position;

    Repeating(String prefix, char fill, long count, String suffix) {
      this.prefix = prefix;
      this.fill = fill;
      this.suffix = suffix;
      this.total = prefix.length() + count + suffix.length();
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position >= total) {
        return -1;
      }
      int n = 0;
      while (n < length && position < total) {
        long fillEnd = total - suffix.length();
        char c =
            position < prefix.length()
                ? prefix.charAt((int) position)
                : position < fillEnd ? fill : suffix.charAt((int) (position - fillEnd));
        buffer[offset + n++] = c;
        position++;
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
