package org.communityofpractice.report.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.internal.DocumentSink;
import org.communityofpractice.report.internal.Plain;
import org.communityofpractice.report.internal.ReportOutline;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderer;

/**
 * Renders a report as CommonMark, format name {@code "markdown"}.
 *
 * <pre>{@code
 * ReportRenderer markdown = MarkdownRenderer.builder().build();
 * String md = markdown.render(report);
 * }</pre>
 *
 * <p>Recorded text is one line of plain text per block (line breaks collapse to spaces, control and
 * bidirectional-override characters are dropped) with every character that could open markup
 * backslash-escaped: {@code \ ` * _ [ ] < > & # | ~ !}, and a leading {@code - + =} or list number.
 * So text cannot make a link, an image, HTML, a heading, emphasis or code. The only links are the
 * resource list's, whose addresses the model has already limited to {@code http}, {@code https} and
 * {@code mailto}; the only images are artefacts whose safe reference is a relative path to a file
 * beside the report. A remote {@code http} or {@code https} image (a tracking pixel, a read
 * receipt) is never emitted, as in the HTML renderer: its caption stands alone. Instances are
 * immutable and thread-safe.
 */
public final class MarkdownRenderer implements ReportRenderer {
  private final Optional<Labels> labels;

  /**
   * The default renderer, as {@link java.util.ServiceLoader} makes it: labels in each report's
   * language.
   */
  public MarkdownRenderer() {
    this(Optional.empty());
  }

  private MarkdownRenderer(Optional<Labels> labels) {
    this.labels = labels;
  }

  /**
   * Starts a renderer: labels in each report's own language.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link MarkdownRenderer}. */
  public static final class Builder {
    private Labels labels;

    private Builder() {}

    /**
     * Uses these labels for every report instead of those of the report's language.
     *
     * @param value the labels; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder labels(Labels value) {
      labels = Objects.requireNonNull(value, "labels");
      return this;
    }

    /**
     * The renderer; immutable and thread-safe.
     *
     * @return the renderer; never {@literal null}
     */
    public MarkdownRenderer build() {
      return new MarkdownRenderer(Optional.ofNullable(labels));
    }
  }

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=UTF-8; variant=CommonMark";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public void render(Report report, Appendable output) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(output, "output");
    Labels words = labels.orElseGet(() -> Labels.forLanguage(report.language()));
    ReportOutline.write(report, words, new Sink(output));
  }

  /**
   * {@code text} escaped so that CommonMark reads it as exactly that text, whatever it contains.
   *
   * @param text any text, must not be {@literal null}
   * @return the escaped text on one line
   */
  public static String escape(String text) {
    String line = Plain.line(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("\\`*_[]<>&#|~!".indexOf(c) >= 0 || (i == 0 && "-+=".indexOf(c) >= 0)) {
        out.append('\\');
      } else if ((c == '.' || c == ')') && i > 0 && allDigits(line, i)) {
        out.append('\\'); // "1." or "1)" at the start would open an ordered list
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean allDigits(String line, int end) {
    for (int i = 0; i < end; i++) {
      if (line.charAt(i) < '0' || line.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Destinations are written in angle brackets; the model's URIs hold no spaces, '<' or '>'. */
  private static String destination(String reference) {
    return "<" + reference.replace("\\", "%5C") + ">";
  }

  private static final class Sink implements DocumentSink {
    private final Appendable out;
    private boolean inList;
    private boolean first = true;

    Sink(Appendable out) {
      this.out = out;
    }

    @Override
    public void heading(int level, String text) {
      block();
      write("#".repeat(Math.min(level, 6)) + " " + escape(text) + "\n");
    }

    @Override
    public void paragraph(String text) {
      block();
      write(escape(text) + "\n");
    }

    @Override
    public void item(int depth, String text) {
      openItem(depth);
      write(escape(text) + "\n");
    }

    private void openItem(int depth) {
      if (!inList) {
        block();
        inList = true;
      }
      write("  ".repeat(depth) + "- ");
    }

    @Override
    public void link(String title, Optional<URI> target, Optional<String> note) {
      String shown =
          target
              .map(uri -> "[" + escape(title) + "](" + destination(uri.toASCIIString()) + ")")
              .orElse(escape(title));
      openItem(0);
      write(shown + note.map(n -> " — " + escape(n)).orElse("") + "\n");
    }

    @Override
    public void image(String reference, boolean safeReference, String altText, String caption) {
      block();
      // a remote image would tell its host who opened the report, and when
      if (safeReference && reference.indexOf(':') < 0 && !reference.startsWith("//")) {
        write("![" + escape(altText) + "](" + destination(reference) + ")\n\n");
      }
      write(escape(caption) + "\n");
    }

    @Override
    public void end() {
      // a document ends with its last line break
    }

    private void block() {
      if (!first) {
        write("\n");
      }
      first = false;
      inList = false;
    }

    private void write(String s) {
      try {
        out.append(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
