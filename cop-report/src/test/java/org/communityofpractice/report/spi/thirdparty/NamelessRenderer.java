package org.communityofpractice.report.spi.thirdparty;

import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;

/** A provider whose format name is unusable, and one that claims a built-in format. */
public final class NamelessRenderer implements ReportRenderer {
  @Override
  public String format() {
    return "Not A Name!";
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

  /** Claims "shout", which {@link ShoutingRenderer}, listed before it, already provides. */
  public static final class Impostor implements ReportRenderer {
    @Override
    public String format() {
      return "shout";
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
}
