package org.communityofpractice.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.ReportSamples;
import org.communityofpractice.report.model.RepresentationSummary;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  /**
   * The samples' suppression threshold: the document says it only of counts below it, so a reader
   * making the privacy view's counts again is told it, as a reader of the document knows its
   * policy.
   */
  private static final int SAMPLES_THRESHOLD = 5;

  private static final JsonMapper READER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .addModule(
              new SimpleModule("counts")
                  .addDeserializer(Count.class, new CountReader(SAMPLES_THRESHOLD)))
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();
  private final JsonRenderer renderer = new JsonRenderer();

  @Test
  void writesTheSessionReportModelThatReadsBackEqual() throws Exception {
    SessionReport report = ReportSamples.session(ReportSamples.HOSTILE_TEXTS);
    JsonNode doc = READER.readTree(renderer.render(report));
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.get("kind").asText()).isEqualTo("session");
    assertThat(doc.get("report").get("startsAt").asText())
        .isEqualTo("2016-03-03T10:00:00Z[Europe/London]");
    assertThat(
            doc.get("report")
                .get("representation")
                .get("perspectives")
                .get(2)
                .get("count")
                .toString())
        .isEqualTo("{\"fewerThan\":5,\"withheld\":false}");
    SessionReport back = READER.treeToValue(doc.get("report"), SessionReport.class);
    assertThat(back).isEqualTo(report);
  }

  @Test
  void writesTheSeriesReportModelThatReadsBackEqual() throws Exception {
    SeriesReport report = ReportSamples.series(ReportSamples.REALISTIC);
    JsonNode doc = READER.readTree(renderer.render(report));
    assertThat(doc.get("kind").asText()).isEqualTo("series");
    assertThat(READER.treeToValue(doc.get("report"), SeriesReport.class)).isEqualTo(report);
  }

  @Test
  void isDeterministicAndTheSameThroughAWriter() {
    SeriesReport report = ReportSamples.series(ReportSamples.REALISTIC);
    String once = renderer.render(report);
    StringWriter out = new StringWriter();
    new JsonRenderer().render(report, out);
    assertThat(renderer.render(ReportSamples.series(ReportSamples.REALISTIC))).isEqualTo(once);
    assertThat(out.toString()).isEqualTo(once);
  }

  @Test
  void writesEachKindOfCountAsTheSchemaHasIt() {
    JsonRenderer compact = JsonRenderer.builder().indent(false).build();
    SessionReport report = ReportSamples.session(ReportSamples.REALISTIC);
    SessionReport withheld =
        SessionReport.builder()
            .from(report)
            .representation(
                new RepresentationSummary(
                    Count.shown(0, 5),
                    List.of(GroupCount.of("MANAGER", Count.withheld(5))),
                    List.of(),
                    Count.shown(3, 5),
                    false))
            .build();
    String json = compact.render(withheld);
    assertThat(json)
        .contains("\"attendees\":{\"exactly\":0,\"withheld\":false}")
        .contains("{\"key\":\"MANAGER\",\"count\":{\"withheld\":true}}")
        .contains("\"organisations\":{\"exactly\":3,\"withheld\":false}");
  }

  @Test
  void writesNoDerivedFlagsOnlyTheModelsFields() throws Exception {
    JsonNode doc =
        READER.readTree(
            JsonRenderer.builder()
                .indent(false)
                .build()
                .render(ReportSamples.session(ReportSamples.REALISTIC)));
    JsonNode count = doc.get("report").get("representation").get("attendees");
    assertThat(count.toString()).isEqualTo("{\"exactly\":23,\"withheld\":false}");
    assertThat(doc.get("report").get("actions").get(0).has("completed")).isFalse();
  }

  /** Reads a count back from the schema's form, under a threshold the reader knows. */
  private static final class CountReader extends JsonDeserializer<Count> {
    private final int threshold;

    CountReader(int threshold) {
      this.threshold = threshold;
    }

    @Override
    public Count deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = parser.readValueAsTree();
      if (node.has("exactly")) {
        return Count.shown(node.get("exactly").intValue(), threshold);
      }
      return node.has("fewerThan")
          ? Count.fewerThan(node.get("fewerThan").intValue())
          : Count.withheld(threshold);
    }
  }
}
