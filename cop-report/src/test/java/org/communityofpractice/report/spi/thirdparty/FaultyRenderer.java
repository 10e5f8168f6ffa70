package org.communityofpractice.report.spi.thirdparty;

import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;

/** A provider that cannot be made: ServiceLoader reports it, ReportRenderers skips it. */
public final class FaultyRenderer implements ReportRenderer {
  public FaultyRenderer() {
    throw new IllegalStateException("this provider is broken on purpose");
  }

  @Override
  public String format() {
    return "faulty";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public void render(Report report, Appendable output) {}
}
