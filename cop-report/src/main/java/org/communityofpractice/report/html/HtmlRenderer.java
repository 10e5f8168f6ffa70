package org.communityofpractice.report.html;

import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.html.internal.AppendableOutput;
import org.communityofpractice.report.html.internal.HtmlView;
import org.communityofpractice.report.html.internal.templates.JteimpactGenerated;
import org.communityofpractice.report.html.internal.templates.JteseriesGenerated;
import org.communityofpractice.report.html.internal.templates.JtesessionGenerated;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
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
  private final Optional<Labels> labels;

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
    HtmlView view = new HtmlView(words);
    // each template's own class, called as the compiler checks it: no engine looks the template up
    // by name and calls it by reflection, work that every cold start of `cop render` paid
    HtmlTemplateOutput out = new OwaspHtmlTemplateOutput(new AppendableOutput(output));
    if (report instanceof SessionReport session) {
      JtesessionGenerated.render(out, null, session, view);
    } else if (report instanceof ImpactReport impact) {
      JteimpactGenerated.render(out, null, impact, view);
    } else {
      JteseriesGenerated.render(out, null, (SeriesReport) report, view);
    }
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
