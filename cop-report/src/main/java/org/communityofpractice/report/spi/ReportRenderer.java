package org.communityofpractice.report.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.communityofpractice.report.model.Report;

/**
 * Turns a publishable {@link Report} into one format. A renderer sees only the report model — never
 * the community, its register or contact details — and is built once, then safe to share between
 * threads.
 *
 * <pre>{@code
 * ReportRenderer markdown = ReportRenderers.load().get("markdown");
 * String text = markdown.render(report);
 * try (Writer out = Files.newBufferedWriter(folder.resolve("report." + markdown.fileExtension()))) {
 *   markdown.render(report, out);
 * }
 * }</pre>
 *
 * <p>A renderer of a binary format (such as {@code pdf}) says so with {@link #writesText()} and
 * writes bytes with {@link #write(Report, OutputStream)}; {@code write} works for every renderer,
 * so a caller that saves files uses it alone:
 *
 * <pre>{@code
 * ReportRenderer renderer = ReportRenderers.load().get("html");
 * try (OutputStream out = Files.newOutputStream(folder.resolve("report." + renderer.fileExtension()))) {
 *   renderer.write(report, out); // UTF-8 text, or the format's own bytes
 * }
 * }</pre>
 *
 * <p>Providers are discovered with {@link java.util.ServiceLoader}; a provider needs a public
 * no-argument constructor that builds its default configuration. A renderer written before {@code
 * write} existed needs no change: the defaults below make it a text renderer.
 */
public interface ReportRenderer {

  /**
   * The format's name, unique among renderers.
   *
   * @return the name, such as {@code "markdown"}: 1 to 32 lower-case letters, digits, '.', '+' or
   *     '-'; never {@literal null}
   */
  String format();

  /**
   * The media type of the output, such as {@code "text/markdown; charset=UTF-8"} or {@code
   * "application/pdf"}.
   *
   * @return the media type, with its charset for text; never {@literal null}
   */
  String mediaType();

  /**
   * Whether the output is text, which {@link #render(Report, Appendable)} can write; {@code true}
   * unless the renderer says otherwise. A renderer that answers {@code false} writes only through
   * {@link #write(Report, OutputStream)}.
   *
   * @return whether {@link #render(Report, Appendable)} works
   */
  default boolean writesText() {
    return true;
  }

  /**
   * Whether the renderer can work here; {@code true} unless it says otherwise. A renderer built on
   * an optional library answers {@code false} when the library is not on the class path, and {@link
   * ReportRenderers} then leaves it out.
   *
   * @return whether the renderer's libraries are there
   */
  default boolean isAvailable() {
    return true;
  }

  /**
   * The usual file extension of the output.
   *
   * @return the extension without the dot, such as {@code "md"}; never {@literal null}
   */
  String fileExtension();

  /**
   * Renders {@code report} to {@code output}.
   *
   * @param report the report, must not be {@literal null}
   * @param output where to write, must not be {@literal null}
   * @throws UncheckedIOException when {@code output} fails
   * @throws UnsupportedOperationException when the renderer does not {@linkplain #writesText()
   *     write text}
   */
  void render(Report report, Appendable output);

  /**
   * Writes {@code report} to {@code output} as bytes: a text renderer's output in UTF-8, a binary
   * renderer's in its own format. The stream is flushed, not closed.
   *
   * @param report the report, must not be {@literal null}
   * @param output where to write, must not be {@literal null}
   * @throws UncheckedIOException when {@code output} fails
   */
  default void write(Report report, OutputStream output) {
    Writer text = new OutputStreamWriter(output, StandardCharsets.UTF_8);
    render(report, text);
    try {
      text.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
