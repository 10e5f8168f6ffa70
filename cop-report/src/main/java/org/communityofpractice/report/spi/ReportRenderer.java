package org.communityofpractice.report.spi;

import java.io.UncheckedIOException;
import org.communityofpractice.report.model.Report;

/**
 * Turns a publishable {@link Report} into one format. A renderer sees only the report model — never
 * the community, its register or contact details — and is built once, then safe to share between
 * threads.
 *
 * <pre>{@code
 * ReportRenderer markdown = ReportRenderers.load().get("markdown");
 * String text = markdown.render(report);
 * try (Writer out = Files.newBufferedWriter(Path.of("report." + markdown.fileExtension()))) {
 *   markdown.render(report, out);
 * }
 * }</pre>
 *
 * <p>Providers are discovered with {@link java.util.ServiceLoader}; a provider needs a public
 * no-argument constructor that builds its default configuration.
 */
public interface ReportRenderer {

  /** The format's name, unique among renderers, such as {@code "markdown"}; lower case, never blank. */
  String format();

  /** The media type of the output, such as {@code "text/markdown; charset=UTF-8"}. */
  String mediaType();

  /** The usual file extension, without the dot, such as {@code "md"}. */
  String fileExtension();

  /**
   * Renders {@code report} to {@code output}.
   *
   * @param report the report, must not be {@literal null}
   * @param output where to write, must not be {@literal null}
   * @throws UncheckedIOException when {@code output} fails
   */
  void render(Report report, Appendable output);

  /**
   * Renders {@code report} to a string.
   *
   * @param report the report, must not be {@literal null}
   * @return the rendered report, never {@literal null}
   */
  default String render(Report report) {
    StringBuilder out = new StringBuilder(4096);
    render(report, out);
    return out.toString();
  }
}
