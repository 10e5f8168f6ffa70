package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.consent.ConsentBasis;
import org.communityofpractice.core.consent.ConsentDecision;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.DecisionMakerFixtures;
import org.communityofpractice.core.people.AuditEntry;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.PresentationKind;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The archive's JSON Schema against cop's own documents and its strict reader: every archive cop
 * has written validates, every document cop reads validates, and a document the schema rejects the
 * reader rejects too.
 */
class ArchiveSchemaTest {
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path CORPUS =
      Path.of(
          "src/test/resources/org/communityofpractice/core/json/ArchiveReaderFuzzTestInputs/archive");

  @Test
  void theSchemaIsADraft2020_12SchemaWithItsOwnId() throws IOException {
    JsonNode schema = schemaTree();
    assertThat(schema.get("$schema").textValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").textValue()).endsWith("/archive/1/archive.schema.json");
    assertThat(schema.at("/properties/schemaVersion/const").intValue())
        .isEqualTo(ARCHIVE.schemaVersion());
  }

  @Test
  void everyGoldenArchiveValidates() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(GOLDEN)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    for (Path file : files) {
      assertThat(ArchiveSchema.errors(Files.readString(file))).as(file.toString()).isEmpty();
    }
  }

  /**
   * The schema is no stricter than the reader: what the reader takes from the fuzz corpus, the
   * schema takes.
   */
  @Test
  void everyDocumentOfTheFuzzCorpusTheReaderTakesValidates() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.sorted().toList();
    }
    int read = 0;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      try (InputStream in = Files.newInputStream(file)) {
        ARCHIVE.read(in);
      } catch (ArchiveFormatException e) {
        continue;
      }
      read++;
      assertThat(ArchiveSchema.errors(text(bytes))).as(file.toString()).isEmpty();
    }
    assertThat(read).as("documents of the corpus the reader takes").isGreaterThanOrEqualTo(2);
  }

  /** Each enumeration in the schema names exactly the constants of the model's enum. */
  @Test
  void theSchemasEnumerationsAreTheModelsEnums() throws IOException {
    JsonNode defs = schemaTree().get("$defs");
    Map<String, Class<? extends Enum<?>>> named =
        Map.ofEntries(
            Map.entry("/properties/lifeCycleStage/enum", LifeCycleStage.class),
            Map.entry("/$defs/lifeCycleEntry/properties/stage/enum", LifeCycleStage.class),
            Map.entry("/$defs/perspective/enum", Perspective.class),
            Map.entry("/$defs/sector/enum", Sector.class),
            Map.entry("/$defs/livedExperience/enum", LivedExperience.class),
            Map.entry("/$defs/restriction/properties/ground/enum", RestrictionGround.class),
            Map.entry("/$defs/tombstone/properties/ground/enum", ErasureGround.class),
            Map.entry("/$defs/auditEntry/properties/action/enum", AuditEntry.AuditAction.class),
            Map.entry("/$defs/consentEvent/properties/decision/enum", ConsentDecision.class),
            Map.entry("/$defs/consentTerms/properties/purpose/enum", ConsentPurpose.class),
            Map.entry("/$defs/consentTerms/properties/method/enum", ConsentMethod.class),
            Map.entry("/$defs/consentTerms/properties/basis/enum", ConsentBasis.class),
            Map.entry("/$defs/presentation/properties/kind/enum", PresentationKind.class),
            Map.entry("/$defs/contribution/properties/kind/enum", ContributionKind.class),
            Map.entry(
                "/$defs/decisionMakerKind/enum",
                org.communityofpractice.core.topic.DecisionMaker.Kind.class));
    JsonNode schema = schemaTree();
    named.forEach(
        (pointer, type) -> {
          List<String> inSchema = new ArrayList<>();
          schema.at(pointer).forEach(n -> inSchema.add(n.textValue()));
          assertThat(inSchema)
              .as(pointer)
              .containsExactly(
                  Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
        });
    // the special categories the schema asks explicit consent for are the model's
    TreeSet<String> special = new TreeSet<>();
    defs.at("/consentEvent/allOf/0/if/properties/terms/properties/purpose/enum")
        .forEach(n -> special.add(n.textValue()));
    assertThat(special)
        .containsExactlyElementsOf(
            Arrays.stream(ConsentPurpose.values())
                .filter(ConsentPurpose::isSpecialCategory)
                .map(Enum::name)
                .sorted()
                .toList());
  }

  static Stream<Named<Consumer<ObjectNode>>> mutations() {
    return Stream.of(
        // a missing required field
        mutation("no schemaVersion", t -> t.remove("schemaVersion")),
        mutation("a session without startsAt", t -> remove(t, "/sessions/0/startsAt")),
        mutation("a person without a name", t -> remove(t, "/register/people/0/name")),
        mutation(
            "a consent decision without its notice",
            t -> remove(t, "/consent/events/0/terms/notice")),
        mutation(
            "a rating without a value", t -> remove(t, "/sessions/0/scaling/0/ratings/0/value")),
        mutation("a register without tombstones", t -> remove(t, "/register/tombstones")),
        // a value of the wrong type
        mutation(
            "a rating as a string",
            t -> set(t, "/sessions/0/scaling/0/ratings/0/value", NODES.textNode("7"))),
        mutation(
            "a rating with a fraction",
            t -> set(t, "/sessions/0/scaling/0/ratings/0/value", NODES.numberNode(7.5))),
        mutation(
            "perspectives as one string",
            t -> set(t, "/register/people/0/perspectives", NODES.textNode("MANAGER"))),
        mutation(
            "a topic's title as a number", t -> set(t, "/topics/0/title", NODES.numberNode(7))),
        mutation("sessions as an object", t -> set(t, "/sessions", NODES.objectNode())),
        mutation("a null focus", t -> set(t, "/focus", NODES.nullNode())),
        mutation(
            "explicit as a string",
            t -> set(t, "/consent/events/0/terms/explicit", NODES.textNode("false"))),
        // a value out of range
        mutation(
            "a rating of 11 on the scale from 1 to 10",
            t -> set(t, "/sessions/0/scaling/0/ratings/0/value", NODES.numberNode(11))),
        mutation(
            "a rating of 0 on the scale from 1 to 10",
            t -> set(t, "/sessions/0/scaling/0/ratings/0/value", NODES.numberNode(0))),
        mutation(
            "a rating of 101",
            t -> set(t, "/sessions/0/scaling/0/ratings/0/value", NODES.numberNode(101))),
        mutation(
            "good enough of 11 on the scale from 1 to 10",
            t -> set(t, "/sessions/0/scaling/0/question/goodEnough", NODES.numberNode(11))),
        mutation(
            "a scale from -1",
            t -> set(t, "/sessions/0/scaling/0/question/scale/min", NODES.numberNode(-1))),
        mutation("schema version 2", t -> t.put("schemaVersion", 2)),
        // an unknown field
        mutation("an unknown field at the top", t -> t.put("colour", "blue")),
        mutation(
            "an unknown field in a venue",
            t -> obj(t, "/sessions/0/venue").put("postcode", "ST1 1AA")),
        mutation(
            "an unknown field in a person",
            t -> obj(t, "/register/people/0").put("nickname", "Steve")),
        mutation(
            "an unknown field in consent terms",
            t -> obj(t, "/consent/events/0/terms").put("witness", "p-chair")),
        // a bad date, time, instant or duration
        mutation(
            "a session starting on a date only",
            t -> set(t, "/sessions/0/startsAt", NODES.textNode("2016-03-03"))),
        mutation(
            "a session starting without its zone",
            t -> set(t, "/sessions/0/startsAt", NODES.textNode("2016-03-03T10:00:00Z"))),
        mutation(
            "a joining date in month 13",
            t -> set(t, "/register/people/0/joined", NODES.textNode("2016-13-01"))),
        mutation(
            "a joining date of 30 February",
            t -> set(t, "/register/people/0/joined", NODES.textNode("2016-02-30"))),
        mutation(
            "a date in words",
            t -> set(t, "/legacy/0/recordedOn", NODES.textNode("1 September 2016"))),
        mutation(
            "a year of five digits",
            t -> set(t, "/legacy/0/recordedOn", NODES.textNode("+20160-09-01"))),
        mutation(
            "an instant without seconds' digits",
            t -> set(t, "/consent/events/0/terms/at", NODES.textNode("2016-03-03 09:55"))),
        mutation(
            "a duration in minutes",
            t -> set(t, "/sessions/0/presentation/duration", NODES.textNode("5 minutes"))),
        // a value the model refuses
        mutation("an unknown life-cycle stage", t -> t.put("lifeCycleStage", "SHOUTING")),
        mutation(
            "an unknown stage in the life-cycle history",
            t -> t.putArray("lifeCycleHistory").addObject().put("stage", "SHOUTING")),
        mutation("an empty life-cycle history", t -> t.putArray("lifeCycleHistory")),
        mutation(
            "a life-cycle entry entered in words",
            t ->
                t.putArray("lifeCycleHistory")
                    .addObject()
                    .put("stage", t.get("lifeCycleStage").textValue())
                    .put("enteredOn", "last spring")),
        mutation(
            "an unknown field in a life-cycle entry",
            t ->
                t.putArray("lifeCycleHistory")
                    .addObject()
                    .put("stage", t.get("lifeCycleStage").textValue())
                    .put("by", "p-chair")),
        mutation(
            "a person id with a space",
            t -> set(t, "/register/people/0/id", NODES.textNode("p chair"))),
        mutation("a blank community name", t -> t.put("name", "   ")),
        mutation("a name with a bell in it", t -> t.put("name", "@SoT\u0007CoP")),
        mutation(
            "a perspective repeated",
            t -> ((ArrayNode) t.at("/register/people/0/perspectives")).add("PROVIDER")),
        mutation(
            "an email without @",
            t -> set(t, "/register/people/0/contact/email", NODES.textNode("steve.example.org"))),
        mutation(
            "a phone number in letters",
            t -> set(t, "/register/people/0/contact/phone", NODES.textNode("call Steve"))),
        mutation(
            "a recorder with a digit in the role",
            t ->
                set(
                    t,
                    "/consent/events/0/terms/recordedBy",
                    NODES.objectNode().put("role", "recorder 2"))),
        mutation(
            "a recorder with a person and a role",
            t -> obj(t, "/consent/events/0/terms/recordedBy").put("role", "recorder")),
        mutation(
            "confirming wording without explicit consent",
            t -> obj(t, "/consent/events/0/terms").put("confirmingWording", "I agree")),
        mutation(
            "explicit consent without its wording",
            t -> obj(t, "/consent/events/0/terms").put("explicit", true)),
        mutation(
            "lived experience granted without explicit consent",
            t -> {
              ObjectNode terms = obj(t, "/consent/events/8/terms");
              terms.put("explicit", false);
              terms.remove("confirmingWording");
            }),
        mutation(
            "a soft opt-in to be named",
            t -> obj(t, "/consent/events/0/terms").put("basis", "SOFT_OPT_IN")),
        mutation(
            "a link to a script",
            t -> set(t, "/resources/1/link", NODES.textNode("javascript:alert(1)"))),
        // decision makers: a person in the register or an organisation at its generic address,
        // never both
        mutation(
            "an organisation that is a person too",
            t -> obj(t, "/series/0/decisionMakers/0").put("person", "p-chair")),
        mutation(
            "an organisation without its address",
            t -> remove(t, "/series/0/decisionMakers/0/address")),
        mutation(
            "an organisation's address without @",
            t -> set(t, "/series/0/decisionMakers/0/address", NODES.textNode("board.example.org"))),
        mutation(
            "an organisation id with a space",
            t -> set(t, "/series/0/decisionMakers/0/organisation", NODES.textNode("the board"))),
        mutation(
            "a follow-up owed to a person and an organisation",
            t -> obj(t, "/series/0/followUps/1").put("organisation", "safeguarding-board")),
        mutation(
            "a follow-up owed to no one", t -> remove(t, "/series/0/followUps/1/decisionMaker")),
        // circulations: a count to one of the two lists, never who
        mutation(
            "an empty list of circulations", t -> obj(t, "/series/0").putArray("circulations")),
        mutation("a circulation to fewer than no one", t -> circulation(t).put("recipients", -1)),
        mutation(
            "a circulation to a list that is none",
            t -> circulation(t).put("purpose", "NAMED_IN_REPORTS")),
        mutation("a circulation without its count", t -> circulation(t).remove("recipients")),
        mutation(
            "a circulation naming its recipients",
            t -> circulation(t).putArray("to").add("p-chair")),
        mutation(
            "a running order of no stages",
            t -> {
              ObjectNode order = t.putArray("runningOrders").addObject();
              order.put("id", "ours").put("name", "Our own").putArray("stages");
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void aDocumentTheSchemaRejectsTheReaderRejectsToo(Consumer<ObjectNode> mutation) {
    ObjectNode tree = ARCHIVE.tree(DecisionMakerFixtures.followedUp());
    assertThat(ArchiveSchema.errors(ARCHIVE.pretty(tree))).as("the unchanged document").isEmpty();
    mutation.accept(tree);
    String json = ARCHIVE.pretty(tree);

    assertThat(ArchiveSchema.errors(json)).as("the schema's errors").isNotEmpty();
    ArchiveFormatException e =
        catchThrowableOfType(ArchiveFormatException.class, () -> ARCHIVE.read(json));
    assertThat(e).as("the reader's error").isNotNull();
  }

  /** A valid circulation of the first series' report, to change. */
  private static ObjectNode circulation(ObjectNode tree) {
    return obj(tree, "/series/0")
        .putArray("circulations")
        .addObject()
        .put("on", "2016-06-10")
        .put("circulation", "series-report-prison-release-2016")
        .put("purpose", "COMMUNITY_COMMUNICATIONS")
        .put("recipients", 23);
  }

  private static Named<Consumer<ObjectNode>> mutation(String name, Consumer<ObjectNode> edit) {
    return Named.of(name, edit);
  }

  private static ObjectNode obj(ObjectNode tree, String pointer) {
    return (ObjectNode) tree.at(pointer);
  }

  private static void remove(ObjectNode tree, String pointer) {
    JsonPointer p = JsonPointer.compile(pointer);
    assertThat(tree.at(p).isMissingNode()).as(pointer).isFalse();
    ((ObjectNode) tree.at(p.head())).remove(p.last().getMatchingProperty());
  }

  private static void set(ObjectNode tree, String pointer, JsonNode value) {
    JsonPointer p = JsonPointer.compile(pointer);
    assertThat(tree.at(p).isMissingNode()).as(pointer).isFalse();
    Golden.set(tree, pointer, value);
  }

  /** A document's text, decoded as the reader decodes it: UTF-8, or what a byte-order mark says. */
  private static String text(byte[] bytes) {
    int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
    if (bytes.length >= 4
        && b0 == 0
        && b1 == 0
        && (bytes[2] & 0xFF) == 0xFE
        && (bytes[3] & 0xFF) == 0xFF) {
      return new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32BE"));
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static JsonNode schemaTree() throws IOException {
    try (InputStream in =
        ArchiveSchemaTest.class.getClassLoader().getResourceAsStream(ArchiveSchema.RESOURCE)) {
      return MAPPER.readTree(in);
    }
  }
}
