package org.communityofpractice.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.communityofpractice.report.html.internal.AppendableOutput;
import org.communityofpractice.report.html.internal.HtmlView;
import org.communityofpractice.report.html.internal.LanguageFormats;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderer;

/**
 * The {@code html} renderer: one self-contained HTML file per report, with its style sheet (print
 * included) and its charts drawn inline as SVG, nothing fetched when it opens and no script. Every
 * text from the report is escaped for where it lands; charts carry {@code role="img"}, a title and
 * a description.
 *
 * <pre>{@code
 * import org.communityofpractice.report.spi.ReportRenderers;
 * ReportRenderer html = ReportRenderers.load().get("html");   // or HtmlRenderer.builder().build()
 * Files.writeString(folder.resolve("session-report.html"), html.render(report));
 * }</pre>
 *
 * <p>The templates are compiled to classes when cop-report is built, so rendering needs only jte's
 * small runtime. Images of artefacts appear in the page when they are {@code data:} URIs of PNG,
 * JPEG, GIF or WebP; any other image reference is shown as text with its description. Built once,
 * an instance is immutable and safe to share between threads.
 */
public final class HtmlRenderer implements ReportRenderer {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          HtmlRenderer.class.getClassLoader(),
          "org.communityofpractice.report.html.internal.templates");

  private final Optional<Labels> labels;

  /** By labels (each language's are one instance): their formatters, made once. */
  private final Map<Labels, LanguageFormats> formats = new ConcurrentHashMap<>();

  /** The renderer with its defaults: labels in each report's own language. */
  public HtmlRenderer() {
    this(Optional.empty());
  }

  private HtmlRenderer(Optional<Labels> labels) {
    this.labels = labels;
  }

  /**
   * Starts a renderer with its defaults: labels in each report's own language.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public void render(Report report, Appendable output) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(output, "output");
    Labels words = labels.orElseGet(() -> Labels.forLanguage(report.language()));
    HtmlView view = new HtmlView(formats.computeIfAbsent(words, LanguageFormats::new));
    String template =
        report instanceof SessionReport
            ? "session.jte"
            : report instanceof ImpactReport ? "impact.jte" : "series.jte";
    try {
      TEMPLATES.render(
          template, Map.of("report", report, "view", view), new AppendableOutput(output));
    } catch (TemplateException e) {
      throw outputFailure(e).orElseThrow(() -> e);
    }
  }

  /** The output's own failure, when that is what stopped the template. */
  private static Optional<UncheckedIOException> outputFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UncheckedIOException io) {
        return Optional.of(io);
      }
    }
    return Optional.empty();
  }

  @Override
  public String render(Report report) {
    StringBuilder out = new StringBuilder(24 * 1024);
    render(report, out);
    return out.toString();
  }

  /** Builds an {@link HtmlRenderer}. */
  public static final class Builder {
    private Optional<Labels> labels = Optional.empty();

    private Builder() {}

    /**
     * Uses {@code labels} for every report instead of the labels of each report's language.
     *
     * @param labels must not be {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code labels} is {@literal null}
     */
    public Builder labels(Labels labels) {
      this.labels = Optional.of(Objects.requireNonNull(labels, "labels"));
      return this;
    }

    /**
     * The renderer; immutable and thread-safe.
     *
     * @return the renderer; never {@literal null}
     */
    public HtmlRenderer build() {
      return new HtmlRenderer(labels);
    }
  }
}
