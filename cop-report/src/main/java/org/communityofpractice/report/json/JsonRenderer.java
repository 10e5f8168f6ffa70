package org.communityofpractice.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.spi.ReportRenderer;

/**
 * Renders the publishable report model as JSON, format name {@code "json"}.
 *
 * <pre>{@code
 * String json = new JsonRenderer().render(report);
 * // {"schemaVersion":1,"kind":"session","report":{"language":"en-GB","community":"@SoTCoP",...}}
 * }</pre>
 *
 * <p>The document is {@code {"schemaVersion": 1, "kind": "session" | "series" | "impact", "report":
 * {...}}}, where {@code report} holds the model's fields in declaration order. The output is
 * deterministic: the same report always gives the same bytes (map entries by key, dates as ISO-8601
 * text with their zone, absent optional values left out). Instances are immutable and thread-safe.
 */
public final class JsonRenderer implements ReportRenderer {
  /** The version of the document's shape; raised when a field changes meaning or is removed. */
  public static final int SCHEMA_VERSION = 1;

  private final boolean indent;

  /** The default renderer, as {@link java.util.ServiceLoader} makes it: indented JSON. */
  public JsonRenderer() {
    this(true);
  }

  private JsonRenderer(boolean indent) {
    this.indent = indent;
  }

  /**
   * The writer, made on first use and shared by every JSON renderer: the service loader makes a
   * renderer of every format for each {@code cop render}, and a mapper with its date and time
   * modules is a few hundred classes that a render in any other format would load for nothing.
   */
  private ObjectWriter writer() {
    return indent ? Writers.INDENTED : Writers.COMPACT;
  }

  private static final class Writers {
    private static final JsonMapper MAPPER =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("cop-report").addSerializer(new CountWriter()))
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();
    static final ObjectWriter INDENTED = MAPPER.writerWithDefaultPrettyPrinter();
    static final ObjectWriter COMPACT = MAPPER.writer();

    private Writers() {}
  }

  /**
   * Starts a renderer: indented JSON.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link JsonRenderer}. */
  public static final class Builder {
    private boolean indent = true;

    private Builder() {}

    /**
     * Sets whether to indent the output (the default) or write it on one line.
     *
     * @param value {@code true} to indent
     * @return this builder
     */
    public Builder indent(boolean value) {
      indent = value;
      return this;
    }

    /**
     * The renderer; immutable and thread-safe.
     *
     * @return the renderer; never {@literal null}
     */
    public JsonRenderer build() {
      return new JsonRenderer(indent);
    }
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public void render(Report report, Appendable output) {
    Objects.requireNonNull(output, "output");
    try {
      if (output instanceof Writer writerOutput) {
        writer().writeValue(writerOutput, document(report));
        writerOutput.append('\n');
      } else {
        output.append(render(report));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String render(Report report) {
    try {
      return writer().writeValueAsString(document(report)) + "\n";
    } catch (JsonProcessingException e) {
      // only the model's own types are written, so this is a bug, not bad input; say nothing of the
      // content
      throw new IllegalStateException("could not write the report as JSON", e);
    }
  }

  private static Map<String, Object> document(Report report) {
    Objects.requireNonNull(report, "report");
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("schemaVersion", SCHEMA_VERSION);
    document.put(
        "kind",
        report instanceof SeriesReport
            ? "series"
            : report instanceof ImpactReport ? "impact" : "session");
    document.put("report", report);
    return document;
  }
}
