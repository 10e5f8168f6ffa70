package org.communityofpractice.report.pdf.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a printed page is laid out: the paper, the base text size, the words around the page number,
 * and the date the document carries.
 *
 * @param paper the CSS page size, such as {@code "A4"} or {@code "A5"}
 * @param textSize the base text size in points
 * @param pageNumber the words of the page number with {@code {0}} for the page and {@code {1}} for
 *     the count of pages, such as {@code "Page {0} of {1}"}
 * @param dated the date written as the document's creation date, from what it prints (the session's
 *     date), so the same input prints to the same bytes; none for an undated page
 */
public record PageSetup(String paper, double textSize, String pageNumber, Optional<Instant> dated) {
  public PageSetup {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(pageNumber, "pageNumber");
    Objects.requireNonNull(dated, "dated");
    if (!paper.matches("[A-Za-z0-9 ]{1,20}")) {
      throw new IllegalArgumentException(
          "paper must be a CSS page size such as A4 but was " + paper);
    }
    if (!(textSize >= 6 && textSize <= 40)) {
      throw new IllegalArgumentException(
          "textSize must be within 6..40 points but was " + textSize);
    }
  }

  /** The print style sheet added to the page. */
  String css(String font) {
    return "@page { size: "
        + paper
        + "; margin: 18mm 16mm 20mm 16mm;"
        + " @bottom-center { content: "
        + pageNumberContent()
        + "; font-family: '"
        + font
        + "';"
        + " font-size: "
        + Math.max(8, textSize - 2)
        + "pt; color: #000; } }\n"
        + "html, body, svg text, table, th, td { font-family: '"
        + font
        + "'; }\n"
        + "html { font-size: "
        + textSize
        + "pt; color: #000; }\n"
        + "body { max-width: none; padding: 0; margin: 0; }\n"
        + "a.printed::after { content: none; }\n"
        + "figure.chart svg { width: 100%; max-width: 100%; }\n"
        + "figure, svg, tr, li { page-break-inside: avoid; }\n"
        + "h1, h2, h3, h4 { page-break-after: avoid; }\n";
  }

  /** "Page {0} of {1}" as CSS content: quoted words around counter(page) and counter(pages). */
  private String pageNumberContent() {
    String quoted = "\"" + pageNumber.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return quoted.replace("{0}", "\" counter(page) \"").replace("{1}", "\" counter(pages) \"");
  }
}
