package org.communityofpractice.report.pdf;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.html.HtmlRenderer;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.pdf.internal.HtmlToPdf;
import org.communityofpractice.report.pdf.internal.PageSetup;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderer;

/**
 * The {@code pdf} renderer: the HTML report printed as an accessible PDF for Boards and decision
 * makers who print what they read. The document is tagged PDF conforming to PDF/UA-1 (and PDF/A-3a
 * for archiving): it carries the report's language, its title shown as the window title, a
 * structure tree of the HTML's headings, lists, tables and figures, the scaling charts as figures
 * with their description as alternative text, an embedded font (DejaVu Sans, shipped with
 * cop-report), and A4 pages numbered at the foot. Content and order are the HTML report's.
 *
 * <pre>{@code
 * import org.communityofpractice.report.spi.ReportRenderers;
 * ReportRenderer pdf = ReportRenderers.load().get("pdf");   // there when openhtmltopdf is
 * try (OutputStream out = Files.newOutputStream(folder.resolve("report.pdf"))) {
 *   pdf.write(report, out);
 * }
 * }</pre>
 *
 * <p>Printing needs {@code io.github.openhtmltopdf:openhtmltopdf-pdfbox} and {@code
 * openhtmltopdf-svg-support} and {@code org.jsoup:jsoup}, optional dependencies of cop-report:
 * without them this renderer is {@linkplain #isAvailable() not available} and {@link
 * org.communityofpractice.report.spi.ReportRenderers} leaves it out. The {@code cop} tool includes
 * them. The same report prints to the same bytes. Immutable and thread-safe.
 */
public final class PdfRenderer implements ReportRenderer {
  private final HtmlRenderer html = new HtmlRenderer();

  /** The renderer: A4, labels in each report's own language. */
  public PdfRenderer() {}

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public String fileExtension() {
    return "pdf";
  }

  @Override
  public boolean writesText() {
    return false;
  }

  /** Whether the printing libraries are on the class path. */
  @Override
  public boolean isAvailable() {
    return HtmlToPdf.available();
  }

  /**
   * Not supported: a PDF is bytes; use {@link #write(Report, OutputStream)}.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public void render(Report report, Appendable output) {
    throw new UnsupportedOperationException(
        "the pdf format writes bytes: use write(report, OutputStream)");
  }

  /** Not supported: a PDF is bytes; use {@link #write(Report, OutputStream)}. */
  @Override
  public String render(Report report) {
    throw new UnsupportedOperationException(
        "the pdf format writes bytes: use write(report, OutputStream)");
  }

  @Override
  public void write(Report report, OutputStream output) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(output, "output");
    Labels labels = Labels.forLanguage(report.language());
    HtmlToPdf.write(
        html.render(report),
        new PageSetup("A4", 11, labels.get("print.pageNumber"), Optional.of(dated(report))),
        output);
  }

  /** The report's own date: the session's, or the last session's of a series or a community. */
  private static Instant dated(Report report) {
    if (report instanceof SessionReport session) {
      return session.startsAt().toInstant();
    }
    if (report instanceof ImpactReport impact) {
      return impact
          .lastSession()
          .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
          .orElse(Instant.EPOCH);
    }
    SeriesReport series = (SeriesReport) report;
    return series.sessions().isEmpty()
        ? Instant.EPOCH
        : series.sessions().get(series.sessions().size() - 1).startsAt().toInstant();
  }
}
