package org.communityofpractice.report.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.internal.DocumentSink;
import org.communityofpractice.report.internal.Plain;
import org.communityofpractice.report.internal.ReportOutline;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderer;

/**
 * Renders a report as plain text for the body of an email, format name {@code "text"}, wrapped at
 * 72 columns by default.
 *
 * <pre>{@code
 * ReportRenderer text = TextRenderer.builder().width(72).build();
 * String body = text.render(report);
 * }</pre>
 *
 * <p>Headings are underlined, lists use hanging indents. A word longer than a line is cut into
 * pieces that fit — except a web address, which goes on a line of its own uncut so it still works
 * when clicked; that is the only kind of line that can be longer than the width. Line breaks in
 * recorded text collapse to spaces and control and bidirectional-override characters are dropped.
 * Columns are counted in Unicode code points. Instances are immutable and thread-safe.
 */
public final class TextRenderer implements ReportRenderer {
  /** The width of an email body that reads well everywhere. */
  public static final int DEFAULT_WIDTH = 72;

  private final int width;
  private final Optional<Labels> labels;

  /**
   * The default renderer, as {@link java.util.ServiceLoader} makes it: 72 columns, labels in each
   * report's language.
   */
  public TextRenderer() {
    this(DEFAULT_WIDTH, Optional.empty());
  }

  private TextRenderer(int width, Optional<Labels> labels) {
    this.width = width;
    this.labels = labels;
  }

  /**
   * Starts a renderer: 72 columns, labels in each report's own language.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link TextRenderer}. */
  public static final class Builder {
    private int width = DEFAULT_WIDTH;
    private Labels labels;

    private Builder() {}

    /**
     * Sets the line width; 72 columns unless set.
     *
     * @param columns the width, within 40..200 columns
     * @return this builder
     * @throws InvalidValueException naming {@code width} when it is off that range
     */
    public Builder width(int columns) {
      if (columns < 40 || columns > 200) {
        throw InvalidValueException.of("width", "must be within 40..200", columns);
      }
      width = columns;
      return this;
    }

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
    public TextRenderer build() {
      return new TextRenderer(width, Optional.ofNullable(labels));
    }
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  /**
   * The line width this renderer wraps at.
   *
   * @return the width in columns, within 40..200
   */
  public int width() {
    return width;
  }

  @Override
  public void render(Report report, Appendable output) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(output, "output");
    Labels words = labels.orElseGet(() -> Labels.forLanguage(report.language()));
    ReportOutline.write(report, words, new Sink(output, width));
  }

  /**
   * Wraps {@code text} into lines of at most {@code width} code points, the first starting with
   * {@code first} and the rest with {@code rest} (both counted in the width).
   */
  static List<String> wrap(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int used = columns(first);
    boolean empty = true;
    for (String word : Plain.line(text).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int length = columns(word);
      if (!empty && used + 1 + length <= width) {
        line.append(' ').append(word);
        used += 1 + length;
        continue;
      }
      if (!empty) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        used = columns(rest);
      }
      if (used + length <= width || isWebAddress(word)) {
        line.append(word);
        used += length;
      } else {
        // cut a word that no line could hold into pieces that fit
        int at = 0;
        while (at < word.length()) {
          int room = Math.max(1, width - used);
          int end =
              word.offsetByCodePoints(at, Math.min(room, word.codePointCount(at, word.length())));
          line.append(word, at, end);
          used += word.codePointCount(at, end);
          at = end;
          if (at < word.length()) {
            lines.add(line.toString());
            line = new StringBuilder(rest);
            used = columns(rest);
          }
        }
      }
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }

  /** Whether {@code word} is a web or mail address, which is never cut. */
  static boolean isWebAddress(String word) {
    return word.startsWith("https://") || word.startsWith("http://") || word.startsWith("mailto:");
  }

  private static int columns(String s) {
    return s.codePointCount(0, s.length());
  }

  private static final class Sink implements DocumentSink {
    private final Appendable out;
    private final int width;
    private boolean inList;
    private boolean first = true;

    Sink(Appendable out, int width) {
      this.out = out;
      this.width = width;
    }

    @Override
    public void heading(int level, String text) {
      block();
      List<String> lines = wrap(text, width, "", "");
      lines.forEach(this::line);
      int longest = lines.stream().mapToInt(TextRenderer::columns).max().orElse(0);
      char rule = level == 1 ? '=' : level == 2 ? '-' : '.';
      line(String.valueOf(rule).repeat(Math.min(width, Math.max(3, longest))));
    }

    @Override
    public void paragraph(String text) {
      block();
      wrap(text, width, "", "").forEach(this::line);
    }

    @Override
    public void item(int depth, String text) {
      if (!inList) {
        block();
        inList = true;
      }
      String indent = "    ".repeat(depth);
      wrap(text, width, indent + "  - ", indent + "    ").forEach(this::line);
    }

    @Override
    public void link(String title, Optional<URI> target, Optional<String> note) {
      item(0, title + note.map(n -> " — " + n).orElse(""));
      target.ifPresent(uri -> wrap(uri.toASCIIString(), width, "    ", "    ").forEach(this::line));
    }

    @Override
    public void image(String reference, boolean safeReference, String altText, String caption) {
      block();
      wrap(caption, width, "", "").forEach(this::line);
      inList = true;
      item(0, "[" + altText + "]");
      if (safeReference) {
        item(0, reference);
      }
    }

    @Override
    public void end() {
      // the last line already ends with its line break
    }

    private void block() {
      if (!first) {
        line("");
      }
      first = false;
      inList = false;
    }

    private void line(String s) {
      try {
        out.append(stripTrailing(s)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String stripTrailing(String s) {
      int end = s.length();
      while (end > 0 && s.charAt(end - 1) == ' ') {
        end--;
      }
      return s.substring(0, end);
    }
  }
}
