package org.communityofpractice.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.fixtures.JsonSchemas;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.ReportSamples;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON report's schema, in cop-report's jar, against what {@link JsonRenderer} writes: every
 * report validates, and the schema is exact enough to refuse a document that is not one.
 */
class ReportSchemaTest {
  static final Schema SCHEMA = JsonSchemas.load(JsonSchemas.REPORT);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonRenderer RENDERER = new JsonRenderer();

  @Test
  void theSchemaIsADraft2020_12SchemaWithItsOwnIdAndTheRenderersVersion() throws IOException {
    JsonNode schema;
    try (InputStream in =
        ReportSchemaTest.class.getClassLoader().getResourceAsStream(JsonSchemas.REPORT)) {
      schema = MAPPER.readTree(in);
    }
    assertThat(schema.get("$schema").textValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").textValue()).endsWith("/report/1/report.schema.json");
    assertThat(schema.at("/properties/schemaVersion/const").intValue())
        .isEqualTo(JsonRenderer.SCHEMA_VERSION);
  }

  static Stream<Named<Report>> reports() {
    ReportComposer composer =
        ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2017-01-01T00:00:00Z")));
    var sotcop = CommunityFixtures.sotcopWithConsent();
    Stream<Named<Report>> composed =
        Stream.concat(
            sotcop.sessions().stream()
                .map(s -> Named.of("@SoTCoP session " + s.id(), composer.session(sotcop, s.id()))),
            sotcop.series().stream()
                .map(s -> Named.of("@SoTCoP series " + s.id(), composer.series(sotcop, s.id()))));
    return Stream.concat(
        composed,
        Stream.of(
            Named.of("@SoTCoP's impact report", composer.impact(sotcop)),
            Named.of("a realistic session", ReportSamples.session(ReportSamples.REALISTIC)),
            Named.of("a realistic series", ReportSamples.series(ReportSamples.REALISTIC)),
            Named.of(
                "a session of hostile texts", ReportSamples.session(ReportSamples.HOSTILE_TEXTS)),
            Named.of(
                "a series of hostile texts", ReportSamples.series(ReportSamples.HOSTILE_TEXTS))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void everyReportTheRendererWritesValidates(Report report) {
    assertThat(JsonSchemas.errors(SCHEMA, RENDERER.render(report))).isEmpty();
    assertThat(
            JsonSchemas.errors(SCHEMA, JsonRenderer.builder().indent(false).build().render(report)))
        .isEmpty();
  }

  static Stream<Named<Consumer<ObjectNode>>> mutations() {
    return Stream.of(
        Named.of("no kind", d -> d.remove("kind")),
        Named.of("a kind that is neither", d -> d.put("kind", "community")),
        Named.of("schema version 2", d -> d.put("schemaVersion", 2)),
        Named.of("an unknown field in the report", d -> report(d).put("colour", "blue")),
        Named.of("no venue", d -> report(d).remove("venue")),
        Named.of("a blank community", d -> report(d).put("community", "  ")),
        Named.of(
            "startsAt without its offset",
            d -> report(d).put("startsAt", "2016-03-03T10:00:00[Europe/London]")),
        Named.of(
            "a count both exact and withheld",
            d -> ((ObjectNode) report(d).at("/representation/attendees")).put("withheld", true)),
        Named.of(
            "a lower-case group key",
            d ->
                ((ObjectNode) report(d).at("/representation/perspectives/0"))
                    .put("key", "manager")),
        Named.of(
            "a share above one",
            d ->
                ((ObjectNode) report(d).at("/scaling/0/statistics"))
                    .put("shareAtOrAboveGoodEnough", 1.5)),
        Named.of("conclusions as one string", d -> report(d).put("conclusions", "all of them")),
        Named.of("a null title", d -> report(d).putNull("title")),
        Named.of(
            "a presentation of no minutes",
            d -> ((ObjectNode) report(d).at("/presentation")).put("minutes", 0)),
        Named.of(
            "a principle that is a number", d -> ((ArrayNode) report(d).get("principles")).add(7)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void aDocumentThatIsNotAReportIsRejected(Consumer<ObjectNode> mutation) throws IOException {
    ObjectNode document =
        (ObjectNode)
            MAPPER.readTree(RENDERER.render(ReportSamples.session(ReportSamples.REALISTIC)));
    assertThat(JsonSchemas.errors(SCHEMA, document.toString()))
        .as("the unchanged report")
        .isEmpty();
    mutation.accept(document);
    List<String> errors = JsonSchemas.errors(SCHEMA, document.toString());
    assertThat(errors).isNotEmpty();
  }

  private static ObjectNode report(ObjectNode document) {
    return (ObjectNode) document.get("report");
  }
}
