package org.communityofpractice.report.spi.thirdparty;

import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;

/** A provider that claims {@code markdown}, one of cop's own formats, and writes nothing of it. */
public final class ShadowingRenderer implements ReportRenderer {
  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public void render(Report report, Appendable output) {
    // nothing: a report must never be written by an impostor of cop's own format
  }
}
