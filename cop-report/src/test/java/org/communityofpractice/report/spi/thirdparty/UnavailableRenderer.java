package org.communityofpractice.report.spi.thirdparty;

import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;

/** A third-party renderer whose optional library is missing: it says so and is left out. */
public final class UnavailableRenderer implements ReportRenderer {
  @Override
  public String format() {
    return "needs-a-library";
  }

  @Override
  public String mediaType() {
    return "application/octet-stream";
  }

  @Override
  public String fileExtension() {
    return "bin";
  }

  @Override
  public boolean isAvailable() {
    return false;
  }

  @Override
  public void render(Report report, Appendable output) {
    throw new AssertionError("a renderer that is not available is never asked to render");
  }
}
